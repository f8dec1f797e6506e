/**
 * Splits a title glued to a person's name by the tagger: "Senate Minority Whip Dick Durbin"
 * tagged as one organisation becomes the person "Dick Durbin" (the title words before it are
 * then found as the person's title). Only when a title word precedes a known first name that
 * starts the last one to three capitalised words of the span.
 */
import { isTitleHead } from '../attribute/titles.js';
import { fold } from '../lexicons.js';

export interface SplitResult {
  /** Token offset inside the span where the person's name starts. */
  at: number;
}

/**
 * `surnames`: folded last words of the document's person names. A span ending in one of them
 * ("… Whip Dick Durbin" where "Durbin" is a person elsewhere) splits before the capitalised
 * word that precedes the surname, unless that word is a title ("Senator Durbin").
 */
export function titledPerson(words: readonly string[], firstNameSex: ReadonlyMap<string, 'm' | 'f'>, surnames: ReadonlySet<string>): SplitResult | null {
  if (words.length < 3) return null;
  const last = words.length - 1;
  if (surnames.has(fold(words[last]))) {
    const before = words[last - 1];
    return { at: /^\p{Lu}\p{Ll}/u.test(before) && !isTitleHead(before) ? last - 1 : last };
  }
  for (let k = Math.max(1, words.length - 3); k < words.length - 1; k++) {
    if (!firstNameSex.has(fold(words[k]))) continue;
    if (!words.slice(k).every((w) => /^\p{Lu}/u.test(w))) continue;
    if (!words.slice(0, k).some(isTitleHead)) continue;
    return { at: k };
  }
  return null;
}
