/**
 * Turns sentences into feature ids, fast. The feature templates live in features.ts; this file
 * only caches their ids: everything fixed by one word (type features, shape, cluster, tag
 * features per previous tag, per-state and per-history features) is kept on a per-word entry,
 * and word/shape bigrams are cached by numeric pair keys, so most tokens cost no string work.
 */
import {
  BOUNDARY,
  CASINGS,
  cluster2,
  gazetteerFeatures,
  HISTORY_VALUES,
  historyNeighbourFeature,
  historyWordFeatures,
  isHeadline,
  NTAGS,
  OFFSETS,
  prevTagFeature,
  shapeBigramFeature,
  tagClusterFeature,
  tagPairFeature,
  tagShapeFeature,
  typeFeatures,
  quotedTokens,
  wordBigramFeature,
  wordShapeFeature,
  wordStateFeatures,
  type DocContext,
} from './features.js';
import { gazetteerMarks, type Gazetteer, type Resources } from './resources.js';
import { shortShape } from './shape.js';

/** Previous-tag values: the tags, plus START before the sentence. */
export const NPREV = NTAGS + 1;

interface WordEntry {
  /** Small id for pair keys (reset with the caches). */
  id: number;
  lower: string;
  ss: string;
  ssId: number;
  /** Type-feature ids of this word at each offset of OFFSETS. */
  type: Int32Array[];
  /** Tag-shape ids [0, NPREV) and tag-cluster ids [NPREV, 2·NPREV), by previous tag. */
  tag: Int32Array;
  /** Word-state feature ids, by state (casing·8 + quoted·4 + headline·2 + first), filled lazily. */
  state: (Int32Array | undefined)[];
  /** History word-feature ids, by HISTORY_VALUES index (+ headline offset), filled lazily. */
  hist: (Int32Array | undefined)[];
  /** Pairs with this word on the left: right entry id → ids [bg+, ssl+] of the left token, then [bg-, lss-] of the right token. */
  right: Map<number, Int32Array>;
}

export interface SentenceFeatures {
  entries: WordEntry[];
  /** Per token: its type and context feature ids, as parts (shared arrays, never copied). */
  ids: Int32Array[][];
  headline: boolean;
}

/** Bounds the caches on huge inputs with many distinct words (checked between sentences). */
const CACHE_LIMIT = 200_000;
/** Shape ids stay below this so shape-pair keys are small integers. */
const SHAPE_LIMIT = 1 << 15;

/** Memoises gazetteer look-ups (the same words recur). */
class CachedGazetteer implements Gazetteer {
  private readonly hits = new Map<string, string | undefined>();
  private readonly prefixes = new Map<string, boolean>();
  constructor(private readonly inner: Gazetteer) {}
  get(key: string): string | undefined {
    if (this.hits.has(key)) return this.hits.get(key);
    if (this.hits.size >= CACHE_LIMIT) this.hits.clear();
    const v = this.inner.get(key);
    this.hits.set(key, v);
    return v;
  }
  continues(phrase: string): boolean {
    let v = this.prefixes.get(phrase);
    if (v === undefined) {
      if (this.prefixes.size >= CACHE_LIMIT) this.prefixes.clear();
      this.prefixes.set(phrase, (v = this.inner.continues(phrase)));
    }
    return v;
  }
}

export class Featurizer {
  private words = new Map<string, WordEntry>();
  private shapes = new Map<string, number>();
  private shapePairs = [new Map<number, number>(), new Map<number, number>()];
  private readonly histBefore = new Map<string, number>();
  private readonly histAfter = new Map<string, number>();
  private readonly gazCache = new Map<string, Int32Array>();
  private readonly gaz: Gazetteer;
  private readonly bos: WordEntry;
  private readonly eos: WordEntry;
  /** Ids of T=prev, by previous tag. */
  readonly prevIds: Int32Array;
  /** Ids of TT=prev2|prev1, at prev2·NPREV + prev1. */
  readonly pairIds: Int32Array;

