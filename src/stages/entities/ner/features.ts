/**
 * Feature templates of the NER tagger, shared by training (train/ner) and inference so the two
 * can never drift apart. Three kinds:
 *  - type features: a function of one word and its offset from the tagged token (cacheable per word);
 *  - context features: the sentence and document around the token (bigrams, gazetteers, casing);
 *  - tag features: the previously predicted tags (computed while decoding).
 * Only token strings are used: the product has no POS tagger.
 */
import type { Resources } from './resources.js';
import { isAllCaps, isInitCap, shortShape, wordShape } from './shape.js';

export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type Tag = (typeof TAGS)[number];
export const NTAGS = TAGS.length;
/** Index used for "before the sentence" in tag features. */
export const START = NTAGS;
export const OFFSETS = [-2, -1, 0, 1, 2] as const;

const BOS = '<S>';
const EOS = '</S>';

/** Features of `word` seen at `offset` from the token being tagged. */
export function typeFeatures(word: string, offset: number, res: Resources): string[] {
  if (word === BOS || word === EOS) return [`w${offset}=${word}`];
  const lower = word.toLowerCase();
  const ss = shortShape(word);
  const path = res.clusters.get(lower);
  const parts = path ? path.split('.') : null;
  const c1 = parts ? parts[0] : '-';
  const c2 = parts ? `${parts[0]}.${parts[1]}` : '-';
  const c3 = parts ? `${c2}.${parts[2]}` : '-';
  if (offset === 0) {
    const f = [`w=${word}`, `l=${lower}`, `s=${wordShape(word)}`, `ss=${ss}`, `c1=${c1}`, `c2=${c2}`, `c3=${c3}`, `c4=${path ?? '-'}`, `c2ss=${c2}|${ss}`];
    const n = lower.length;
    for (let k = 1; k <= 4 && k < n; k++) f.push(`p${k}=${lower.slice(0, k)}`, `x${k}=${lower.slice(n - k)}`);
    f.push(`len=${n > 12 ? 13 : n}`);
    if (word.includes('-')) f.push('hyph');
    if (word.includes('.')) f.push('dot');
    return f;
  }
  if (offset === -1 || offset === 1) {
    return [`l${offset}=${lower}`, `ss${offset}=${ss}`, `c1${offset}=${c1}`, `c2${offset}=${c2}`, `c3${offset}=${c3}`, `x3${offset}=${lower.slice(-3)}`];
  }
  return [`l${offset}=${lower}`, `ss${offset}=${ss}`, `c2${offset}=${c2}`];
}

export function padded(words: readonly string[], i: number): string {
  return i < 0 ? BOS : i >= words.length ? EOS : words[i];
}

/** Document facts shared by all sentences: how each word is cased where casing is informative. */
export interface DocContext {
  /** Lowercased word → 'cap' | 'low' | 'mix' from its mid-sentence uses outside headlines. */
  casing: Map<string, string>;
}

/** A sentence is a headline when its cased words are (nearly) all upper case. */
export function isHeadline(words: readonly string[]): boolean {
  let cased = 0;
  let caps = 0;
  for (const w of words) {
    if (w.toLowerCase() === w.toUpperCase()) continue;
    cased++;
    if (isAllCaps(w)) caps++;
  }
  return cased >= 2 && caps >= cased * 0.8;
}

export function docContext(sentences: readonly (readonly string[])[]): DocContext {
  const stats = new Map<string, number>(); // bit 1: capitalised, bit 2: lower case
  for (const s of sentences) {
    if (isHeadline(s)) continue;
    for (let i = 1; i < s.length; i++) {
      const w = s[i];
      const bit = isInitCap(w) && !isAllCaps(w) ? 1 : w === w.toLowerCase() && w !== w.toUpperCase() ? 2 : 0;
      if (bit === 0) continue;
      const k = w.toLowerCase();
      stats.set(k, (stats.get(k) ?? 0) | bit);
    }
  }
  const casing = new Map<string, string>();
  for (const [k, v] of stats) casing.set(k, v === 1 ? 'cap' : v === 2 ? 'low' : 'mix');
  return { casing };
}

export const CASINGS = ['none', 'cap', 'low', 'mix'] as const;
export const HISTORY_VALUES = ['none', 'O', 'PER', 'ORG', 'LOC', 'MISC'] as const;

/** Features of a token fixed by its word, its document casing, and whether it is first / in a headline / inside quotes. */
export function wordStateFeatures(lower: string, ss: string, casing: string, headline: boolean, first: boolean, quoted: boolean): string[] {
  const f = ['bias', `dc=${casing}`, `dc|ss=${casing}|${ss}`];
  if (quoted) f.push('q', `q|ss=${ss}`);
  if (first) f.push(`first|s=${ss}`, `first|l=${lower}`);
  if (headline) f.push('hl', `hl|l=${lower}`, `hl|dc=${casing}`);
  return f;
}

