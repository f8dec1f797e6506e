import { daysInMonth, pad } from './calendar.js';
import { BEFORE_VERB_LAST, MONTHS, PLURAL_UNITS } from './lexicon.js';
import { compilePattern, type Hit } from './matcher.js';
import { DIR, durationValue, nextWord, prevWord, type, type Caps, type Ctx, type Rule } from './rule-kit.js';
import { addDayOfPeriodRules, addQuarterRules, addSetAndReferenceRules } from './rules-periods.js';
import { SLOT_SECOND_WORDS, SLOT_START_WORDS, SLOTS } from './slots.js';
import type { RelUnit, Spec } from './spec.js';

export { durationValue, type Ctx, type Rule } from './rule-kit.js';

const NAMED = { fns: SLOTS, starts: SLOT_START_WORDS, second: SLOT_SECOND_WORDS };
const rules: Rule[] = [];
function rule(pattern: string, parse: Rule['parse'], the = false): void {
  rules.push({ name: pattern, slots: compilePattern(pattern, NAMED), the, parse });
}

/** Words after which a bare month, season or "fall" is a date and not a verb or a name. */
const DATE_CONTEXT = new Set([
  'in', 'since', 'until', 'till', 'by', 'last', 'next', 'this', 'early', 'late', 'mid', 'of', 'through', 'from', 'to',
  'before', 'after', 'during', 'end', 'beginning', 'start', 'middle', '-', 'between', 'and', 'or', 'each', 'every', 'on',
  'past', 'coming', 'the', 'that', 'same', 'for', 'throughout',
]);

/** Nouns that make a four-digit number a count, not a year. */
const COUNT_NOUNS = new Set([
  '%', 'percent', 'per', 'people', 'persons', 'men', 'women', 'children', 'troops', 'soldiers', 'residents', 'cases',
  'deaths', 'votes', 'seats', 'points', 'units', 'shares', 'dollars', 'euros', 'pounds', 'yuan', 'rubles', 'million',
  'billion', 'thousand', 'hundred', 'km', 'kilometres', 'kilometers', 'miles', 'metres', 'meters', 'feet', 'ft', 'tons',
  'tonnes', 'hectares', 'acres', 'employees', 'workers', 'jobs', 'homes', 'houses', 'students', 'members', 'times', 'x',
  'kg', 'lb', 'lbs', 'barrels', 'calories', 'words', 'pages', 'refugees', 'prisoners', 'hostages', 'victims', 'civilians',
  'patients', 'beds', 'vehicles', 'cars', 'aircraft', 'planes', 'ships', 'rounds', 'mm', 'cm', 'm', 'degrees',
]);
const YEAR_BEFORE_BAD = new Set(['$', '€', '£', '¥', '#', 'no', 'nos', 'number', '+', 'route', 'flight', 'room', 'page', 'p', 'pp', 'rs', 'us$']);
const OLD_YEAR_CONTEXT = new Set(['in', 'since', 'of', 'from', 'until', 'till', 'by', 'circa', 'c', 'ca', 'around', 'before', 'after', 'to', 'and', 'between', 'year', 'during', 'early', 'late', 'mid', '-']);

const date = (y: number | undefined, m: number, d: number | undefined): Spec | null => {
  if (d !== undefined && (d < 1 || d > (y !== undefined ? daysInMonth(y, m) : [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]))) return null;
  return { type: 'DATE', y, m, d };
};

const relUnit = (u: string): RelUnit | null =>
  u === 'D' || u === 'W' || u === 'WE' || u === 'M' || u === 'Q' || u === 'Y' || u === 'DE' || u === 'CE' || u === 'H' ? u : null;

// --- Anniversaries: dated afterwards from the document's own dates --------------------------
rule('ORD anniversary', (c) => (c[0]!.v > 0 && c[0]!.v < 1000 ? { type: 'DATE', anniv: c[0]!.v } : null), true);

