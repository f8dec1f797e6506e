/**
 * Number words: the closed vocabulary the hand-written parser reads. Keys are lower case.
 * Kept as plain Maps so a lookup per token is one hash probe.
 */

export const UNITS = new Map<string, number>([
  ['zero', 0], ['nought', 0], ['naught', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4],
  ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11],
  ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16],
  ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
]);

export const TENS = new Map<string, number>([
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fourty', 40], ['fifty', 50], ['sixty', 60],
  ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);

/** Multipliers that close a group of three digits ("two hundred thousand"). */
export const SCALES = new Map<string, number>([
  ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12], ['lakh', 1e5],
  ['lakhs', 1e5], ['crore', 1e7], ['crores', 1e7],
]);

/** Abbreviated scales written after digits, as their own token ("10 bn", "2.33 k"). Case-sensitive. */
export const SCALE_ABBREVIATIONS = new Map<string, number>([
  ['k', 1e3], ['K', 1e3], ['mn', 1e6], ['mln', 1e6], ['mil', 1e6], ['MM', 1e6], ['M', 1e6],
  ['bn', 1e9], ['bln', 1e9], ['b', 1e9], ['B', 1e9], ['G', 1e9], ['tn', 1e12], ['tln', 1e12],
  ['trn', 1e12], ['T', 1e12],
]);

/**
 * Vague plural amounts and the value we give them: the smallest amount the word can mean
 * ("hundreds" is at least one hundred), so the figure is reported with hedge "at-least".
 */
export const VAGUE_PLURALS = new Map<string, number>([
  ['dozens', 12], ['scores', 20], ['hundreds', 100], ['thousands', 1e3], ['millions', 1e6],
  ['billions', 1e9], ['trillions', 1e12], ['tens', 10],
]);

/** Denominators: "two thirds", "a quarter", "one twenty-fifth". Value is the divisor. */
export const DENOMINATORS = new Map<string, number>([
  ['half', 2], ['halves', 2], ['third', 3], ['thirds', 3], ['quarter', 4], ['quarters', 4],
  ['fourth', 4], ['fourths', 4], ['fifth', 5], ['fifths', 5], ['sixth', 6], ['sixths', 6],
  ['seventh', 7], ['sevenths', 7], ['eighth', 8], ['eighths', 8], ['ninth', 9], ['ninths', 9],
  ['tenth', 10], ['tenths', 10], ['eleventh', 11], ['elevenths', 11], ['twelfth', 12], ['twelfths', 12],
  ['thirteenth', 13], ['thirteenths', 13], ['fourteenth', 14], ['fourteenths', 14], ['fifteenth', 15],
  ['fifteenths', 15], ['sixteenth', 16], ['sixteenths', 16], ['seventeenth', 17], ['seventeenths', 17],
  ['eighteenth', 18], ['eighteenths', 18], ['nineteenth', 19], ['nineteenths', 19],
  ['twentieth', 20], ['twentieths', 20], ['thirtieth', 30], ['thirtieths', 30], ['fortieth', 40],
  ['fortieths', 40], ['fiftieth', 50], ['fiftieths', 50], ['sixtieth', 60], ['sixtieths', 60],
  ['seventieth', 70], ['seventieths', 70], ['eightieth', 80], ['eightieths', 80], ['ninetieth', 90],
  ['ninetieths', 90], ['hundredth', 100], ['hundredths', 100], ['thousandth', 1e3], ['thousandths', 1e3],
  ['millionth', 1e6], ['millionths', 1e6], ['billionth', 1e9], ['billionths', 1e9],
  ['trillionth', 1e12], ['trillionths', 1e12],
]);

/** Ordinal units used after a tens word in a compound denominator ("twenty-first"). */
export const ORDINAL_UNITS = new Map<string, number>([
  ['first', 1], ['firsts', 1], ['second', 2], ['seconds', 2], ['third', 3], ['thirds', 3],
  ['fourth', 4], ['fourths', 4], ['fifth', 5], ['fifths', 5], ['sixth', 6], ['sixths', 6],
  ['seventh', 7], ['sevenths', 7], ['eighth', 8], ['eighths', 8], ['ninth', 9], ['ninths', 9],
]);

/** Unicode vulgar fractions. */
export const VULGAR = new Map<string, number>([
  ['½', 1 / 2], ['⅓', 1 / 3], ['⅔', 2 / 3], ['¼', 1 / 4], ['¾', 3 / 4], ['⅕', 1 / 5], ['⅖', 2 / 5],
  ['⅗', 3 / 5], ['⅘', 4 / 5], ['⅙', 1 / 6], ['⅚', 5 / 6], ['⅐', 1 / 7], ['⅛', 1 / 8], ['⅜', 3 / 8],
  ['⅝', 5 / 8], ['⅞', 7 / 8], ['⅑', 1 / 9], ['⅒', 1 / 10],
]);

