/**
 * Turns a document's sentences into feature ids. The templates live in templates.ts and the
 * per-word caches in words.ts; this file adds what depends on the context: document casing,
 * headlines, quotes, bigrams with the neighbours, gazetteer phrases, pass-2 history.
 * Training reads flat id lists (allIds); inference (tagger.ts) sums weights from the parts.
 */
import { gazetteerMarks } from './gazetteer.js';
import { capitalisedRuns, RUN_KEYS } from './runs.js';
import { type Resources } from './resources.js';
import {
  bigramAfter,
  bigramBefore,
  gazetteerKeys,
  headlineHistoryKey,
  HIST_BOS,
  HIST_EOS,
  historyAfterKey,
  historyBeforeKey,
  historyKey,
  historyInsideKey,
  historyShapeKey,
  historyShareKey,
  NTAGS,
  stackedBackTagKey,
  stackedTagKey,
  nextPairKey,
  nextTagKey,
  NPREV,
  prevTagKey,
  shapesAfter,
  shapesBefore,
  shapeWordAfter,
  stateKeys,
  tagPairKey,
  wordShapeBefore,
} from './templates.js';
import { WordCache, type IdOf, type WordEntry } from './words.js';

/** Document facts shared by all its sentences. */
export interface DocContext {
  /** Word entries of all tokens, sentence after sentence; sentence s is [starts[s], starts[s + 1]). */
  entries: WordEntry[];
  starts: Int32Array;
  /** Per sentence: 1 when it is a headline (its cased words nearly all upper case). */
  headline: Uint8Array;
  /** Per token: how its lower-case form is cased mid-sentence outside headlines: 0 never, 1 capitalised, 2 lower case, 3 both. */
  casing: Uint8Array;
}

/** Per token: is it inside a pair of double quotes of its sentence (titles of works, slogans)? */
export function quotedTokens(words: readonly { quote: boolean }[], from: number, to: number, out: Uint8Array): void {
  out.fill(0, 0, to - from);
  let open = -1;
  for (let i = from; i < to; i++) {
    if (!words[i].quote) continue;
    if (open < 0) open = i;
    else {
      out.fill(1, open + 1 - from, i - from);
      open = -1;
    }
  }
}

/** A growable Int32Array. */
class IntBuffer {
  data = new Int32Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const d = new Int32Array(this.data.length * 2);
      d.set(this.data);
      this.data = d;
    }
    this.data[this.length++] = v;
  }
}

export class Featurizer {
  readonly words: WordCache;
  /** Ids of the previous-tag features, by previous tag, and of tag pairs at prev2·NPREV + prev1. */
  readonly prevIds: Int32Array;
  readonly pairIds: Int32Array;
  /** The same for the right-to-left pass 1: by next tag, and next pair at next2·NPREV + next1. */
  readonly nextIds: Int32Array;
  readonly nextPairIds: Int32Array;
  private readonly histIds: Int32Array;
  private readonly headHistIds: Int32Array;
  private readonly histBefore: Int32Array;
  private readonly histAfter: Int32Array;
  private readonly shareIds: Int32Array;
  private readonly insideIds: Int32Array;
  private readonly stackIds: Int32Array;
  private readonly backStackIds: Int32Array;

  // The loaded sentence (load()): padded entries, ents[i + 2] is token i; state ids; context ids.
  n = 0;
  /** Index of the loaded sentence's first token in the document. */
  from = 0;
  headline = false;
  readonly ents: WordEntry[] = [];
  readonly state: Int32Array[] = [];
  private readonly extraBuf = new IntBuffer();
  /** Context ids (bigrams, gazetteer) of token i: extra[extraAt[i] .. extraAt[i + 1]). */
  get extra(): Int32Array {
    return this.extraBuf.data;
  }
  extraAt = new Int32Array(256);
  private quoted = new Uint8Array(256);
  private readonly marks: (number[] | null)[] = [];
  /** Capitalised-run keys of token i at [RUN_KEYS·i, RUN_KEYS·(i + 1)) (runs.ts); 0: none. */
  private readonly runKeys: number[] = [];
  private readonly keys: number[] = [];
  /** Marks LowerStates as belonging to the current document (casing) or history computation. */
  private stamp = 0;