// --- Calendar dates --------------------------------------------------------------------------
rule('WDAY? ,? MONTH DAY ,? YEAR?', (c) => date(c[5]?.v, c[2]!.v, c[3]!.v));
rule('WDAY? ,? the? DAY of? MONTH ,? YEAR?', (c, x) => {
  // "the 5 May" is fine, but a bare count before a month ("20 May") needs no article; reject "of" without "the".
  if (c[4] && !c[2] && x.tt.at(x.i).digits > 0 && x.tt.at(x.i).sfx === '' && !c[0]) return null;
  return date(c[7]?.v, c[5]!.v, c[3]!.v);
});
rule('MONTH of? ,? YEAR', (c) => ({ type: 'DATE', y: c[3]!.v, m: c[0]!.v }));
// "in April next year", "early October this year": the year is counted from the anchor.
rule('MONTH DAY? of? ,? this|next|last year', (c) => (date(undefined, c[0]!.v, c[1]?.v) ? { type: 'DATE', m: c[0]!.v, d: c[1]?.v, rel: { unit: 'Y', n: DIR[c[4]!.w] } } : null));
rule('MONTH ,? SPOKEN_YEAR', (c) => ({ type: 'DATE', y: c[2]!.v, m: c[0]!.v }));
// Dates read aloud in transcripts: "March eighth, nineteen ninety-eight", "the tenth of September, two thousand".
rule('MONTH the? DAY ,? SPOKEN_YEAR', (c) => date(c[4]!.v, c[0]!.v, c[2]!.v));
rule('the? DAY of MONTH ,? SPOKEN_YEAR', (c) => date(c[5]!.v, c[3]!.v, c[1]!.v));
rule('last|next|this|coming|past MONTH DAY?', (c) => (date(undefined, c[1]!.v, c[2]?.v) ? { type: 'DATE', m: c[1]!.v, d: c[2]?.v, dir: DIR[c[0]!.w] } : null));
/**
 * Date context of a name-like month beyond the words before it: the next item of a list of months
 * ("in March, April and May"), or a month before a noun after "a"/"an" ("a June agreement").
 */
function monthContext(x: Ctx): boolean {
  const p = prevWord(x);
  if ((p === ',' || p === 'and' || p === 'or') && x.i >= 2 && MONTHS.has(x.tt.word(x.i - 2)) && x.tt.at(x.i - 2).cap) return true;
  if ((p === 'a' || p === 'an') && /^\p{Ll}/u.test(nextWord(x))) return true;
  return false;
}
rule('MONTH', (c, x) => {
  const t = x.tt.at(x.i);
  // Capitalised month names that are also names or verbs need date context around them.
  if ((t.w === 'may' || t.w === 'march' || t.w === 'april' || t.w === 'june' || t.w === 'august' || t.w.length <= 4) && !DATE_CONTEXT.has(prevWord(x)) && !monthContext(x)) return null;
  // A bare abbreviation ("Jan Kavan") is a month only when written with its period.
  if (!FULL_MONTHS.has(t.w) && !t.dot) return null;
  return { type: 'DATE', m: c[0]!.v };
});
rule('DIG / DIG / DIG', (c, x) => {
  const [a, b, y0] = [c[0]!.v, c[2]!.v, c[4]!.v];
  const yd = x.tt.at(x.end - 1).digits;
  if (yd !== 2 && yd !== 4) return null;
  const y = yd === 2 ? (y0 < 50 ? 2000 + y0 : 1900 + y0) : y0;
  // US order first (month/day/year); a first number over 12 can only be a day.
  if (a >= 1 && a <= 12) return date(y, a, b);
  if (b >= 1 && b <= 12) return date(y, b, a);
  return null;
});
rule('YEAR - DIG - DIG', (c, x) => (x.tt.at(x.i + 2).digits === 2 && x.tt.at(x.i + 4).digits === 2 && c[2]!.v <= 12 ? date(c[0]!.v, c[2]!.v, c[4]!.v) : null));
rule('SPOKEN_YEAR', (c) => ({ type: 'DATE', y: c[0]!.v }));
// "the approach of the year two thousand", "by the year 2000": the year, its words in the span (TE3).
rule('the year SPOKEN_YEAR', (c) => ({ type: 'DATE', y: c[2]!.v }));
rule('the year YEAR', (c, x) => (COUNT_NOUNS.has(nextWord(x)) ? null : { type: 'DATE', y: c[2]!.v }));
rule('fiscal? YEAR', (c, x) => {
  const y = c[1]!.v;
  const before = prevWord(x);
  const after = nextWord(x);
  if (YEAR_BEFORE_BAD.has(before) || COUNT_NOUNS.has(after) || before === '/' || after === '/') return null;
  // "2000 or 3000 likes": a count sharing the noun of the number after it, not a year.
  if ((after === 'or' || after === 'to') && x.end + 2 < x.tt.n && x.tt.at(x.end + 1).digits > 0 && /^\p{Ll}+s$/u.test(x.tt.word(x.end + 2)) && !/^(?:bc|ad|bce|ce)$/.test(x.tt.word(x.end + 2))) return null;
  // "(2100 UTC)", "0735 GMT": a 24-hour clock, not a year.
  if (/^(?:utc|gmt|bst|cet|cest|est|edt|pst|pdt|z)$/.test(after)) return null;
  if (y < 1900 && !c[0] && !OLD_YEAR_CONTEXT.has(before)) return null;
  // "1,992" is never split, but "3 1992" (a stray count before) is not a year either.
  if (before !== '' && x.tt.at(x.i - 1).digits > 0) return null;
  return { type: 'DATE', y };
});

