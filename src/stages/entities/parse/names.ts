/** Name forms: the words of a name without honorifics, initials for acronym matching, matching keys. */
import { fold } from '../lexicons.js';

const HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dr', 'dr.', 'prof', 'prof.', 'sir', 'dame', 'lord', 'lady']);
const MINOR = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'de', 'du', 'la', 'le', '&', "'s"]);

/** Honorific of a person name ("Mr."), lowercased, if it has one. */
export function honorific(words: readonly string[]): string | null {
  return words.length > 1 && HONORIFICS.has(words[0].toLowerCase()) ? words[0].toLowerCase().replace(/\.$/, '') : null;
}

/** Words of a name, honorific and a leading "the" dropped, folded for matching. */
export function nameKeyWords(words: readonly string[]): string[] {
  let w = honorific(words) ? words.slice(1) : words;
  if (w.length > 1 && w[0].toLowerCase() === 'the') w = w.slice(1);
  return w.map(fold).filter((x) => x !== "'s");
}

/** Initials of a multi-word name, minor words skipped: "Baku Music Academy" → "BMA". */
export function initials(words: readonly string[]): string {
  let out = '';
  for (const w of words) {
    if (MINOR.has(w.toLowerCase())) continue;
    for (const part of w.split('-')) if (part) out += part[0].toUpperCase();
  }
  return out;
}

/** An acronym-shaped token: 2–8 capitals (dots allowed), e.g. "BMA", "U.N.", "NATO". */
export function isAcronym(token: string): boolean {
  const bare = token.replace(/\./g, '');
  return bare.length >= 2 && bare.length <= 8 && /^\p{Lu}[\p{Lu}\d&]+$/u.test(bare);
}
