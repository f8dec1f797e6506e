/**
 * Feature templates of the NER tagger as hashed keys (hash.ts), shared by training (train/ner)
 * and inference so the two can never drift apart. Kinds:
 *  - type features: a function of one word and its offset from the tagged token (cached per word);
 *  - state features: the word with its document casing, headline / first / quoted flags;
 *  - pair features: word and shape bigrams with the neighbours;
 *  - gazetteer features: phrase-list marks of the token and its neighbours;
 *  - history features (pass 2): how pass 1 tagged the same word elsewhere in the document (most
 *    frequent type, share of each type, inside a longer name), and pass 1's tags of the token
 *    and its neighbours (stacking: pass 1 never saw the tags to its right);
 *  - tag features: the previously predicted tags, alone and with the token's shape, cluster and
 *    gazetteer categories (computed while decoding).
 * Only token strings are used: the product has no POS tagger.
 */
import { key1, key2, strHash } from './hash.js';

export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type Tag = (typeof TAGS)[number];
export const NTAGS = TAGS.length;
/** Index used for "before the sentence" in tag features. */
export const START = NTAGS;
/** Previous-tag values: the tags, plus START. */
export const NPREV = NTAGS + 1;
/** Offsets of the words whose type features a token uses. */
export const OFFSETS = [-2, -1, 0, 1, 2] as const;

/** Template ids (hashed into every key). Append only: changing one invalidates trained models. */
const enum T {
  W, L, S, SS, C1, C2, C3, C4, C2SS, PRE, SUF, LEN, HYPH, DOT,
  NL, NSS, NC1, NC2, NC3, NX3, BOUND,
  BIAS, DC, DCSS, Q, QSS, FIRSTS, FIRSTL, HL, HLL, HLDC,
  BG_L, BG_R, LSS, SSL, SB_L, SB_R,
  G, GSS, GP, GN,
  H, HSS, HLH, HP, HN,
  TP, TT, TSS, TC,
  HD, HI, ST, TG, NC4, NC1B, RH, RF, RHW, RFW, RB, RA,
  NTP, NTT, NTSS, NTC, NTG, RST,
}

/** What the templates need to know about one word; computed once per distinct word (words.ts). */
export interface WordInfo {
  word: string;
  lower: string;
  boundary: boolean;
  /** Hashes of the word, its lower case, full shape, short shape and cluster prefixes (1–4 levels). */
  hW: number;
  hL: number;
  hS: number;
  hSs: number;
  hC: readonly [number, number, number, number];
}

/** Type-feature keys of a word seen at `offset` from the tagged token. */
export function typeKeys(w: WordInfo, offset: number): number[] {
  const o = offset + 2;
  if (w.boundary) return [key2(T.BOUND, o, w.hW)];
  if (offset === 0) {
    const lower = w.lower;
    const f = [key1(T.W, w.hW), key1(T.L, w.hL), key1(T.S, w.hS), key1(T.SS, w.hSs)];
    f.push(key1(T.C1, w.hC[0]), key1(T.C2, w.hC[1]), key1(T.C3, w.hC[2]), key1(T.C4, w.hC[3]), key2(T.C2SS, w.hC[1], w.hSs));
    const n = lower.length;
    for (let k = 1; k <= 4 && k < n; k++) f.push(key2(T.PRE, k, strHash(lower.slice(0, k))), key2(T.SUF, k, strHash(lower.slice(n - k))));
    f.push(key1(T.LEN, n > 12 ? 13 : n));
    if (w.word.includes('-')) f.push(key1(T.HYPH, 0));
    if (w.word.includes('.')) f.push(key1(T.DOT, 0));
    return f;
  }
  const f = [key2(T.NL, o, w.hL), key2(T.NSS, o, w.hSs), key2(T.NC2, o, w.hC[1])];
  // Neighbours' clusters: all four granularities at ±1, the two coarsest at ±2.
  if (offset === -1 || offset === 1) f.push(key2(T.NC1, o, w.hC[0]), key2(T.NC3, o, w.hC[2]), key2(T.NC4, o, w.hC[3]), key2(T.NX3, o, strHash(w.lower.slice(-3))));
  else f.push(key2(T.NC1B, o, w.hC[0]));
  return f;
}

/** Document casing of a word: 0 unknown, 1 capitalised, 2 lower case, 3 both (mid-sentence uses outside headlines). */
export const CASINGS = 4;

/** Keys fixed by the word, its document casing, and whether it is first / in a headline / inside quotes. */
export function stateKeys(w: WordInfo, casing: number, headline: boolean, first: boolean, quoted: boolean): number[] {
  const f = [key1(T.BIAS, 0), key1(T.DC, casing), key2(T.DCSS, casing, w.hSs)];
  if (quoted) f.push(key1(T.Q, 0), key1(T.QSS, w.hSs));
  if (first) f.push(key1(T.FIRSTS, w.hSs), key1(T.FIRSTL, w.hL));
  if (headline) f.push(key1(T.HL, 0), key1(T.HLL, w.hL), key1(T.HLDC, casing));
  return f;
}