// --- Seasons, decades, centuries --------------------------------------------------------------
rule('SEASON of? YEAR', (c) => ({ type: 'DATE', y: c[2]!.v, sub: c[0]!.w }), true);
rule('YEAR SEASON', (c) => ({ type: 'DATE', y: c[0]!.v, sub: c[1]!.w }));
rule('this? this|last|next|past|coming|early|late|mid? SEASON', (c, x) => {
  if (c[0] && !c[1]) c[1] = c[0];
  const w = c[1]?.w ?? '';
  if (!c[1] && !DATE_CONTEXT.has(prevWord(x))) return null;
  // "expects profit to fall below", "prices fall": the verb.
  if (!c[1] && x.tt.word(x.end - 1) === 'fall' && prevWord(x) === 'to') return null;
  // "the fall of the regime" is not a season.
  if (nextWord(x) === 'of') return null;
  const dir = w in DIR ? DIR[w] : undefined;
  return { type: 'DATE', sub: c[2]!.w, dir };
}, true);
// "a man in his forties": an age, not the 1940s.
rule('DECADE', (c, x) => (/^(?:his|her|their|my|your|our)$/.test(prevWord(x)) && x.tt.at(x.i).digits === 0 ? null : type('DATE', pad(c[0]!.v, 3))), true);
rule('ORD century', (c) => (c[0]!.v >= 1 && c[0]!.v <= 30 ? type('DATE', pad(c[0]!.v - 1, 2)) : null), true);
rule('this|last|next|past|previous|coming century', (c) => ({ type: 'DATE', rel: { unit: 'CE', n: DIR[c[0]!.w] } }), true);

addQuarterRules(rule);

// --- Days relative to the anchor, parts of days ------------------------------------------------
const FULL_MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
const DAY_OFFSET: Record<string, number> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 };
rule('the? day before yesterday', () => ({ type: 'DATE', rel: { unit: 'D', n: -2 } }));
rule('the? day after tomorrow', () => ({ type: 'DATE', rel: { unit: 'D', n: 2 } }));
rule('today|yesterday|tomorrow|tonight POD?', (c, x) => {
  const w = c[0]!.w;
  // "today's world" is the present in general, not the publication day (and TE3 leaves it out).
  if (w === 'today' && !c[1] && (nextWord(x) === "'s" || nextWord(x) === '’s')) return null;
  const tod = c[1] ? c[1].w : w === 'tonight' ? 'NI' : undefined;
  return { type: tod ? 'TIME' : 'DATE', rel: { unit: 'D', n: DAY_OFFSET[w] }, tod };
});
rule('last|this POD', (c) => {
  const last = c[0]!.w === 'last';
  if (last && c[1]!.w !== 'NI') return null;
  return { type: 'TIME', rel: { unit: 'D', n: last ? -1 : 0 }, tod: c[1]!.w };
});

