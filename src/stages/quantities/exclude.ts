/**
 * Numbers that are not figures: years, identifiers ("Route 66", "Boeing 737", "No. 5"),
 * scores ("3-2"), phone numbers, ages ("a 45-year-old", "Smith, 45,"), durations and clock
 * times that the times layer missed. Ordinals never get this far (the reader skips them).
 */
import { MONTHS } from '../times/lexicon.js';
import type { Figure } from './figure.js';
import { COUNT_CONTEXT, QUOTE_MARKS } from './counted.js';
import { DASHES, type TokenView } from './read.js';
import { classOf } from './wordclass.js';
import { MARK_VERBS } from './hedge.js';

const YEAR_BEFORE = new Set(
  ('in since by from until till til of during before after between circa year years ' +
    'january february march april may june july august september october november december ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec. ' +
    'spring summer autumn fall winter early late mid end start beginning , -').split(' '),
);

/** Words after which a number names something rather than counting it. */
const ID_WORDS = new Set(
  ('no no. nos. nr nr. number # page pages p. pp. article articles section sections chapter chapters route flight room ' +
    'line bus platform gate level phase stage category grade class version episode season series vol. volume ' +
    'paragraph clause resolution item exit highway interstate district ward precinct unit block apartment apt apt. ' +
    'suite floor lane terminal channel model type mk size division regiment brigade battalion squadron corps ' +
    'pier berth tier annex appendix fig. exhibit amendment decree protocol iphone covid sars h1n1 verse psalm').split(' '),
);

const TIME_UNITS = new Set(
  ('second seconds minute minutes min mins hour hours hr hrs day days week weeks month months year years yr yrs ' +
    'decade decades century centuries millennium millennia night nights weekend weekends fortnight fortnights ' +
    'am pm a.m. p.m. gmt utc bst est edt pst cet local o\'clock bc bce ad ce b.c. b.c.e. a.d. c.e.').split(' '),
);

const YEAR_DETERMINERS = new Set(['the', 'a', 'an', 'and', 'or', "'s", '’s', 'his', 'her', 'their', 'its', 'this', 'that', 'last', 'next', 'same', 'our', 'my', 'your']);
const DEFINITE = new Set(['the', 'these', 'those', 'both', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'all']);
/** Words before "one" that make it a count: "only one", "just one", "not one". */
const ONE_COUNTS = new Set(['only', 'just', 'not', 'single', 'exactly', 'than']);
const HALF_IDIOMS = new Set(['staff', 'mast', 'time', 'term', 'hearted', 'heartedly', 'way']);
/** "zero tolerance", "zero hour", "zero-sum": set phrases, no count of anything. */
const ZERO_IDIOMS = new Set(['tolerance', 'hour', 'sum', 'option', 'day', 'point', 'emissions', 'covid']);
const AGE_WORDS = new Set(['aged', 'age', 'ages', 'ageing', 'aging']);
const isMonthName = (t: string) => /^\p{Lu}/u.test(t) && MONTHS.has(t.toLowerCase().replace(/\.$/, ''));
const AGE_NOUNS = new Set(['year-old', 'years-old', 'month-old', 'week-old', 'day-old', 'olds', 'year-olds', 'month-olds']);
const BE = new Set(['was', 'is', 'be', 'being', 'turned', 'turns', 'turning', 'reached']);
const PERSON_PRONOUNS = new Set(['he', 'she', 'who', 'i', 'you', 'we']);

function lower(v: TokenView, k: number): string {
  return v.tokens[k].text.toLowerCase();
}

function isCapitalisedWord(s: string): boolean {
  const c = s.charCodeAt(0);
  return ((c >= 65 && c <= 90) || (c > 191 && s[0] !== s[0].toLowerCase())) && /^\p{L}/u.test(s);
}

function glued(v: TokenView, a: number, b: number): boolean {
  return v.tokens[a].end === v.tokens[b].start;
}

function isDigits(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 48 && c <= 57;
}

function yearLike(f: Figure, v: TokenView, value: number): boolean {
  if (f.words || f.money || f.percent || f.unit) return false;
  if (!(value >= 1000 && value <= 2100 && Number.isInteger(value))) return false;
  return /^\d{4}$/.test(v.tokens[f.first].text) || /^\d{4}$/.test(v.tokens[f.last - 1].text);
}

/**
 * Why the figure is not a figure, or null when it is one. `counted` is its counted noun;
 * `listed`: it follows "and", "or" or a comma after another figure of its sentence.
 */
