/**
 * What the words around a name say about it, where the tagger's type is wrong: "Powassan virus" and
 * "Parkinson's disease" name diseases, "a Cheltenham man" a place, "Commerce Secretary" a portfolio,
 * "Brexit" a process; "Justice John Paul Stevens" carries a title that is not part of his name.
 */
import type { EntityType, Token } from '../../../core/layers.js';
import { isTitleHead, PORTFOLIOS } from '../attribute/titles.js';
import { fold } from '../lexicons.js';

/** Words after a name that make it a disease's name ("Zika virus", "Lassa fever"). */
const DISEASE_WORDS = new Set('virus disease syndrome fever flu influenza'.split(' '));
/** After a possessive only eponyms: "Parkinson's disease", "Down's syndrome" (not "Trump's fever"). */
const EPONYM_WORDS = new Set('disease syndrome'.split(' '));
/** People a place names by where they live: "a 36-year-old Cheltenham man". */
const PERSON_NOUNS = new Set('man woman men women boy girl teenager teen youth resident residents native couple family pensioner student'.split(' '));
/** Heads that make a name tagged as a person's the name of a thing named after one ("Leroy P. Steele Prize"). */
const NAMED_AFTER: ReadonlyMap<string, EntityType> = new Map([
  ...'prize award medal trophy lecture day'.split(' ').map((w): [string, EntityType] => [w, 'MISC']),
  ...'foundation institute university college school hospital center centre airport stadium'.split(' ').map((w): [string, EntityType] => [w, 'ORG']),
  ['base', 'LOC'],
]);
/** Words after a title head that belong to the title ("Bishop Emeritus"). */
const POST_TITLE = new Set(['emeritus', 'emerita']);

/** Words written in capitals only, one of them a word of two letters or more ("GAZA", "THE HAGUE", "U.S."). */
export const isShouted = (words: readonly string[]) => words.some((w) => /\p{L}{2}/u.test(w)) && words.every((w) => !/\p{Ll}/u.test(w));
const shouted = (tokens: readonly Token[], a: number, b: number) => b > a && isShouted(tokens.slice(a, b).map((t) => t.text));

/** The type the context forces on a name spanning tokens [a, b), or null. */
export function contextType(tokens: readonly Token[], a: number, b: number, label: string): EntityType | null {
  const next = b < tokens.length ? tokens[b].text : '';
  if (DISEASE_WORDS.has(next.toLowerCase())) return 'MISC';
  if (/^['’]s$/.test(next) && b + 1 < tokens.length && EPONYM_WORDS.has(tokens[b + 1].text.toLowerCase())) return 'MISC';
  // "Brexit", "Grexit": a country's exit, named by a blend.
  if (b - a === 1 && /^\p{Lu}\p{Ll}*xit$/u.test(tokens[a].text)) return 'MISC';
  // Three words or more, so a surname stays a person ("Doris Day").
  if (label === 'PER' && b - a >= 3) {
    const named = NAMED_AFTER.get(tokens[b - 1].text.toLowerCase());
    if (named && /^\p{Lu}/u.test(tokens[b - 1].text)) return named;
  }
  // A wire dateline, "THE HAGUE (Reuters) -": the place in capitals, the agency in brackets.
  const dash = (i: number) => i < tokens.length && /^(?:-{1,2}|–|—)$/.test(tokens[i].text);
  if (shouted(tokens, a, b) && next === '(' && tokens[b + 2]?.text === ')' && dash(b + 3)) return 'GPE';
  if (a >= 2 && tokens[a - 1].text === '(' && shouted(tokens, a - 2, a - 1) && next === ')' && dash(b + 1)) return 'ORG';
  const prev = a > 0 ? tokens[a - 1].text.toLowerCase() : '';
  if (label === 'ORG' && b - a <= 2 && PERSON_NOUNS.has(next) && (prev === 'a' || prev === 'an' || /-old$/.test(prev))) return 'GPE';
  return null;
}

/** "Commerce Secretary Wilbur Ross": a one-word portfolio before a title head is part of the title, not an organisation. */
export function isPortfolio(tokens: readonly Token[], a: number, b: number): boolean {
  return b - a === 1 && b < tokens.length && PORTFOLIOS.has(tokens[a].text.toLowerCase()) && /^\p{Lu}/u.test(tokens[b].text) && isTitleHead(tokens[b].text);
}

/** Whether `word` opens a title ("Justice", "Senator", "Emeritus" after "Bishop"). */
export const isLeadingTitle = (word: string) =>
  /^\p{Lu}\p{Ll}/u.test(word) && (isTitleHead(word) || POST_TITLE.has(word.toLowerCase()) || (word.endsWith('s') && isTitleHead(word.slice(0, -1))));

/**
 * Words of title at the start of a person's name ("Justice John Paul Stevens", "Emeritus Dinualdo Gutierrez"):
 * how many to leave out. One word of name may stay only when it is the surname of someone named in full
 * (`fullSurnames`: "Justice Stevens", not "Pope Francis"); a title word that is also a first name ("Dean",
 * "King") goes only when two words stay.
 */
export function leadingTitleWords(words: readonly string[], firstNameSex: ReadonlyMap<string, 'm' | 'f'>, fullSurnames: ReadonlySet<string>): number {
  let k = 0;
  while (k < words.length - 1 && isLeadingTitle(words[k])) {
    const left = words.length - k - 1;
    if (left < 2 && (firstNameSex.has(fold(words[k])) || !fullSurnames.has(fold(words[words.length - 1])))) break;
    k++;
  }
  return k;
}