// --- Weekdays -------------------------------------------------------------------------------
// TE3 mostly dates "Friday night" and "Friday morning" as the day (DATE, no part of day; its annotators
// disagree, and adding TNI/TMO scored worse): the part is kept in the span only. "Friday evening" is
// the exception, a TIME with TEV (train gold 2 of 2). "The previous Friday" counts from the date last mentioned.
const ANAPHORIC = new Set(['previous', 'following', 'preceding']);
rule('this? last|next|this|coming|past|previous|following|preceding? WDAY POD?', (c, x) => {
  // "Following Monday's debate, …": the preposition; "the following Monday" counts from the last date.
  if ((c[1]?.w === 'following' || c[1]?.w === 'preceding') && prevWord(x) !== 'the') return null;
  const dir = c[1] ? DIR[c[1].w] ?? -1 : c[0] ? 0 : undefined;
  const tod = c[3]?.w === 'EV' ? 'EV' : undefined;
  return { type: tod ? 'TIME' : 'DATE', wd: c[2]!.v, dir, tod, ana: c[1] !== undefined && ANAPHORIC.has(c[1].w) };
}, true);
// Named days ("Super Tuesday", "Black Friday", "Good Friday"): an event or a feast, not the weekday nearest the text's date.
rule('super|black|bloody|cyber|fat|ash|palm|holy|maundy|shrove|good WDAY', (c, x) => (x.tt.at(x.i).cap && x.tt.at(x.i + 1).cap ? { type: 'DATE', skip: true } : null));
rule('WDAYS', (c) => type('SET', `XXXX-WXX-${c[0]!.v}`));
addDayOfPeriodRules(rule);

// --- Clock times ----------------------------------------------------------------------------
const clock = (min: number): string => `${pad(Math.floor(min / 60), 2)}:${pad(min % 60, 2)}`;
rule('CLOCK ZONE? ,? on? WDAY', (c) => ({ type: 'TIME', wd: c[4]!.v, tod: clock(c[0]!.v) }));
// "eight o'clock tonight" is in the evening: 20:00.
const tonightClock = (h: Hit, w: string): number => (w === 'tonight' && h.w === 'oc' && h.v < 12 * 60 ? h.v + 12 * 60 : h.v);
rule('CLOCK ZONE? ,? today|tomorrow|yesterday|tonight', (c) => ({ type: 'TIME', rel: { unit: 'D', n: DAY_OFFSET[c[3]!.w] }, tod: clock(tonightClock(c[0]!, c[3]!.w)) }));
rule('CLOCK ZONE? ,? on? MONTH DAY ,? YEAR?', (c) => {
  const d = date(c[7]?.v, c[4]!.v, c[5]!.v);
  return d ? { ...d, type: 'TIME', tod: clock(c[0]!.v) } : null;
});
rule('WDAY ,? at? CLOCK ZONE?', (c) => ({ type: 'TIME', wd: c[0]!.v, tod: clock(c[3]!.v) }));
rule('today|tomorrow|yesterday|tonight at? CLOCK ZONE?', (c) => ({ type: 'TIME', rel: { unit: 'D', n: DAY_OFFSET[c[0]!.w] }, tod: clock(c[2]!.v) }));
// A bare clock time is on the day the story is telling about: the date last mentioned, else the anchor.
rule('CLOCK ZONE?', (c) => ({ type: 'TIME', rel: { unit: 'D', n: 0 }, tod: clock(c[0]!.v), ana: true }));

// --- Anaphoric: counted from the date the text last mentioned (the publication date without one) ---
const ANA_UNIT: Record<string, RelUnit> = { day: 'D', week: 'W', weekend: 'WE', month: 'M', year: 'Y' };
const ANA_DIR: Record<string, number> = { that: 0, same: 0, next: 1, following: 1, previous: -1, preceding: -1 };
rule('that|the same? day|week|weekend|month|year', (c, x) => {
  // "that" must be the determiner ("that year"), not a conjunction before "year-end" or "day-to-day".
  if (c[0]!.w === 'the' && !c[1]) return null;
  if (nextWord(x) === '-' || nextWord(x) === "'s" || nextWord(x) === '’s') return null;
  return { type: 'DATE', rel: { unit: ANA_UNIT[c[2]!.w], n: 0 }, ana: true };
});
rule('the next|following|previous|preceding day|week|weekend|month|year', (c, x) => {
  if (nextWord(x) === '-') return null;
  return { type: 'DATE', rel: { unit: ANA_UNIT[c[2]!.w], n: ANA_DIR[c[1]!.w] }, ana: true };
});
rule('that|the same? POD', (c) => (c[0]!.w === 'the' && !c[1] ? null : { type: 'TIME', rel: { unit: 'D', n: 0 }, tod: c[2]!.w, ana: true }));
rule('the next|following POD', (c) => ({ type: 'TIME', rel: { unit: 'D', n: 1 }, tod: c[2]!.w, ana: true }));

