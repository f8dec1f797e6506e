/**
 * Per-word cache: everything about a token that is fixed by its string (hashes, type-feature
 * ids at each offset, tag-feature ids, gazetteer categories, casing flags) is computed once per
 * distinct word, so most tokens cost one Map lookup.
 */
import { strHash } from './hash.js';
import { categories, type GazetteerWord } from './gazetteer.js';
import { type Resources } from './resources.js';
import { isAllCaps, isInitCap, shortShape, wordShape } from './shape.js';
import { nextClusterKey, nextGazetteerKey, nextShapeKey, NPREV, OFFSETS, tagClusterKey, tagGazetteerKey, tagShapeKey, typeKeys, type WordInfo } from './templates.js';

/** Maps a feature key to its id (a weight row), or -1 to drop the feature. */
export type IdOf = (key: number) => number;

/**
 * State shared by the words with one lower-case form ("Apple", "apple", "APPLE"): document
 * casing and pass-1 type counts, valid for the document whose stamp they carry (featurize.ts),
 * so no per-document map keyed by strings is needed.
 */
export interface LowerState {
  casingStamp: number;
  casing: number;
  historyStamp: number;
  /** Pass-1 tags (TAGS indices) of capitalised uses. */
  counts: Int32Array;
}

export interface WordEntry extends WordInfo, GazetteerWord {
  low: LowerState;
  /** Type-feature ids for OFFSETS[k] are type[typeAt[k] .. typeAt[k + 1]). */
  type: Int32Array;
  typeAt: Uint16Array;
  /**
   * By previous tag: tag-shape ids [0, NPREV), tag-cluster ids [NPREV, 2·NPREV), tag-gazetteer ids
   * [2·NPREV, 3·NPREV); then the same by next tag (right-to-left pass 1) at [3·NPREV, 6·NPREV).
   */
  tag: Int32Array;
  /** State-feature ids by state index (featurize.ts), filled lazily. */
  state: (Int32Array | undefined)[];
  /** Is the word a straight double quote? */
  quote: boolean;
  /** Casing evidence from a mid-sentence use: 1 capitalised, 2 lower case, 0 neither. */
  casingBit: number;
  /** Has cased letters, all upper case. */
  allCaps: boolean;
  /** Has cased letters. */
  cased: boolean;
  /** Capitalised or all caps: the words pass-2 history is kept for. */
  capitalised: boolean;
  /** Inference only: summed weights of the type features per offset (tagger.ts), filled lazily. */
  vec: Float32Array | null;
  /** Inference only: pass-2 transition scores by previous tag (tagger.ts, Viterbi), filled lazily. */
  trans: Float32Array | null;
  /** History × shape ids by history value (featurize.ts historyIds), filled lazily; -2 not yet looked up. */
  histShape: Int32Array | null;
}

/** Bounds the cache on huge inputs with many distinct words (checked between documents and chunks). */
const CACHE_LIMIT = 100_000;

export const BOS = '<S>';
export const EOS = '</S>';

export class WordCache {
  private words = new Map<string, WordEntry>();
  private lowers = new Map<string, LowerState>();
  readonly bos: WordEntry;
  readonly eos: WordEntry;

  constructor(
    private readonly res: Resources,
    private readonly idOf: IdOf,
  ) {
    this.bos = this.make(BOS, true);
    this.eos = this.make(EOS, true);
  }

  get(word: string): WordEntry {
    let e = this.words.get(word);
    if (!e) this.words.set(word, (e = this.make(word, false)));
    return e;
  }

  /** Drops the cache when it has grown past its limit (never within a document: entries share LowerStates). */
  trim(): void {
    if (this.words.size < CACHE_LIMIT) return;
    this.words = new Map();
    this.lowers = new Map();
  }

  private lowerState(lower: string): LowerState {
    let l = this.lowers.get(lower);
    if (!l) this.lowers.set(lower, (l = { casingStamp: 0, casing: 0, historyStamp: 0, counts: new Int32Array(9) }));
    return l;
  }

  private ids(keys: readonly number[], out: number[]): void {
    for (const k of keys) {
      const id = this.idOf(k);
      if (id >= 0) out.push(id);
    }
  }

  private make(word: string, boundary: boolean): WordEntry {
    const lower = boundary ? word : word.toLowerCase();
    const ss = boundary ? word : shortShape(word);
    const path = boundary ? undefined : this.res.clusters.get(lower);
    // Cluster prefixes "a", "a.b", "a.b.c" and the full path; '-' when the word has no cluster.
    const parts = path === undefined ? null : path.split('.');
    const prefix = (k: number) => (parts ? (k === 3 ? path! : parts.slice(0, k + 1).join('.')) : '-');
    const hC: [number, number, number, number] = [strHash(prefix(0)), strHash(prefix(1)), strHash(prefix(2)), strHash(prefix(3))];
    const info: WordInfo = { word, lower, boundary, hW: strHash(word), hL: strHash(lower), hS: boundary ? 0 : strHash(wordShape(word)), hSs: strHash(ss), hC };
    const ids: number[] = [];
    const typeAt = new Uint16Array(OFFSETS.length + 1);
    OFFSETS.forEach((o, k) => {
      this.ids(typeKeys(info, o), ids);
      typeAt[k + 1] = ids.length;
    });
    const gazCats = boundary ? undefined : this.res.gazetteer.get(lower);
    const hCats = gazCats === undefined ? 0 : strHash(gazCats);
    const tag = new Int32Array(6 * NPREV);
    for (let p = 0; p < NPREV; p++) {
      tag[p] = this.idOf(tagShapeKey(p, info.hSs));
      tag[NPREV + p] = this.idOf(tagClusterKey(p, hC[1]));
      tag[2 * NPREV + p] = gazCats === undefined ? -1 : this.idOf(tagGazetteerKey(p, hCats));
      tag[3 * NPREV + p] = this.idOf(nextShapeKey(p, info.hSs));
      tag[4 * NPREV + p] = this.idOf(nextClusterKey(p, hC[1]));
      tag[5 * NPREV + p] = gazCats === undefined ? -1 : this.idOf(nextGazetteerKey(p, hCats));
    }
    const cased = !boundary && lower !== word.toUpperCase();
    const allCaps = !boundary && isAllCaps(word);
    const initCap = !boundary && isInitCap(word);
    const gaz = this.res.gazetteer;
    // One literal with every field in a fixed order (no spread): all entries share a hidden class.
    return {
      word,
      lower,
      boundary,
      hW: info.hW,
      hL: info.hL,
      hS: info.hS,
      hSs: info.hSs,
      hC,
      low: this.lowerState(lower),
      quote: word === '"',
      type: Int32Array.from(ids),
      typeAt,
      tag,
      state: [],
      casingBit: initCap && !allCaps ? 1 : word === lower && cased ? 2 : 0,
      allCaps,
      cased,
      capitalised: initCap || allCaps,
      cats: boundary ? null : categories(gaz.get(lower)),
      continues: !boundary && gaz.continues(lower),
      vec: null,
      trans: null,
      histShape: null,
    };
  }
}