  constructor(
    private readonly res: Resources,
    readonly idOf: IdOf,
  ) {
    this.words = new WordCache(res, idOf);
    this.prevIds = Int32Array.from({ length: NPREV }, (_, p) => idOf(prevTagKey(p)));
    this.pairIds = Int32Array.from({ length: NPREV * NPREV }, (_, k) => idOf(tagPairKey(Math.floor(k / NPREV), k % NPREV)));
    this.nextIds = Int32Array.from({ length: NPREV }, (_, p) => idOf(nextTagKey(p)));
    this.nextPairIds = Int32Array.from({ length: NPREV * NPREV }, (_, k) => idOf(nextPairKey(Math.floor(k / NPREV), k % NPREV)));
    const hv = HIST_EOS + 1;
    this.histIds = Int32Array.from({ length: hv }, (_, v) => idOf(historyKey(v)));
    this.headHistIds = Int32Array.from({ length: hv }, (_, v) => idOf(headlineHistoryKey(v)));
    this.histBefore = Int32Array.from({ length: hv }, (_, v) => idOf(historyBeforeKey(v)));
    this.histAfter = Int32Array.from({ length: hv }, (_, v) => idOf(historyAfterKey(v)));
    this.shareIds = Int32Array.from({ length: 20 }, (_, k) => idOf(historyShareKey(k >> 2, k & 3)));
    this.stackIds = Int32Array.from({ length: 4 * (NTAGS + 1) }, (_, k) => idOf(stackedTagKey(Math.floor(k / (NTAGS + 1)) - 1, k % (NTAGS + 1))));
    this.backStackIds = Int32Array.from({ length: 4 * (NTAGS + 1) }, (_, k) => idOf(stackedBackTagKey(Math.floor(k / (NTAGS + 1)) - 2, k % (NTAGS + 1))));
    this.insideIds = Int32Array.from({ length: 4 }, (_, k) => idOf(historyInsideKey(k)));
  }

  docContext(sentences: readonly (readonly string[])[]): DocContext {
    this.words.trim();
    const starts = new Int32Array(sentences.length + 1);
    const entries: WordEntry[] = [];
    const headline = new Uint8Array(sentences.length);
    const stamp = ++this.stamp;
    for (let s = 0; s < sentences.length; s++) {
      const words = sentences[s];
      starts[s] = entries.length;
      let cased = 0;
      let caps = 0;
      for (let i = 0; i < words.length; i++) {
        const e = this.words.get(words[i]);
        entries.push(e);
        if (e.cased) cased++;
        if (e.allCaps) caps++;
      }
      if (cased >= 2 && caps >= cased * 0.8) {
        headline[s] = 1;
        continue;
      }
      for (let i = starts[s] + 1; i < entries.length; i++) {
        const e = entries[i];
        if (!e.casingBit) continue;
        const low = e.low;
        if (low.casingStamp !== stamp) {
          low.casingStamp = stamp;
          low.casing = 0;
        }
        low.casing |= e.casingBit;
      }
    }
    starts[sentences.length] = entries.length;
    const casing = new Uint8Array(entries.length);
    for (let i = 0; i < entries.length; i++) {
      const low = entries[i].low;
      if (low.casingStamp === stamp) casing[i] = low.casing;
    }
    return { entries, starts, headline, casing };
  }

  /** Loads the entries of sentence `s` (enough for historyIds). */
  loadEntries(ctx: DocContext, s: number): void {
    const from = ctx.starts[s];
    this.from = from;
    const n = ctx.starts[s + 1] - from;
    this.n = n;
    this.headline = ctx.headline[s] === 1;
    const ents = this.ents;
    ents.length = n + 4;
    ents[0] = ents[1] = this.words.bos;
    for (let i = 0; i < n; i++) ents[i + 2] = ctx.entries[from + i];
    ents[n + 2] = ents[n + 3] = this.words.eos;
  }

