import type { Token } from '../../core/layers.js';
/** Small closed word classes the attribution rules need (lower-cased). */

/** Auxiliaries and adverbs that may sit between a source and its cue ("has also said"). */
export const BETWEEN_SOURCE_AND_CUE = new Set(
  ('has have had having is are was were be been being will would could should may might must can do does did ' +
    'also not n’t n\'t never again then later first once still just now already recently previously repeatedly ' +
    'publicly privately reportedly even further separately flatly simply only often frequently initially').split(' '),
);

/** Words that end a source noun phrase when scanning leftwards from the cue. */
export const CLAUSE_BOUNDARY = new Set(
  ('and but or nor because while when where whereas if though although since after before until unless whether ' +
    'so than as once that which who whom whose what why how yet ' +
    'said says say told tells saying added adding').split(' '),
);

/** Relative pronouns that stand as the source themselves ("the bank, which said ..."). */
export const RELATIVE = new Set(['who', 'which', 'that']);

/** Complementisers that open reported content ("told reporters that ..."). */
export const COMPLEMENTISER = new Set(['that', 'whether', 'if', 'how', 'why', 'what', 'when', 'where', 'who']);

/** Words that can open an inverted source ("said the spokesman", "said one official"). */
export const DETERMINERS = new Set(
  'the a an one two three several many some other another his her their its our my both each any most'.split(' '),
);

export const PERSONAL_PRONOUNS = new Set(['he', 'she', 'they', 'him', 'her', 'them', 'it']);
export const FIRST_PERSON = new Set(['i', 'we', 'me', 'us']);

/** Punctuation allowed at the end of a content span's clause, trimmed off indirect content. */
export function isTrailingPunct(t: string): boolean {
  return t === '.' || t === ',' || t === ';' || t === ':' || t === '!' || t === '?' || t === '…' || t === '—' || t === '–' || t === '-';
}

export function isWordToken(t: string): boolean {
  return /[\p{L}\p{N}]/u.test(t);
}

export function isCapitalised(t: string): boolean {
  const c = t.codePointAt(0) ?? 0;
  return c < 0x10000 ? /\p{Lu}/u.test(t[0]) : /^\p{Lu}/u.test(t);
}

/** Word tokens among tokens [from, to). */
export function countWords(tokens: Token[], from: number, to: number): number {
  let n = 0;
  for (let t = from; t < to; t++) if (isWordToken(tokens[t].text)) n++;
  return n;
}

/** Words in text [start, end), quotation marks not counted as words. */
export function countWordsInRange(text: string, start: number, end: number): number {
  let n = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const letter = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
    const boundary = c === 32 || c === 10 || c === 9 || c === 0x2014;
    if (boundary) inWord = false;
    else if (letter && !inWord && c !== 0x201c && c !== 0x201d && c !== 0x2018 && c !== 0x2019 && c !== 0xab && c !== 0xbb) {
      inWord = true;
      n++;
    }
  }
  return n;
}

/** Number words a figure may be written in (digits are told apart by their class or first character). */
export const NUMBER_WORDS = new Set(('one two three four five six seven eight nine ten eleven twelve dozen dozens hundred hundreds thousand ' +
  'thousands million millions billion billions tens scores').split(' '));

/**
 * A capitalised word right after a lower-case word of its sentence: a name ("Qaboos bin Said"), not a cue word.
 * (Not after a capitalised one: headlines capitalise every word, "Clinton Says She Will …".)
 */
export function isNameInSentence(tokens: readonly { text: string }[], t: number, first: number): boolean {
  if (!(t > first && /^\p{Lu}\p{Ll}+$/u.test(tokens[t].text))) return false;
  if (/^\p{Ll}/u.test(tokens[t - 1].text)) return true;
  // "…, argued the government's lawyer, Richard Keen": a first name before it, itself after a lower-case word or a
  // comma, with no capitalised word after it (not a title-case headline: "…, Trump Said The 11 Words").
  return t - 1 > first && /^\p{Lu}\p{Ll}+$/u.test(tokens[t - 1].text) && /^(?:\p{Ll}.*|,)$/u.test(tokens[t - 2].text) &&
    !(t + 1 < tokens.length && /^\p{Lu}/u.test(tokens[t + 1].text));
}

/**
 * Sentence adverbs a source phrase may open or end with ("Previously you", "Parliament, however,"). Not part of
 * BETWEEN_SOURCE_AND_CUE: that list also picks the cue heads in training.
 */
export const SENTENCE_ADVERBS = new Set(('previously reportedly separately similarly additionally finally initially originally recently ' +
  'subsequently ultimately eventually notably publicly privately obviously surely certainly clearly perhaps maybe earlier later ' +
  'meanwhile however still instead also though too nevertheless therefore moreover').split(' '));

/** Lower-case words in -ly that are nouns or verbs, not adverbs. */
const NOT_LY_ADVERBS = new Set('reply imply apply rely ally rally supply family assembly belly bully jelly monopoly anomaly homily'.split(' '));

/** A lower-case adverb in -ly ("publicly", "surely"); "Assembly", "Kelly" and "family" are none. */
export function isLyAdverb(t: string): boolean {
  return t.length > 4 && /^\p{Ll}+ly$/u.test(t) && !NOT_LY_ADVERBS.has(t);
}

