/** Word tables of the times recogniser: every key is lower case, without a trailing period. */

export const MONTHS = new Map<string, number>();
[
  ['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'],
  ['july', 'jul'], ['august', 'aug'], ['september', 'sep', 'sept'], ['october', 'oct'], ['november', 'nov'], ['december', 'dec'],
].forEach((names, i) => names.forEach((n) => MONTHS.set(n, i + 1)));

/** Month names that are also common English words: they need a capital and some date context. */
export const AMBIGUOUS_MONTHS = new Set(['may', 'march', 'mar', 'jan', 'jun', 'sep', 'dec', 'oct', 'aug', 'apr', 'nov', 'jul', 'feb']);

/** ISO weekday numbers, Monday = 1. */
export const WEEKDAYS = new Map<string, number>();
[
  ['monday', 'mon'], ['tuesday', 'tue', 'tues'], ['wednesday', 'wed'], ['thursday', 'thu', 'thur', 'thurs'],
  ['friday', 'fri'], ['saturday', 'sat'], ['sunday', 'sun'],
].forEach((names, i) => names.forEach((n) => WEEKDAYS.set(n, i + 1)));

export const WEEKDAYS_PLURAL = new Map<string, number>(
  ['mondays', 'tuesdays', 'wednesdays', 'thursdays', 'fridays', 'saturdays', 'sundays'].map((n, i) => [n, i + 1]),
);

export type Unit = 'S' | 'MI' | 'H' | 'D' | 'W' | 'WE' | 'M' | 'Q' | 'Y' | 'DE' | 'CE' | 'ML';

/** Calendar units, singular and plural. */
export const UNITS = new Map<string, Unit>([
  ['second', 'S'], ['seconds', 'S'], ['minute', 'MI'], ['minutes', 'MI'], ['hour', 'H'], ['hours', 'H'],
  ['day', 'D'], ['days', 'D'], ['week', 'W'], ['weeks', 'W'], ['fortnight', 'W'], ['weekend', 'WE'], ['weekends', 'WE'],
  ['month', 'M'], ['months', 'M'], ['quarter', 'Q'], ['quarters', 'Q'], ['year', 'Y'], ['years', 'Y'],
  ['decade', 'DE'], ['decades', 'DE'], ['century', 'CE'], ['centuries', 'CE'], ['millennium', 'ML'], ['millennia', 'ML'],
  ['yr', 'Y'], ['yrs', 'Y'], ['hr', 'H'], ['hrs', 'H'], ['min', 'MI'], ['mins', 'MI'], ['sec', 'S'], ['secs', 'S'],
]);

export const PLURAL_UNITS = new Set([
  'seconds', 'minutes', 'hours', 'days', 'weeks', 'weekends', 'months', 'quarters', 'years', 'decades', 'centuries', 'millennia', 'yrs', 'hrs', 'mins', 'secs',
]);

/** Units inside "PnX"/"PTnX" durations: [designator, in time part]. Decades and centuries become years. */
export const UNIT_DURATION: Record<Unit, [string, boolean, number]> = {
  S: ['S', true, 1], MI: ['M', true, 1], H: ['H', true, 1], D: ['D', false, 1], W: ['W', false, 1], WE: ['D', false, 2],
  M: ['M', false, 1], Q: ['Q', false, 1], Y: ['Y', false, 1], DE: ['Y', false, 10], CE: ['Y', false, 100], ML: ['Y', false, 1000],
};

export const SEASONS = new Map<string, string>([
  ['spring', 'SP'], ['summer', 'SU'], ['autumn', 'FA'], ['fall', 'FA'], ['winter', 'WI'],
]);

export const PARTS_OF_DAY = new Map<string, string>([
  ['morning', 'MO'], ['mornings', 'MO'], ['afternoon', 'AF'], ['afternoons', 'AF'], ['evening', 'EV'], ['evenings', 'EV'],
  ['night', 'NI'], ['nights', 'NI'], ['overnight', 'NI'], ['midday', 'MI'], ['noon', 'MI'], ['midnight', 'NI'],
]);

/** Small number words; compounds ("twenty-four", "twenty four") are summed by the number reader. */
export const NUMBER_WORDS = new Map<string, number>([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9],
  ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16],
  ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fourty', 40],
  ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90], ['dozen', 12],
]);