export function exclusionReason(v: TokenView, f: Figure, counted: string, listed = false): string | null {
  const { from, lim } = f;
  if (f.score) return 'score';
  // "… on Monday passed 2,000": before a verb of passing a mark stands its subject, not a word the number belongs to.
  const prev = f.exprFirst - 1 >= from && !MARK_VERBS.has(lower(v, f.exprFirst)) ? f.exprFirst - 1 : -1;
  const prevLow = prev >= 0 ? lower(v, prev) : '';
  // Years: "in 1992", "1988-1994"; a four-digit number with a counted noun ("2000 people") stays.
  if (f.kind === 'range' ? yearLike(f, v, f.low!) && yearLike(f, v, f.high!) : yearLike(f, v, f.value)) {
    // A year unless it plainly counts things: "a 2011 study", "the 2006 riots", "the 2020 United States election" are years.
    const next = f.after < lim ? v.tokens[f.after].text : '';
    if (counted === '' && isTotalStatement(v, f, prevLow)) return null;
    // Before 1800 a year needs more evidence than a preposition: "in 1500 cases" counts.
    const early = (f.kind === 'range' ? f.low! : f.value) < 1800;
    if ((counted === '' && !early) || (!early && (YEAR_BEFORE.has(prevLow) || YEAR_DETERMINERS.has(prevLow))) || TIME_UNITS.has(counted) ||
      (counted !== '' && classOf(counted) !== 'S') || isCapitalisedWord(next) || (early && counted === '' && YEAR_BEFORE.has(prevLow))) return 'year';
  }
  if (TIME_UNITS.has(counted)) return 'duration';
  // "230-to-198": a vote tally glued into one token.
  if (/\d/.test(counted)) return 'score';
  // "a 47 month prison term", "a 10-day trip"
  if (f.after < lim) {
    const n = lower(v, f.after);
    if (TIME_UNITS.has(n) || (n === '-' && f.after + 1 < lim && TIME_UNITS.has(lower(v, f.after + 1)))) return 'duration';
  }
  if (AGE_NOUNS.has(counted)) return 'age';
  if (AGE_WORDS.has(prevLow)) return 'age';
  // "from the age of 15", "at the ages of 20 and 35".
  if (prevLow === 'of' && prev - 1 >= from && AGE_WORDS.has(lower(v, prev - 1))) return 'age';
  // "on March 4 and 5": a day after a month's day and "and" / "or" belongs to the date.
  if (!f.words && f.value >= 1 && f.value <= 31 && counted === '' && (prevLow === 'and' || prevLow === 'or' || prevLow === '-') && prev - 2 >= from &&
    /^\d{1,2}$/.test(v.tokens[prev - 1].text) && isMonthName(v.tokens[prev - 2].text)) return 'date';
  // "He was 101", "when she was about 57": a bare number said of a person is an age.
  if (counted === '' && !f.percent && !f.money && f.value < 130 && prev >= 1 && BE.has(prevLow) &&
    (PERSON_PRONOUNS.has(lower(v, prev - 1)) || (prev - 1 > from && isCapitalisedWord(v.tokens[prev - 1].text)))) return 'age';
  // "week 22", "day 3": a number after a unit of time names that unit.
  if (prev >= 0 && TIME_UNITS.has(prevLow) && !f.money && !f.percent) return 'identifier';
  if (prev >= 0 && ID_WORDS.has(prevLow) && (prevLow === 'number' || prevLow === 'no.' || prevLow === 'no')) return 'identifier';
  // "a Six Flags theme park", "the Three Gorges Dam": a capitalised number word inside a run of capitals, not opening the sentence, is part of a name.
  if (f.words && f.exprFirst > from && f.first === f.exprFirst && /^\p{Lu}/u.test(v.tokens[f.first].text) && f.after < lim &&
    isCapitalisedWord(v.tokens[f.after].text) && !/^[.!?:;"“”]$/.test(v.tokens[f.exprFirst - 1].text)) return 'name';
  // "36 Quai des Orfèvres", "10 Downing Street": a number before a name is an address.
  if (!f.words && f.after < lim && isCapitalisedWord(v.tokens[f.after].text) && counted !== '' && !counted.endsWith('s') &&
    lower(v, f.after) !== counted) return 'address';
  // "Smith, 45, said": an age in apposition to a name.
  if (!f.words && prev >= 1 && (prevLow === ',' || prevLow === '(') && counted === '' && isCapitalisedWord(v.tokens[prev - 1].text) &&
    f.exprLast < lim && (v.tokens[f.exprLast].text === ',' || v.tokens[f.exprLast].text === ')') && f.value < 120) return 'age';
  if (!f.words && !f.money && !f.percent && prev >= 0) {
    if (ID_WORDS.has(prevLow)) return 'identifier';
    // "Route 66", "Boeing 737", "Apollo 11": a capitalised word right before the digits.
    if (isCapitalisedWord(v.tokens[prev].text) && !f.unit) {
      const first = prev === from;
      const c = classOf(prevLow);
      if (!(first && (c === 'F' || c === 'R' || c === 'J' || c === 'V' || c === 'P' || c === 'G'))) return 'identifier';
    }
    // "+1-222-2222", "555-1234-99": phone numbers and codes.
    if (prevLow === '+' && glued(v, prev, f.first)) return 'phone';
    if (prevLow === '#' ) return 'identifier';
  }
  if (!f.words && dashChain(v, f) >= 3) return 'phone';
  // "Boeing 737-800": digits glued by a dash to digits that did not make a range with them (a name
  // masked them, or they are a model code) continue an identifier.
  if (!f.words && prev >= from + 1 && DASHES.has(prevLow) && glued(v, prev - 1, prev) && glued(v, prev, f.first) &&
    isDigits(v.tokens[prev - 1].text)) return 'identifier';
  // "the two countries", "these three men": a small spelled-out number after a definite
  // determiner refers back to things already named; it claims no count.
  if (f.words && !f.glued && f.kind !== 'range' && f.value < 10 && DEFINITE.has(prevLow)) return 'reference';
  // An unhedged spelled-out "one" ("lost one parent", "one official said") is the article or
  // pronoun sense far more often than a claimed count; "at least one", "only one" stay.
  // "four males and one female": a member of a list of counts is a count too.
  if (f.words && f.value === 1 && f.kind !== 'range' && f.kind !== 'ratio' && !f.hedged && f.hedge === 'exact' && !ONE_COUNTS.has(prevLow) &&
    !(listed && f.after < lim && lower(v, f.after) !== 'of')) return 'one';
  // 'the "one country, two systems" model': a number inside a quoted name.
  if (inQuotedName(v, f)) return 'name';
  // "flags at half staff", "half time": idioms, not fractions.
  if (f.words && f.value === 0.5 && f.after < lim && HALF_IDIOMS.has(lower(v, f.after))) return 'idiom';
  if (f.words && f.value === 0 && f.after < lim && ZERO_IDIOMS.has(lower(v, f.after))) return 'idiom';
  // "three-dimensional", "two-sided": a number word glued to an adjective describes a shape, it counts nothing.
  if (f.glued && f.unitCounted !== undefined && (/(?:al|ic|ed)$/.test(f.unitCounted) || classOf(f.unitCounted) === 'J')) return 'modifier';
  // "… and 2) hiring staff": a list marker, a digit closed by a parenthesis that no "(" opened.
  if (!f.words && f.kind === 'integer' && f.value < 20 && f.exprLast < lim && v.tokens[f.exprLast].text === ')' && glued(v, f.last - 1, f.exprLast) &&
    !opensBefore(v, f)) return 'enumerator';
  if (f.kind === 'fraction' && !f.words && v.tokens[f.first + 1]?.text === '/' && !(f.after < lim && lower(v, f.after) === 'of')) return 'slash';
  return null;
}

/** Whether a "(" opens before the figure in its sentence with no ")" closing it. */
function opensBefore(v: TokenView, f: Figure): boolean {
  for (let k = f.exprFirst - 1; k >= f.from; k--) {
    const t = v.tokens[k].text;
    if (t === ')') return false;
    if (t === '(') return true;
  }
  return false;
}

/** Nouns after a quoted phrase that make it the name of a policy, slogan or plan. */
const NAMING_NOUNS = new Set(('model policy principle principles rule rules slogan formula doctrine campaign framework strategy ' +
  'plan solution law bill act programme program initiative movement approach system deal alliance coalition pact treaty agreement').split(' '));
const MAX_QUOTED = 6;

function inQuotedName(v: TokenView, f: Figure): boolean {
  let open = -1;
  for (let k = f.exprFirst - 1; k >= f.from && k >= f.exprFirst - MAX_QUOTED; k--) {
    if (QUOTE_MARKS.has(v.tokens[k].text)) {
      open = k;
      break;
    }
  }
  if (open < 0) return false;
  for (let k = f.exprLast; k < f.lim && k < f.exprLast + MAX_QUOTED; k++) {
    if (!QUOTE_MARKS.has(v.tokens[k].text)) continue;
    return k + 1 < f.lim && NAMING_NOUNS.has(lower(v, k + 1));
  }
  return false;
}

/** "the total number of those infected is 1501": a number-like year stated as the value of a count. */
const COUNT_LINKS = new Set(['is', 'was', 'stood', 'stands', 'reached', 'to', 'at', 'totalled', 'totaled', 'totals']);
function isTotalStatement(v: TokenView, f: Figure, prevLow: string): boolean {
  if (!COUNT_LINKS.has(prevLow)) return false;
  for (let k = f.exprFirst - 2; k >= f.from && k >= f.exprFirst - 10; k--) {
    if (COUNT_CONTEXT.has(lower(v, k))) return true;
  }
  return false;
}

/** How many digit groups are chained by glued dashes around the figure ("555-123-4567" → 3). */
function dashChain(v: TokenView, f: Figure): number {
  let n = 1;
  let k = f.first;
  while (k - 2 >= f.from && v.tokens[k - 1].text === '-' && glued(v, k - 1, k) && glued(v, k - 2, k - 1) && isDigits(v.tokens[k - 2].text)) {
    n++;
    k -= 2;
  }
  k = f.last - 1;
  while (k + 2 < f.lim && v.tokens[k + 1].text === '-' && glued(v, k, k + 1) && glued(v, k + 1, k + 2) && isDigits(v.tokens[k + 2].text)) {
    n++;
    k += 2;
  }
  return n;
}