  /** `idOf` maps a feature string to its id, or -1 to drop it. */
  constructor(
    readonly res: Resources,
    readonly idOf: (f: string) => number,
  ) {
    this.gaz = new CachedGazetteer(res.gazetteer);
    this.prevIds = Int32Array.from({ length: NPREV }, (_, p) => idOf(prevTagFeature(p)));
    this.pairIds = Int32Array.from({ length: NPREV * NPREV }, (_, k) => idOf(tagPairFeature(Math.floor(k / NPREV), k % NPREV)));
    this.bos = this.makeEntry(BOUNDARY.BOS, -1);
    this.eos = this.makeEntry(BOUNDARY.EOS, -2);
  }

  private ids(features: readonly string[]): Int32Array {
    const out: number[] = [];
    for (const f of features) {
      const id = this.idOf(f);
      if (id >= 0) out.push(id);
    }
    return Int32Array.from(out);
  }

  private makeEntry(word: string, id: number): WordEntry {
    const boundary = id < 0;
    const lower = boundary ? word : word.toLowerCase();
    const ss = boundary ? word : shortShape(word);
    let ssId = this.shapes.get(ss);
    if (ssId === undefined) this.shapes.set(ss, (ssId = this.shapes.size));
    // Boundary entries keep ids 0 and 1 across cache resets.
    const c2 = boundary ? '-' : cluster2(lower, this.res);
    const tag = new Int32Array(2 * NPREV);
    for (let p = 0; p < NPREV; p++) {
      tag[p] = this.idOf(tagShapeFeature(p, ss));
      tag[NPREV + p] = this.idOf(tagClusterFeature(p, c2));
    }
    const type = OFFSETS.map((o) => this.ids(typeFeatures(word, o, this.res)));
    return { id, lower, ss, ssId, type, tag, state: [], hist: [], right: new Map() };
  }

  private entry(word: string): WordEntry {
    let e = this.words.get(word);
    if (!e) this.words.set(word, (e = this.makeEntry(word, this.words.size)));
    return e;
  }

  /** Pair feature ids of two adjacent words: [bg+, ssl+] for the left token, [bg-, lss-] for the right one. */
  private wordPair(left: WordEntry, right: WordEntry): Int32Array {
    let ids = left.right.get(right.id);
    if (!ids) {
      ids = Int32Array.of(
        this.idOf(wordBigramFeature(1, left.lower, right.lower)),
        this.idOf(wordShapeFeature(1, right.lower, left.ss)),
        this.idOf(wordBigramFeature(-1, left.lower, right.lower)),
        this.idOf(wordShapeFeature(-1, left.lower, right.ss)),
      );
      left.right.set(right.id, ids);
    }
    return ids;
  }

  /** Id of a shape-bigram feature (side -1: for the right token, 1: for the left token). */
  private shapePair(side: -1 | 1, left: WordEntry, right: WordEntry): number {
    const cache = this.shapePairs[side < 0 ? 0 : 1];
    const key = left.ssId * SHAPE_LIMIT + right.ssId;
    let id = cache.get(key);
    if (id === undefined) cache.set(key, (id = this.idOf(shapeBigramFeature(side, left.ss, right.ss))));
    return id;
  }

  /** Gazetteer feature ids of token i, cached by its marks, its neighbours' marks and its shape. */
  private gazetteerIds(gaz: readonly (readonly string[] | null)[], e: WordEntry, i: number): Int32Array {
    const key = `${gaz[i]?.join(' ') ?? ''}|${i > 0 ? gaz[i - 1]?.join(' ') ?? '' : ''}|${i + 1 < gaz.length ? gaz[i + 1]?.join(' ') ?? '' : ''}|${e.ssId}`;
    let ids = this.gazCache.get(key);
    if (!ids) {
      if (this.gazCache.size >= CACHE_LIMIT) this.gazCache.clear();
      this.gazCache.set(key, (ids = this.ids(gazetteerFeatures(gaz, e.ss, i) ?? [])));
    }
    return ids;
  }