export const TENS = new Set(['twenty', 'thirty', 'forty', 'fourty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']);

export const ORDINAL_WORDS = new Map<string, number>([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8],
  ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13], ['fourteenth', 14], ['fifteenth', 15],
  ['sixteenth', 16], ['seventeenth', 17], ['eighteenth', 18], ['nineteenth', 19], ['twentieth', 20], ['thirtieth', 30],
  ['fortieth', 40], ['fiftieth', 50], ['sixtieth', 60], ['seventieth', 70], ['eightieth', 80], ['ninetieth', 90], ['hundredth', 100],
]);

/** Vague quantities of units: "several weeks" → PXW. */
export const VAGUE_COUNTS = new Set(['several', 'few', 'many', 'some', 'numerous', 'multiple', 'various', 'couple']);

/** Decade words: "the nineties" → 199 (the century is taken as the 1900s). */
export const DECADE_WORDS = new Map<string, number>([
  ['twenties', 2], ['thirties', 3], ['forties', 4], ['fifties', 5], ['sixties', 6], ['seventies', 7], ['eighties', 8], ['nineties', 9],
]);

/** Adverbs of frequency: a SET with this period. */
export const FREQUENCY_ADVERBS = new Map<string, string>([
  ['daily', 'P1D'], ['nightly', 'P1D'], ['weekly', 'P1W'], ['biweekly', 'P2W'], ['monthly', 'P1M'],
  ['annually', 'P1Y'], ['yearly', 'P1Y'], ['hourly', 'PT1H'], ['semiannually', 'P6M'], ['biannually', 'P6M'],
]);

/**
 * Single words that refer to the present, past or future as a whole (TimeML *_REF values). TE3
 * leaves "soon", "previously", bare "recent" and "future" mostly unannotated, so they are not here.
 */
export const REF_WORDS = new Map<string, string>([
  ['now', 'PRESENT_REF'], ['currently', 'PRESENT_REF'], ['current', 'PRESENT_REF'], ['nowadays', 'PRESENT_REF'], ['presently', 'PRESENT_REF'],
  ['recently', 'PAST_REF'], ['formerly', 'PAST_REF'], ['lately', 'PAST_REF'],
]);

/** Mods written before a time expression, longest first where one is a prefix of another. */
export const PRE_MODS: Array<[string[], string]> = [
  [['no', 'more', 'than'], 'EQUAL_OR_LESS'], [['no', 'less', 'than'], 'EQUAL_OR_MORE'], [['more', 'than'], 'MORE_THAN'],
  [['less', 'than'], 'LESS_THAN'], [['fewer', 'than'], 'LESS_THAN'], [['at', 'least'], 'EQUAL_OR_MORE'], [['at', 'most'], 'EQUAL_OR_LESS'],
  [['up', 'to'], 'EQUAL_OR_LESS'], [['as', 'many', 'as'], 'EQUAL_OR_LESS'], [['as', 'much', 'as'], 'EQUAL_OR_LESS'],
  [['over'], 'MORE_THAN'], [['under'], 'LESS_THAN'], [['nearly'], 'LESS_THAN'], [['almost'], 'LESS_THAN'],
  [['about'], 'APPROX'], [['around'], 'APPROX'], [['approximately'], 'APPROX'], [['roughly'], 'APPROX'], [['some'], 'APPROX'],
  [['circa'], 'APPROX'], [['ca'], 'APPROX'],
];

/** Position mods: "early 1990", "the end of the year". */
export const POSITION_MODS: Array<[string[], string]> = [
  [['the', 'beginning', 'of'], 'START'], [['the', 'start', 'of'], 'START'], [['the', 'end', 'of'], 'END'],
  [['the', 'middle', 'of'], 'MID'], [['the', 'turn', 'of'], 'START'], [['early'], 'START'], [['earlier'], 'START'],
  [['late'], 'END'], [['later'], 'END'], [['mid'], 'MID'], [['middle'], 'MID'],
];

/** Words before "last" that make it the verb ("will last two weeks", "did not last"), not "the last N weeks". */
export const BEFORE_VERB_LAST = /^(?:will|would|could|can|may|might|must|should|shall|to|not|never|'ll|’ll|n't|n’t)$/;