  /** Loads sentence `s` of the document: fills ents, state, extra and extraAt. */
  load(ctx: DocContext, s: number): void {
    this.loadEntries(ctx, s);
    const n = this.n;
    const ents = this.ents;
    if (this.quoted.length < n) this.quoted = new Uint8Array(n * 2);
    if (this.extraAt.length < n + 1) this.extraAt = new Int32Array(n * 2 + 1);
    quotedTokens(ents, 2, n + 2, this.quoted);
    gazetteerMarks(ents, 2, n + 2, this.res.gazetteer, this.marks);
    const extra = this.extraBuf;
    extra.length = 0;
    const state = this.state;
    state.length = n;
    const headline = this.headline;
    if (!headline) capitalisedRuns(ents, n, this.runKeys);
    const keys = this.keys;
    const idOf = this.idOf;
    for (let i = 0; i < n; i++) {
      const prev = ents[i + 1];
      const e = ents[i + 2];
      const next = ents[i + 3];
      const casing = ctx.casing[this.from + i];
      const quoted = this.quoted[i] === 1;
      const si = casing * 8 + (quoted ? 4 : 0) + (headline ? 2 : 0) + (i === 0 ? 1 : 0);
      let st = e.state[si];
      if (!st) {
        const ids: number[] = [];
        for (const k of stateKeys(e, casing, headline, i === 0, quoted)) {
          const id = idOf(k);
          if (id >= 0) ids.push(id);
        }
        e.state[si] = st = Int32Array.from(ids);
      }
      state[i] = st;
      this.extraAt[i] = extra.length;
      keys.length = 0;
      keys.push(bigramBefore(prev, e), wordShapeBefore(prev, e), bigramAfter(e, next), shapeWordAfter(e, next), shapesBefore(prev, e), shapesAfter(e, next));
      const g = this.marks[i];
      const gp = i > 0 ? this.marks[i - 1] : null;
      const gn = i + 1 < n ? this.marks[i + 1] : null;
      if (g || gp || gn) gazetteerKeys(g, gp, gn, e.hSs, keys);
      if (!headline) for (let r = RUN_KEYS * i; r < RUN_KEYS * (i + 1); r++) if (this.runKeys[r] !== 0) keys.push(this.runKeys[r]);
      for (let k = 0; k < keys.length; k++) {
        const id = idOf(keys[k]);
        if (id >= 0) extra.push(id);
      }
    }
    this.extraAt[n] = extra.length;
  }

  /** Training: all pass-1 ids of the loaded sentence's tokens, flat; token i is ids[at[i] .. at[i + 1]). */
  allIds(): { ids: Int32Array; at: Int32Array } {
    const out = new IntBuffer();
    const at = new Int32Array(this.n + 1);
    for (let i = 0; i < this.n; i++) {
      at[i] = out.length;
      for (let k = 0; k < 5; k++) {
        const e = this.ents[i + k];
        for (let j = e.typeAt[k]; j < e.typeAt[k + 1]; j++) out.push(e.type[j]);
      }
      for (const id of this.state[i]) out.push(id);
      for (let j = this.extraAt[i]; j < this.extraAt[i + 1]; j++) out.push(this.extra[j]);
    }
    at[this.n] = out.length;
    return { ids: out.data.slice(0, out.length), at };
  }