export const NEGATORS = new Set(['minus', 'negative']);

/**
 * Every word that can begin a number expression, in lower, Capitalised and UPPER case, so the
 * per-token test is one Set probe with no lower-casing.
 */
const STARTERS: Set<string> = (() => {
  const base = [
    ...UNITS.keys(), ...TENS.keys(), ...SCALES.keys(), 'hundred', ...VAGUE_PLURALS.keys(), 'dozen',
    'half', 'quarter', ...NEGATORS, 'a', 'an',
  ];
  for (const t of TENS.keys()) for (const [u, n] of UNITS) if (n > 0 && n < 10) base.push(`${t}-${u}`);
  // "two-thirds", "one-eighth", "three-quarters"
  for (const [u, n] of UNITS) if (n > 0 && n < 20) for (const d of DENOMINATORS.keys()) if (d !== 'second' && d !== 'seconds') base.push(`${u}-${d}`);
  const out = new Set<string>();
  for (const w of base) {
    out.add(w);
    out.add(w[0].toUpperCase() + w.slice(1));
    out.add(w.toUpperCase());
  }
  return out;
})();

/**
 * The first two characters (ASCII codes; 0 for a one-letter word) of the starters: most words
 * are rejected on them ("th", "on", "fo" stay; "the", "one", "for" then need the Set probe,
 * which hashes the whole token).
 */
const PAIRS: Uint8Array = (() => {
  const t = new Uint8Array(128 * 128);
  for (const w of STARTERS) {
    const a = w.charCodeAt(0);
    const b = w.length > 1 ? w.charCodeAt(1) : 0;
    if (a < 128 && b < 128) t[a * 128 + b] = 1;
  }
  return t;
})();

/** Does this token begin with the first two characters of a starter? (A starter or a word glued to one may.) */
export function startsLikeNumberWord(token: string): boolean {
  const a = token.charCodeAt(0);
  const b = token.length > 1 ? token.charCodeAt(1) : 0;
  return a < 128 && b < 128 && PAIRS[a * 128 + b] === 1;
}

/** Could this token begin a number written in words ("a" and "an" included: "a dozen")? */
export function isNumberStarter(token: string): boolean {
  return startsLikeNumberWord(token) && token.length <= 13 && STARTERS.has(token);
}

/** Words that can begin a number expression on their own (digits are checked separately). */
export function isNumberWord(lower: string): boolean {
  return (
    UNITS.has(lower) || TENS.has(lower) || SCALES.has(lower) || lower === 'hundred' ||
    VAGUE_PLURALS.has(lower) || lower === 'dozen' || lower === 'half' || lower === 'quarter' ||
    VULGAR.has(lower) || hyphenatedValue(lower) !== undefined
  );
}

/** "twenty-five" → 25, "forty-one" → 41; undefined for anything else. */
export function hyphenatedValue(lower: string): number | undefined {
  const dash = lower.indexOf('-');
  if (dash < 0) return undefined;
  const tens = TENS.get(lower.slice(0, dash));
  if (tens === undefined) return undefined;
  const unit = UNITS.get(lower.slice(dash + 1));
  return unit !== undefined && unit > 0 && unit < 10 ? tens + unit : undefined;
}

/** "two-thirds" → 2/3, "one-eighth" → 1/8 (one token); undefined otherwise. */
export function hyphenatedFraction(lower: string): number | undefined {
  const dash = lower.indexOf('-');
  if (dash < 0) return undefined;
  const num = UNITS.get(lower.slice(0, dash));
  const tail = lower.slice(dash + 1);
  const den = DENOMINATORS.get(tail);
  if (num === undefined || num === 0 || den === undefined || tail === 'second' || tail === 'seconds') return undefined;
  return num / den;
}

/** "twenty-first" → 21 as a denominator; undefined otherwise. */
export function hyphenatedDenominator(lower: string): number | undefined {
  const dash = lower.indexOf('-');
  if (dash < 0) return DENOMINATORS.get(lower);
  const head = lower.slice(0, dash);
  const tail = lower.slice(dash + 1);
  const tens = TENS.get(head);
  if (tens !== undefined) {
    const u = ORDINAL_UNITS.get(tail);
    return u !== undefined ? tens + u : undefined;
  }
  // "two-thirds" written as one token: the numerator is handled by the caller.
  return undefined;
}