  private resetIfLarge(): void {
    if (this.words.size < CACHE_LIMIT && this.shapes.size < SHAPE_LIMIT - 2) return;
    this.words = new Map();
    this.bos.right.clear();
    this.shapes = new Map([
      [this.bos.ss, this.bos.ssId],
      [this.eos.ss, this.eos.ssId],
    ]);
    this.shapePairs = [new Map(), new Map()];
  }

  sentence(words: readonly string[], doc: DocContext): SentenceFeatures {
    this.resetIfLarge();
    const n = words.length;
    const entries = words.map((w) => this.entry(w));
    const headline = isHeadline(words);
    const quoted = quotedTokens(words);
    const gaz = gazetteerMarks(
      entries.map((e) => e.lower),
      this.gaz,
    );
    const ids: Int32Array[][] = [];
    for (let i = 0; i < n; i++) {
      const e = entries[i];
      const prev = i > 0 ? entries[i - 1] : this.bos;
      const next = i + 1 < n ? entries[i + 1] : this.eos;
      const casing = doc.casing.get(e.lower) ?? 'none';
      const stateIndex = CASINGS.indexOf(casing as (typeof CASINGS)[number]) * 8 + (quoted[i] ? 4 : 0) + (headline ? 2 : 0) + (i === 0 ? 1 : 0);
      const state = e.state[stateIndex] ?? (e.state[stateIndex] = this.ids(wordStateFeatures(e.lower, e.ss, casing, headline, i === 0, quoted[i])));
      const g = gaz[i] || (i > 0 && gaz[i - 1]) || (i + 1 < n && gaz[i + 1]) ? this.gazetteerIds(gaz, e, i) : null;
      const extra = new Int32Array(6 + (g ? g.length : 0));
      const before = this.wordPair(prev, e);
      const after = this.wordPair(e, next);
      extra[0] = before[2];
      extra[1] = before[3];
      extra[2] = after[0];
      extra[3] = after[1];
      extra[4] = this.shapePair(-1, prev, e);
      extra[5] = this.shapePair(1, e, next);
      if (g) extra.set(g, 6);
      const p2 = i > 1 ? entries[i - 2] : this.bos;
      const n2 = i + 2 < n ? entries[i + 2] : this.eos;
      ids.push([e.type[2], prev.type[1], next.type[3], p2.type[0], n2.type[4], state, extra]);
    }
    return { entries, ids, headline };
  }

  /** Pass-2 ids: the sentence's ids plus its history features. */
  withHistory(s: SentenceFeatures, history: ReadonlyMap<string, string>): SentenceFeatures {
    const n = s.entries.length;
    const value = s.entries.map((e) => history.get(e.lower) ?? 'none');
    const ids = s.ids.map((parts, i) => {
      const e = s.entries[i];
      const hi = HISTORY_VALUES.indexOf(value[i] as (typeof HISTORY_VALUES)[number]) + (s.headline ? HISTORY_VALUES.length : 0);
      const word = e.hist[hi] ?? (e.hist[hi] = this.ids(historyWordFeatures(e.ss, value[i], s.headline)));
      const around = new Int32Array(2);
      around[0] = this.neighbour(-1, i > 0 ? value[i - 1] : BOUNDARY.BOS);
      around[1] = this.neighbour(1, i + 1 < n ? value[i + 1] : BOUNDARY.EOS);
      return [...parts, word, around];
    });
    return { ...s, ids };
  }

  private neighbour(side: -1 | 1, h: string): number {
    const cache = side < 0 ? this.histBefore : this.histAfter;
    let id = cache.get(h);
    if (id === undefined) cache.set(h, (id = this.idOf(historyNeighbourFeature(side, h))));
    return id;
  }
}