  /**
   * Pass-2 history per token, packed: bits 0–2 index into HISTORY_VALUES the type pass 1 gave the
   * token's lower-case form most often where capitalised (ties prefer an entity type over O; 0
   * when it never occurs capitalised); bits 3–12 the share of each class (O, PER, ORG, LOC,
   * MISC; 2 bits each, historyShareKey levels); bits 13–16 whether it was ever inside (I-) a
   * PER, ORG, LOC, MISC name; bits 17–20 the token's own pass-1 tag (for stacking); bits 21–24
   * its right-to-left pass-1 tag (IOE2, decode.ts) + 1 (0: none). `tags` / `back`: pass-1 tags of all tokens of
   * the document, left to right / right to left (null: no right-to-left pass).
   */
  history(ctx: DocContext, tags: Uint8Array, back: Uint8Array | null = null): Uint32Array {
    const stamp = ++this.stamp;
    const { entries } = ctx;
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i];
      if (!e.capitalised) continue;
      const low = e.low;
      if (low.historyStamp !== stamp) {
        low.historyStamp = stamp;
        low.counts.fill(0);
      }
      low.counts[tags[i]]++;
    }
    const out = new Uint32Array(entries.length);
    const c = new Int32Array(5);
    for (let i = 0; i < entries.length; i++) {
      out[i] = (tags[i] << 17) | (back ? (back[i] + 1) << 21 : 0);
      const low = entries[i].low;
      if (low.historyStamp !== stamp) continue;
      const t = low.counts;
      c[0] = t[0]; // 0 O, 1 PER, 2 ORG, 3 LOC, 4 MISC
      let total = t[0];
      let inside = 0;
      for (let j = 1; j < 5; j++) {
        c[j] = t[2 * j - 1] + t[2 * j];
        total += c[j];
        if (t[2 * j] > 0) inside |= 1 << (j - 1);
      }
      let best = 0;
      for (let j = 1; j < 5; j++) if (c[j] > c[best] || (c[j] === c[best] && best === 0 && c[j] > 0)) best = j;
      let shares = 0;
      for (let j = 0; j < 5; j++) {
        const level = c[j] === 0 ? 0 : c[j] === total ? 3 : 2 * c[j] >= total ? 2 : 1;
        shares |= level << (2 * j);
      }
      out[i] |= (best + 1) | (shares << 3) | (inside << 13);
    }
    return out;
  }

  /** Pass-2 ids of token i of the loaded sentence, given the document's history (history()). */
  historyIds(i: number, history: Uint32Array, out: number[]): void {
    const e = this.ents[i + 2];
    const at = this.from + i;
    const h = history[at];
    const v = h & 7;
    const before = i > 0 ? history[at - 1] & 7 : HIST_BOS;
    const after = i + 1 < this.n ? history[at + 1] & 7 : HIST_EOS;
    const hs = e.histShape ?? (e.histShape = new Int32Array(HIST_EOS + 1).fill(-2));
    if (hs[v] === -2) hs[v] = this.idOf(historyShapeKey(v, e.hSs));
    out.push(this.histIds[v], hs[v], this.histBefore[before], this.histAfter[after]);
    if (this.headline) out.push(this.headHistIds[v]);
    if (v !== 0) {
      const shares = (h >>> 3) & 1023;
      for (let j = 0; j < 5; j++) {
        const level = (shares >>> (2 * j)) & 3;
        if (level > 0) out.push(this.shareIds[j * 4 + level]);
      }
      const inside = (h >>> 13) & 15;
      for (let j = 0; j < 4; j++) if (inside & (1 << j)) out.push(this.insideIds[j]);
    }
    // Stacking: pass 1's tags of the token and its neighbours (pass 1 saw no tags to the right).
    for (let o = -1; o <= 2; o++) {
      const k = i + o;
      const t = k >= 0 && k < this.n ? (history[at + o] >>> 17) & 15 : NTAGS;
      out.push(this.stackIds[(o + 1) * (NTAGS + 1) + t]);
    }
    // The right-to-left pass's tags of the token and the tokens it had not tagged yet (its left).
    if (((h >>> 21) & 15) === 0) return;
    for (let o = -2; o <= 1; o++) {
      const k = i + o;
      const t = k >= 0 && k < this.n ? ((history[at + o] >>> 21) & 15) - 1 : NTAGS;
      out.push(this.backStackIds[(o + 2) * (NTAGS + 1) + t]);
    }
  }
}