// --- Weeks, months, years relative to the anchor ----------------------------------------------
// "this past weekend", "this coming week": the "this" belongs to the span, the direction to the second word.
rule('this? this|last|next|past|coming|previous|current|following week|month|year|weekend|fortnight|decade', (c, x) => {
  if (c[0] && c[1]!.w !== 'past' && c[1]!.w !== 'coming') return null;
  const w = c[2]!.w;
  const u = w === 'fortnight' ? 'W' : w === 'weekend' ? 'WE' : w === 'week' ? 'W' : w === 'month' ? 'M' : w === 'decade' ? 'DE' : 'Y';
  // "the past decade" is a stretch of time, "last decade" a date.
  if (u === 'DE' && prevWord(x) === 'the' && c[1]!.w === 'past') return type('DURATION', 'P10Y');
  return { type: 'DATE', rel: { unit: u as RelUnit, n: DIR[c[1]!.w] } };
}, true);
// "delayed earlier in the year": the current year, like "earlier this year" ("later in the day" is mostly untagged in TE3).
rule('earlier|later in the year|month|week', (c) => {
  const w = c[3]!.w;
  return { type: 'DATE', rel: { unit: w === 'year' ? 'Y' : w === 'month' ? 'M' : 'W', n: 0 }, mod: c[0]!.w === 'earlier' ? 'START' : 'END' };
});
rule('the year|month|week|quarter|decade|century', (c, x) => {
  // Only as the object of a position: "the end of the year", "the rest of the month".
  // "the first nine months of the year" likewise.
  if (prevWord(x) !== 'of' || !/^(?:end|beginning|start|middle|rest|remainder|turn|course|half|months|weeks|days|quarters)$/.test(prevWord(x, 2))) return null;
  const w = c[1]!.w;
  const u: RelUnit = w === 'year' ? 'Y' : w === 'month' ? 'M' : w === 'week' ? 'W' : w === 'quarter' ? 'Q' : w === 'decade' ? 'DE' : 'CE';
  return { type: 'DATE', rel: { unit: u, n: 0 } };
});
// "the week of March 6", "the second week of April", "the last week of February 1998": an ISO week.
rule('the week of MONTH DAY ,? YEAR?', (c) => (date(c[6]?.v, c[3]!.v, c[4]!.v) ? { type: 'DATE', y: c[6]?.v, m: c[3]!.v, d: c[4]!.v, weekOf: 0 } : null));
rule('the first|second|third|fourth|last|final week of MONTH ,? YEAR?', (c) => {
  const n = c[1]!.w === 'last' || c[1]!.w === 'final' ? -1 : ['first', 'second', 'third', 'fourth'].indexOf(c[1]!.w) + 1;
  return { type: 'DATE', y: c[6]?.v, m: c[4]!.v, weekOf: n };
});
rule('the weekend', (c, x) => ({ type: 'DATE', rel: { unit: 'WE', n: x.tense() < 0 ? -1 : 0 } }));
// "For the week, the index dropped", "the week's most active session": the week of the story,
// which TE3 leaves unnumbered (1989-WXX). "the week of March 6", "the week before" are not this.
rule('the week', (c, x) => (/^(?:of|before|after|ahead|ended|ending|earlier|later|-|that|when|in)$/.test(nextWord(x)) ? null : { type: 'DATE', rel: { unit: 'Y', n: 0 }, sub: 'WXX' }));