/** Word and shape bigrams: the token with the word before it (side -1) or after it (side 1). */
export function wordBigramFeature(side: -1 | 1, left: string, right: string): string {
  return `${side < 0 ? 'bg-' : 'bg+'}=${left}|${right}`;
}
/** A neighbour's word with the token's shape: side -1 "previous word|shape", side 1 "shape|next word". */
export function wordShapeFeature(side: -1 | 1, word: string, ss: string): string {
  return side < 0 ? `lss-=${word}|${ss}` : `ssl+=${ss}|${word}`;
}
export function shapeBigramFeature(side: -1 | 1, left: string, right: string): string {
  return `${side < 0 ? 'sb-' : 'sb+'}=${left}|${right}`;
}

/** Gazetteer features of token i from the sentence's marks (see gazetteerMarks). */
export function gazetteerFeatures(gaz: readonly (readonly string[] | null)[], ss: string, i: number): string[] | null {
  const g = gaz[i];
  const p = i > 0 ? gaz[i - 1] : null;
  const n = i + 1 < gaz.length ? gaz[i + 1] : null;
  if (!g && !p && !n) return null;
  const f: string[] = [];
  if (g) for (const m of g) f.push(`g=${m}`, `g=${m}|${ss}`);
  if (p) for (const m of p) f.push(`g-1=${m}`);
  if (n) for (const m of n) f.push(`g+1=${m}`);
  return f;
}

/** Pass-2 features: how pass 1 tagged this word (h) and its neighbours (side -1 / 1) elsewhere in the document. */
export function historyWordFeatures(ss: string, h: string, headline: boolean): string[] {
  const f = [`h=${h}`, `h|ss=${h}|${ss}`];
  if (headline) f.push(`hl|h=${h}`);
  return f;
}

/** Per token: is it inside a pair of double quotes of its sentence (titles of works, slogans)? */
export function quotedTokens(words: readonly string[]): boolean[] {
  const out: boolean[] = new Array(words.length).fill(false);
  let open = -1;
  for (let i = 0; i < words.length; i++) {
    if (words[i] !== '"') continue;
    if (open < 0) open = i;
    else {
      for (let k = open + 1; k < i; k++) out[k] = true;
      open = -1;
    }
  }
  return out;
}
export function historyNeighbourFeature(side: -1 | 1, h: string): string {
  return `${side < 0 ? 'h-1' : 'h+1'}=${h}`;
}

export const BOUNDARY = { BOS, EOS } as const;

/** Tag features: the previous tag alone, with the tag before it, and with the token's shape and cluster. */
export function prevTagFeature(prev1: number): string {
  return `T=${prev1}`;
}
export function tagPairFeature(prev2: number, prev1: number): string {
  return `TT=${prev2}|${prev1}`;
}
export function tagShapeFeature(prev1: number, ss: string): string {
  return `Tss=${prev1}|${ss}`;
}
export function tagClusterFeature(prev1: number, c2: string): string {
  return `Tc=${prev1}|${c2}`;
}

/** Second-level cluster of a word, or '-'. */
export function cluster2(lower: string, res: Resources): string {
  const path = res.clusters.get(lower);
  if (!path) return '-';
  const dot = path.indexOf('.', path.indexOf('.') + 1);
  return dot < 0 ? path : path.slice(0, dot);
}

/** Entity type → its words' lowercase forms, from predicted tags: the pass-2 history of a document. */
export function historyOf(sentences: readonly (readonly string[])[], tags: readonly (readonly number[])[]): Map<string, string> {
  const counts = new Map<string, number[]>();
  for (let s = 0; s < sentences.length; s++) {
    const words = sentences[s];
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      if (!isInitCap(w) && !isAllCaps(w)) continue;
      const t = tags[s][i];
      const k = w.toLowerCase();
      let c = counts.get(k);
      if (!c) counts.set(k, (c = [0, 0, 0, 0, 0]));
      c[t === 0 ? 0 : ((t + 1) >> 1)]++; // 0 O, 1 PER, 2 ORG, 3 LOC, 4 MISC
    }
  }
  const names = ['O', 'PER', 'ORG', 'LOC', 'MISC'];
  const out = new Map<string, string>();
  for (const [k, c] of counts) {
    let best = 0;
    for (let j = 1; j < 5; j++) if (c[j] > c[best] || (c[j] === c[best] && best === 0 && c[j] > 0)) best = j;
    out.set(k, names[best]);
  }
  return out;
}
