import type { Token } from '../../core/layers.js';
import { WEEKDAYS } from '../times/lexicon.js';
import { isTitleHead } from '../entities/attribute/titles.js';
import { TIME_HEADS, TIME_MODIFIERS, TIME_OPENERS, isCalendarWord } from './time-words.js';
import { BETWEEN_SOURCE_AND_CUE, CLAUSE_BOUNDARY, DETERMINERS, RELATIVE, isCapitalised, isLyAdverb, isWordToken } from './words.js';

/** A source phrase as a token range [t0, t1). */
export interface SourceTokens {
  t0: number;
  t1: number;
}

const MAX_SOURCE_TOKENS = 12;
/** Longest parenthesis between a source and its cue ("(D-Minn.)", "(C-MORE)"). */
const MAX_PAREN_TOKENS = 8;

/**
 * Index of the first token left of `ci` that is not an auxiliary, adverb or time adjunct ("has also said",
 * "this past week announced", "on Sunday told").
 */
export function skipLeftAdverbs(tokens: Token[], ci: number, lo: number): number {
  let j = ci - 1;
  for (;;) {
    while (j >= lo && isSkippable(tokens[j].text)) j--;
    const t = timeAdjunctStart(tokens, j, lo);
    if (t === j + 1) return j;
    j = t - 1;
  }
}


/** End of a source phrase [a, e) without a time adjunct at its end ("The minister on Sunday"), keeping at least one token. */
export function withoutTrailingTime(tokens: Token[], a: number, e: number): number {
  const t = timeAdjunctStart(tokens, e - 1, a + 1);
  return t <= e - 1 ? t : e;
}

/** Start of a time adjunct ending at token j ("this past week", "on Sunday", "last year"), or j + 1 when there is none. */
function timeAdjunctStart(tokens: Token[], j: number, lo: number): number {
  if (j < lo) return j + 1;
  // "on October 16", "in March 2019", "in 2019": a calendar date after "on" / "in" / "since".
  const date = calendarDateStart(tokens, j, lo);
  if (date >= 0) return date;
  const w = tokens[j].text.toLowerCase().replace(/\.$/, '');
  const weekday = WEEKDAYS.has(w) && isCapitalised(tokens[j].text);
  if (!TIME_HEADS.has(w) && !weekday) return j + 1;
  let k = j;
  while (k - 1 >= lo && TIME_MODIFIERS.has(tokens[k - 1].text.toLowerCase())) k--;
  // A bare "week" or "year" is a noun of the subject ("the year"), unless a modifier makes it a time.
  if (k === j && !weekday && !TIME_OPENERS.has(w)) return j + 1;
  if (k < j && tokens[k].text.toLowerCase() === 'the') return j + 1;
  return k;
}

const DATE_PREPOSITIONS = new Set(['on', 'in', 'since', 'during']);

/** Start of "on October 16" / "in March 2019" / "in 2019" ending at token j (the preposition included), or -1. */
function calendarDateStart(tokens: Token[], j: number, lo: number): number {
  let k = j;
  if (/^(?:1[89]|20)\d\d$/.test(tokens[k].text)) k--;
  else if (/^\d{1,2}$/.test(tokens[k].text)) {
    k--;
    if (k < lo || !isCapitalised(tokens[k].text) || !isCalendarWord(tokens[k].text)) return -1;
    k--;
  }
  if (k === j) return -1;
  // "March 2019": a month before the year.
  if (k >= lo && k < j && isCapitalised(tokens[k].text) && isCalendarWord(tokens[k].text) && /^\d{4}$/.test(tokens[j].text)) k--;
  return k >= lo && DATE_PREPOSITIONS.has(tokens[k].text.toLowerCase()) ? k : -1;
}

function isSkippable(t: string): boolean {
  const w = t.toLowerCase();
  return BETWEEN_SOURCE_AND_CUE.has(w) || isLyAdverb(t);
}