// Rates first: "$5 a year" is a SET, not a duration.
rule('a|an|per -? UNIT', (c, x) => {
  // "$5 a year", "40 hours a week", "$5 an hour": a rate needs a figure just before it ("$12-an-hour wage": hyphens around).
  const k = x.i > 1 && x.tt.word(x.i - 1) === '-' ? x.i - 2 : x.i - 1;
  const p = k >= 0 && x.tt.sent[k] === x.tt.sent[x.i] ? x.tt.at(k) : null;
  if (!p || (p.digits === 0 && !COUNT_NOUNS.has(p.w) && p.w !== 'dollars' && !/^(?:million|billion|trillion|percent|%|hours|days|times|once|twice)$/.test(p.w))) return null;
  if (PLURAL_UNITS.has(x.tt.word(x.end - 1))) return null;
  // TE3 mostly leaves a rate after a figure untagged ("$1.76 a year", "358,000 a month"): read it, output nothing.
  return { ...type('SET', durationValue(1, c[2]!.w)), skip: true };
});
// --- Durations, and durations turned into dates by "ago" ----------------------------------------
const durationOrNull = (n: number, u: string, mod?: string): Spec | null =>
  n === 0 || n > 100000 ? null : { type: 'DURATION', value: durationValue(n, u), mod };
rule('NUM -? UNIT and a half', (c) => durationOrNull(c[0]!.v + 0.5, c[2]!.w));
// "two and a half years" (P30M), "one and a half hours": as "2 1/2 years".
rule('NUM and a half UNIT', (c) => (Number.isInteger(c[0]!.v) ? durationOrNull(c[0]!.v + 0.5, c[4]!.w) : null));
rule('NUM -? UNIT ago|earlier|before|hence', (c, x) => {
  const n = c[0]!.v;
  const u = relUnit(c[2]!.w);
  if (!u) return null;
  const sign = c[3]!.w === 'hence' ? 1 : -1;
  if (c[3]!.w === 'before' && x.end < x.tt.n && x.tt.sent[x.end] === x.tt.sent[x.i] && /^\p{L}/u.test(x.tt.word(x.end))) return null;
  if (Number.isNaN(n)) return type('DATE', 'PAST_REF');
  // Ago-dates keep the unit's granularity: "two years ago" is a year, "10 days ago" a day.
  const rel = { unit: u === 'H' ? 'D' : u, n: sign * Math.round(n) };
  return { type: 'DATE', rel, yearsBack: u === 'Y' && sign < 0 ? Math.round(n) : undefined };
});
rule('NUM -? UNIT from now', (c) => {
  const u = relUnit(c[2]!.w);
  return u && !Number.isNaN(c[0]!.v) ? { type: 'DATE', rel: { unit: u === 'H' ? 'D' : u, n: Math.round(c[0]!.v) } } : null;
});
// An uncounted stretch reaching back to now ("past years", "the last few months", "the past several
// quarters") is the past as a whole: TE3 train gold has PAST_REF 3 times, PnX once. "recent years" is
// split evenly there and stays a duration; forward stretches ("the next few days") are durations 5:3.
const BACKWARD = new Set(['past', 'last', 'previous', 'preceding']);
/** "will last two weeks", "could last years": the verb, whose object is the duration after it. */
const lastAsVerb = (c: Caps, x: Ctx): boolean => c[0]!.w === 'last' && x.tt.word(x.i) === 'last' && BEFORE_VERB_LAST.test(prevWord(x));
rule('past|last|next|first|coming|previous|following|final|initial|latest|preceding|ensuing|remaining|additional|another|further NUM -? UNIT', (c, x) => {
  if (lastAsVerb(c, x)) return null;
  const u = c[3]!.w;
  // "the next year" has no count: leave it to the relative rule.
  if (Number.isNaN(c[1]!.v) && BACKWARD.has(c[0]!.w)) return type('DATE', 'PAST_REF');
  return durationOrNull(c[1]!.v, u);
}, true);
// "the past four or five years", "the next 12 to 18 months": one stretch, its lower bound (as a bare range below).
rule('past|last|next|first|coming|previous|following NUM to|or|- NUM -? UNIT', (c, x) =>
  lastAsVerb(c, x) || Number.isNaN(c[1]!.v) || Number.isNaN(c[3]!.v) || c[1]!.v >= c[3]!.v ? null : durationOrNull(c[1]!.v, c[5]!.w), true);