/** Word bigram with the word before (for the right token) / after (for the left token). */
export const bigramBefore = (left: WordInfo, right: WordInfo) => key2(T.BG_L, left.hL, right.hL);
export const bigramAfter = (left: WordInfo, right: WordInfo) => key2(T.BG_R, left.hL, right.hL);
/** Previous word with the token's shape; the token's shape with the next word. */
export const wordShapeBefore = (left: WordInfo, right: WordInfo) => key2(T.LSS, left.hL, right.hSs);
export const shapeWordAfter = (left: WordInfo, right: WordInfo) => key2(T.SSL, left.hSs, right.hL);
/** Shape bigrams. */
export const shapesBefore = (left: WordInfo, right: WordInfo) => key2(T.SB_L, left.hSs, right.hSs);
export const shapesAfter = (left: WordInfo, right: WordInfo) => key2(T.SB_R, left.hSs, right.hSs);

/** A gazetteer mark: category hash with B (first word of the phrase) or I. */
export function markCode(category: string, inside: boolean): number {
  return (Math.imul(strHash(category), 2) | (inside ? 1 : 0)) | 0;
}

/** Gazetteer keys of a token from its marks and its neighbours' (null: none). */
export function gazetteerKeys(own: readonly number[] | null, before: readonly number[] | null, after: readonly number[] | null, hSs: number, out: number[]): void {
  if (own) for (const m of own) out.push(key1(T.G, m), key2(T.GSS, m, hSs));
  if (before) for (const m of before) out.push(key1(T.GP, m));
  if (after) for (const m of after) out.push(key1(T.GN, m));
}

/**
 * Capitalised-run features: a token inside a run of two or more capitalised words ("Hong Kong
 * Open", "Treaty of Baden") gets the gazetteer categories (hashed "cat,cat") of the run's last
 * and first words, and whether it is that word: event, organisation and place heads.
 */
export const runHeadKey = (hCats: number, isHead: boolean) => key2(T.RH, hCats, isHead ? 1 : 0);
export const runFirstKey = (hCats: number, isFirst: boolean) => key2(T.RF, hCats, isFirst ? 1 : 0);
/** The same with the run's last and first words themselves (lower case hashes): "Stakes", "Bank". */
export const runHeadWordKey = (hL: number, isHead: boolean) => key2(T.RHW, hL, isHead ? 1 : 0);
export const runFirstWordKey = (hL: number, isFirst: boolean) => key2(T.RFW, hL, isFirst ? 1 : 0);
/** The words just before and after the run ("the … said"), for every word of it. */
export const runBeforeKey = (hL: number) => key1(T.RB, hL);
export const runAfterKey = (hL: number) => key1(T.RA, hL);

/** Pass-2 history values: none (word not seen capitalised), then the pass-1 type it got most. */
export const HISTORY_VALUES = ['none', 'O', 'PER', 'ORG', 'LOC', 'MISC'] as const;
/** Neighbour history values beyond the sentence. */
export const HIST_BOS = HISTORY_VALUES.length;
export const HIST_EOS = HIST_BOS + 1;

export const historyKey = (v: number) => key1(T.H, v);
export const historyShapeKey = (v: number, hSs: number) => key2(T.HSS, v, hSs);
export const headlineHistoryKey = (v: number) => key1(T.HLH, v);
export const historyBeforeKey = (v: number) => key1(T.HP, v);
export const historyAfterKey = (v: number) => key1(T.HN, v);
/** Share of pass-1 uses of the word typed `cls` (0 O, 1 PER … 4 MISC): 1 some, 2 at least half, 3 all. */
export const historyShareKey = (cls: number, level: number) => key2(T.HD, cls, level);
/** The word was tagged I-<type> (inside a longer name) somewhere in the document. */
export const historyInsideKey = (type: number) => key1(T.HI, type);

/** Tag features: the previous tag alone, with the tag before it, and with the token's shape, cluster and gazetteer categories. */
export const prevTagKey = (p1: number) => key1(T.TP, p1);
export const tagPairKey = (p2: number, p1: number) => key2(T.TT, p2, p1);
export const tagShapeKey = (p1: number, hSs: number) => key2(T.TSS, p1, hSs);
export const tagClusterKey = (p1: number, hC2: number) => key2(T.TC, p1, hC2);
/** The previous tag with the token's gazetteer categories as one set ("first,last"): where a name ends ("American | Tom"). */
export const tagGazetteerKey = (p1: number, hCats: number) => key2(T.TG, p1, hCats);
/** Stacking: the pass-1 tag of the token at `offset` (-1 … 2) of the same sentence (NTAGS: outside it). */
export const stackedTagKey = (offset: number, tag: number) => key2(T.ST, offset, tag);

/**
 * Right-to-left pass 1 (its tags feed pass 2): the next tag alone, with the tag after it, and
 * with the token's shape, cluster and gazetteer categories (START: after the sentence).
 */
export const nextTagKey = (n1: number) => key1(T.NTP, n1);
export const nextPairKey = (n2: number, n1: number) => key2(T.NTT, n2, n1);
export const nextShapeKey = (n1: number, hSs: number) => key2(T.NTSS, n1, hSs);
export const nextClusterKey = (n1: number, hC2: number) => key2(T.NTC, n1, hC2);
export const nextGazetteerKey = (n1: number, hCats: number) => key2(T.NTG, n1, hCats);
/** Stacking: the right-to-left pass-1 tag of the token at `offset` (-2 … 1) of the same sentence (NTAGS: outside it). */
export const stackedBackTagKey = (offset: number, tag: number) => key2(T.RST, offset, tag);