/** The subject noun phrase ending just before the cue ("A spokesman for the buyer said"). */
export function leftSource(tokens: Token[], ci: number, lo: number, inQuote: (t: number) => boolean): SourceTokens | null {
  const j = skipLeftAdverbs(tokens, ci, lo);
  if (j < lo) return null;
  // "Sam Wilson of the Center for Microbial Oceanography (C-MORE) said": the parenthesis belongs to the phrase.
  const close = j;
  if (tokens[j].text === ')') {
    let k = j - 1;
    while (k > lo && close - k <= MAX_PAREN_TOKENS && tokens[k].text !== '(' && tokens[k].text !== ')') k--;
    if (k <= lo || tokens[k].text !== '(' || inQuote(k)) return null;
    const np = leftSource(tokens, k, lo, inQuote);
    return np && np.t1 === k ? { t0: np.t0, t1: close + 1 } : null;
  }
  if (tokens[j].text === ',') return appositiveSource(tokens, j, lo, inQuote);
  const last = tokens[j].text;
  const lower = last.toLowerCase();
  if (RELATIVE.has(lower)) return { t0: j, t1: j + 1 };
  if (!isWordToken(last) || CLAUSE_BOUNDARY.has(lower) || inQuote(j)) return null;
  let k = j;
  while (k - 1 >= lo && j - k + 1 < MAX_SOURCE_TOKENS) {
    const t = tokens[k - 1].text;
    const w = t.toLowerCase();
    // Possessives and hyphens stay inside the phrase ("the company's spokesman").
    if (!isWordToken(t) && !/^['’]s?$|^[-&]$/.test(t)) break;
    if (isSpacedDash(tokens, k - 1)) break;
    if (CLAUSE_BOUNDARY.has(w) || inQuote(k - 1)) break;
    k--;
  }
  return { t0: k, t1: j + 1 };
}

/** An inverted source after the cue ("said Melba Acosta, the bank's president"). */
export function rightSource(tokens: Token[], from: number, hi: number, inQuote: (t: number) => boolean): SourceTokens | null {
  let k = from;
  while (k < hi && (tokens[k].text === ',' || tokens[k].text === ':')) k++;
  if (k >= hi) return null;
  const first = tokens[k].text;
  const w = first.toLowerCase();
  // "said selection committee member Ulf Danielsson", "said 9/11 widow Terry Strada": a title in lower case before the name.
  const titled = !inQuote(k) && isWordToken(first) && !isCapitalised(first) && titleBeforeName(tokens, k, hi);
  if (inQuote(k) || !isWordToken(first) || !(titled || isCapitalised(first) || DETERMINERS.has(w) || /^(he|she|they|it|officials?|sources?|experts?|analysts?|police|authorities|critics|people|voters)$/.test(w)))
    return null;
  let e = k + 1;
  while (e < hi && e - k < MAX_SOURCE_TOKENS) {
    const t = tokens[e].text;
    if (!isWordToken(t) && !/^['’]s?$|^[-&]$/.test(t)) break;
    if (isSpacedDash(tokens, e)) break;
    // "the WHO's report": an acronym is a name, not the relative pronoun; "and" inside a name
    // ("Center for Systems Science and Engineering") does not end it.
    if ((CLAUSE_BOUNDARY.has(t.toLowerCase()) && !isAcronym(t) && !joinsName(tokens, e, hi)) || inQuote(e)) break;
    if (startsTimeAdjunct(tokens, e, hi)) break;
    e++;
  }
  // "according to the Philippine Institute of Volcanology and Seismology (Phivolcs),": its short name goes with it.
  if (e + 2 < hi && tokens[e].text === '(' && tokens[e + 2].text === ')' && isCapitalised(tokens[e + 1].text) && !inQuote(e + 1)) e += 3;
  return { t0: k, t1: titledNameEnd(tokens, e, hi, inQuote) };
}

/** Longest name in apposition after a title ("said the mayor, Ana Ruiz."). */
const MAX_APPOSED_NAME = 4;

/** "the mayor, Ana Ruiz." / "…, Ana Ruiz, who": a title's name in apposition ends the source; e itself when none. */
function titledNameEnd(tokens: Token[], e: number, hi: number, inQuote: (t: number) => boolean): number {
  if (e + 1 >= hi || tokens[e].text !== ',' || !/^\p{Ll}/u.test(tokens[e - 1].text) || !isTitleHead(tokens[e - 1].text)) return e;
  let k = e + 1;
  while (k < hi && k - e - 1 < MAX_APPOSED_NAME && isCapitalised(tokens[k].text) && isWordToken(tokens[k].text) && !inQuote(k)) k++;
  if (k === e + 1) return e;
  // The name ends its clause: a sentence end, a comma, or the window's end.
  return k >= hi || /^[.,;!?]$/.test(tokens[k].text) ? k : e;
}

/** "according to the polling average - despite …": a hyphen with a space before it is a dash, not part of a name. */
const isSpacedDash = (tokens: Token[], i: number) => tokens[i].text === '-' && i > 0 && tokens[i].start > tokens[i - 1].end;

/** "according to officials on Thursday", "… last week": a time adjunct ends the source. */
function startsTimeAdjunct(tokens: Token[], k: number, hi: number): boolean {
  const t = tokens[k].text;
  if (TIME_OPENERS.has(t)) return true;
  if (!/^(?:on|in|at|late|early)$/.test(t) || k + 1 >= hi) return false;
  const next = tokens[k + 1].text;
  return isCapitalised(next) && isCalendarWord(next);
}

/** Lower-case title words (at most four, no function word) followed by a capitalised name. */
function titleBeforeName(tokens: Token[], k: number, hi: number): boolean {
  for (let j = k; j < hi && j < k + 5; j++) {
    const t = tokens[j].text;
    if (isCapitalised(t)) return j > k;
    if (!/^[\p{Ll}\d][\p{Ll}\d/-]*$/u.test(t) || TITLE_STOPS.has(t)) return false;
  }
  return false;
}

/** Words that cannot be part of a title before a name: "said in an interview with CNN" (quantities/reported.ts reads it too). */
export const TITLE_STOPS = new Set(['in', 'on', 'at', 'to', 'with', 'for', 'of', 'by', 'from', 'the', 'a', 'an', 'about', 'after', 'before', 'during', 'that', 'when', 'as', 'and', 'but', 'this', 'last']);

const isAcronym = (t: string) => t.length > 1 && /^\p{Lu}+$/u.test(t);

/** "and" / "&" between capitalised words of one name: "Department of Health and Human Services". */
function joinsName(tokens: Token[], k: number, hi: number): boolean {
  const t = tokens[k].text;
  return (t === 'and' || t === '&') && k > 0 && k + 1 < hi && isCapitalised(tokens[k - 1].text) && isCapitalised(tokens[k + 1].text);
}

const MAX_APPOSITIVE_TOKENS = 24;
const PLACE_PREPOSITIONS = new Set(['from', 'of', 'in']);

/** "Parker Eaton, a retired farmer who voted twice, said": the name and its appositive. */
function appositiveSource(tokens: Token[], comma: number, lo: number, inQuote: (t: number) => boolean): SourceTokens | null {
  for (let k = comma - 1; k >= lo && comma - k <= MAX_APPOSITIVE_TOKENS; k--) {
    const t = tokens[k].text;
    if (inQuote(k)) return null;
    if (t === ',') {
      if (k === comma - 1) return null;
      const np = leftSourceBefore(tokens, k, lo, inQuote);
      // "Bruce McArthur, from Toronto, Canada, admitted": a place phrase with a comma of its own; the name is further back.
      if (np && PLACE_PREPOSITIONS.has(tokens[np.t0].text) && np.t0 - 1 >= lo && tokens[np.t0 - 1].text === ',') {
        const name = leftSourceBefore(tokens, np.t0 - 1, lo, inQuote);
        if (name && isCapitalised(tokens[name.t0].text)) return { t0: name.t0, t1: comma };
      }
      return np ? { t0: np.t0, t1: comma } : null;
    }
    if (!isWordToken(t) && !/^['’]s?$|^[-&()]$/.test(t)) return null;
  }
  return null;
}

function leftSourceBefore(tokens: Token[], comma: number, lo: number, inQuote: (t: number) => boolean): SourceTokens | null {
  const j = comma - 1;
  if (j < lo || !isWordToken(tokens[j].text) || inQuote(j) || CLAUSE_BOUNDARY.has(tokens[j].text.toLowerCase())) return null;
  let k = j;
  while (k - 1 >= lo && j - k + 1 < MAX_SOURCE_TOKENS) {
    const t = tokens[k - 1].text;
    if (!isWordToken(t) && !/^['’]s?$|^[-&]$/.test(t)) break;
    if (isSpacedDash(tokens, k - 1)) break;
    if (CLAUSE_BOUNDARY.has(t.toLowerCase()) || inQuote(k - 1)) break;
    k--;
  }
  return { t0: k, t1: j + 1 };
}