rule('NUM more|additional|straight|consecutive -? UNIT', (c) => durationOrNull(c[0]!.v, c[3]!.w));
// "eight trading days", "five business days": counted days are still a duration.
rule('NUM trading|business|working|calendar UNIT', (c, x) => (/^an?$/.test(x.tt.word(x.i)) ? null : durationOrNull(c[0]!.v, c[2]!.w)));
// "the year-earlier nine months": the stretch, not the year.
rule('year - ago|earlier NUM -? UNIT', (c) => durationOrNull(c[3]!.v, c[5]!.w), true);
// "a week or so ago": the date, roughly.
rule('NUM -? UNIT or so ago|earlier', (c) => {
  const u = relUnit(c[2]!.w);
  return u && !Number.isNaN(c[0]!.v) ? { type: 'DATE', rel: { unit: u === 'H' ? 'D' : u, n: -Math.round(c[0]!.v) }, mod: 'APPROX' } : null;
});
// "Islam will one day be ...": some day ahead, not a duration.
rule('one day', (c, x) => (/^(?:will|would|could|may|might|can|should|shall|'ll|’ll)$/.test(prevWord(x)) ? type('DATE', 'FUTURE_REF') : null));
rule('NUM -? UNIT', (c, x) => {
  const n = c[0]!.v;
  const u = c[2]!.w;
  // Ages ("a 6-year-old", "the 50-year-old alliance") are not annotated as durations in TE3.
  // "three-quarters of its food", "a quarter of the market": a fraction, not a period.
  // "a quarter million dollars", "about a quarter as much money": a fraction of an amount.
  if (u === 'Q' && /^(?:of|million|billion|trillion|thousand|hundred|as|percent|more|less)$/.test(nextWord(x))) return null;
  // "a year-earlier loss": the compound is a date, matched from "year" on.
  if (nextWord(x) === '-' && x.end + 1 < x.tt.n && /^(?:old|ago|earlier)$/.test(x.tt.word(x.end + 1))) return null;
  if (nextWord(x) === 'old' || nextWord(x) === 'older') return null;
  // "died at 103 years of age": an age too.
  if (nextWord(x) === 'of' && x.end + 1 < x.tt.n && x.tt.word(x.end + 1) === 'age') return null;
  // "a second betrayal", "A second group", "a second-place finish": the ordinal, not a duration.
  if (u === 'S' && x.tt.word(x.end - 1) === 'second' && (nextWord(x) === '-' || (/^\p{L}/u.test(nextWord(x)) && !/^(?:ago|later|earlier|or|and|before|after)$/.test(nextWord(x))))) return null;
  // "as high as three-quarters in Missouri": a fraction spelled with a hyphen, not nine months.
  if (u === 'Q' && x.tt.word(x.end - 1) === 'quarters' && x.tt.word(x.end - 2) === '-') return null;
  // "a years" is no duration; "one day he said" is rare enough to keep "one day" a duration.
  if (n === 1 && x.tt.at(x.i).digits === 0 && PLURAL_UNITS.has(x.tt.word(x.end - 1))) return null;
  return durationOrNull(n, u);
}, true);
rule('recent|coming|past|next|last|previous|ensuing|following|several|many|few UNIT', (c, x) => {
  if (!PLURAL_UNITS.has(x.tt.word(x.i + 1)) || lastAsVerb(c, x)) return null;
  if (BACKWARD.has(c[0]!.w)) return type('DATE', 'PAST_REF');
  return durationOrNull(NaN, c[1]!.w);
}, true);
rule('the UNIT ahead', (c, x) => (PLURAL_UNITS.has(x.tt.word(x.i + 1)) ? durationOrNull(NaN, c[1]!.w) : null));
// "two to three weeks", "12 to 18 months": the lower bound (TIMEX3 has no range values).
rule('NUM to|or|- NUM -? UNIT', (c) => (Number.isNaN(c[0]!.v) || Number.isNaN(c[2]!.v) || c[0]!.v >= c[2]!.v ? null : durationOrNull(c[0]!.v, c[4]!.w)), true);
rule('UNIT', (c, x) => {
  // A bare plural unit is a vague duration after "for", "in", "within": "for years".
  const w = x.tt.word(x.i);
  if (!PLURAL_UNITS.has(w) || w === 'seconds' || w === 'quarters') return null;
  const p = prevWord(x);
  if (p !== 'for' && p !== 'within' && p !== 'over' && p !== 'took' && p !== 'lasted' && p !== 'spent' && p !== 'after') return null;
  return durationOrNull(NaN, c[0]!.w);
});

addSetAndReferenceRules(rule);

/** The rule set, in priority order: the longest match wins, ties go to the earlier rule. */
export const RULES: readonly Rule[] = rules;
