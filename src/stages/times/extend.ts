import { POSITION_MODS, PRE_MODS } from './lexicon.js';
import type { Rule } from './rules.js';
import type { Spec } from './spec.js';
import type { Toks } from './tokens.js';

/** Ends a span never ends on. */
const TRAILING = new Set([',', '-', '/', 'of', 'the', 'at', 'on', 'and']);
const APPROX_ONLY = new Set(['about', 'around', 'approximately', 'roughly', 'circa', 'ca']);

export interface Extent {
  start: number;
  end: number;
  mod?: string;
}

/** Does the words sequence end exactly at token `at - 1`, inside [floor, at)? */
function endsWith(tt: Toks, at: number, floor: number, words: string[], sent: number): boolean {
  const from = at - words.length;
  if (from < floor) return false;
  for (let k = 0; k < words.length; k++) if (tt.word(from + k) !== words[k] || tt.sent[from + k] !== sent) return false;
  return true;
}

/**
 * Widens a core match with what TE3 puts inside a TIMEX3: position mods ("early", "the end of",
 * "mid-"), a leading "the" where the rule allows it, and hedges ("about", "more than").
 */
export function extend(tt: Toks, i: number, end: number, spec: Spec, rule: Rule, floor: number): Extent {
  while (end > i + 1 && TRAILING.has(tt.word(end - 1))) end--;
  while (i < end - 1 && tt.word(i) === ',') i++;
  const sent = tt.sent[i];
  let start = i;
  let mod = spec.mod;
  let positioned = false;
  if (spec.type === 'DATE' || spec.type === 'TIME') {
    // "mid-1990s", "late-November"
    if (start - 2 >= floor && tt.word(start - 1) === '-' && tt.sent[start - 1] === sent && /^(?:mid|early|late)$/.test(tt.word(start - 2))) {
      mod = tt.word(start - 2) === 'mid' ? 'MID' : tt.word(start - 2) === 'early' ? 'START' : 'END';
      start -= 2;
      positioned = true;
    } else {
      for (const [words, m] of POSITION_MODS) {
        if (!endsWith(tt, start, floor, words, sent)) continue;
        // "earlier"/"later" only position a day or "this year"-style date, not "two years later".
        // TE3 writes "earlier this year" but "Earlier Friday", "later today" without the adverb.
        if ((words[0] === 'earlier' || words[0] === 'later') && (spec.rel === undefined || spec.rel.unit === 'D')) continue;
        start -= words.length;
        mod = m;
        positioned = true;
        break;
      }
    }
  }
  // TE3 leaves "the" out before hyphenated modifiers: "the [two-week] trial", "the [third-quarter] loss".
  if ((rule.the || positioned) && start - 1 >= floor && tt.word(start - 1) === 'the' && tt.sent[start - 1] === sent && tt.word(start) !== 'the' && (positioned || !hyphenated(tt, start, end))) start--;
  if (spec.type !== 'SET') {
    const agoDate = spec.type === 'DATE' && spec.rel !== undefined && /^(?:ago|earlier)$/.test(tt.word(end - 1));
    const counted = tt.at(start).digits > 0 || tt.word(start) === 'a' || tt.word(start) === 'an' || /^(?:one|two|three|four|five|six|seven|eight|nine|ten|several|few|dozen)$/.test(tt.word(start));
    for (const [words, m] of PRE_MODS) {
      if (!endsWith(tt, start, floor, words, sent)) continue;
      if (!APPROX_ONLY.has(words[0]) && spec.type !== 'DURATION' && !agoDate) continue;
      // "about the future", "around Wednesday": a hedge needs a figure, a clock time or a day of a month.
      if (APPROX_ONLY.has(words[0]) && !counted && spec.type !== 'TIME' && spec.d === undefined) continue;
      if (!APPROX_ONLY.has(words[0]) && !counted && spec.type === 'DURATION') continue;
      if ((words[0] === 'over' || words[0] === 'under' || words[0] === 'some') && !counted) continue;
      start -= words.length;
      mod = m;
      break;
    }
  }
  if (end + 1 < tt.n && tt.word(end) === 'or' && tt.word(end + 1) === 'so' && tt.sent[end + 1] === sent) {
    end += 2;
    mod = 'APPROX';
  }
  return { start, end, mod };
}

/** Does the span end in a hyphenated compound ("two-week", "third-quarter"), a modifier of what follows? */
function hyphenated(tt: Toks, start: number, end: number): boolean {
  return end - 2 > start && tt.word(end - 2) === '-';
}
