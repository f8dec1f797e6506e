/**
 * The learned attribution model: a cue classifier and a cue-conditioned span tagger (tags O /
 * source / content), both averaged perceptrons (train/quotes/train.ts). Stored compiled
 * (models/quotes/model.bin, model-file.ts): features as integer keys (feature-ids.ts) with Int16
 * weights, so loading is a few typed-array copies and scoring a hash probe per feature.
 */
import fs from 'node:fs';
import { modelPath } from '../../core/paths.js';
import { FeatureCompiler } from './feature-ids.js';
import { IdTable } from './id-table.js';
import { readModelFile } from './model-file.js';

export const TAGS = 3;
export const O = 0;
export const S = 1;
export const C = 2;

/** The model as the trainer produces it: feature strings (features.ts) and their weights. */
export interface ModelJson {
  /** Cue candidate words and their lexicon probability of heading a cue. */
  cands: Record<string, number>;
  /** Feature names joined by newlines; weights x 100 as little-endian Int16, base64. */
  cue: { f: string; w: string; threshold: number };
  /** Span weights, TAGS per feature. */
  span: { f: string; w: string };
  /** (TAGS + 1) x TAGS transition weights: row TAGS is the start state. */
  trans: number[];
  /** Tokens either side of a cue that the tagger looks at. */
  left: number;
  right: number;
}

/** The compiled model, as stored in model.bin. Keys are (tid, a, b) triples; weights x WEIGHT_SCALE. */
export interface ModelData {
  cands: Record<string, number>;
  threshold: number;
  trans: number[];
  left: number;
  right: number;
  /** Word id i + 1 is vocab[i]; 0 is any other word. */
  vocab: string[];
  cueKeys: Int32Array;
  cueW: Int16Array;
  /** TAGS weights per key. */
  spanKeys: Int32Array;
  spanW: Int16Array;
  /** Span features with no word or class slot (the cue-relation tuples), by name. */
  misc: string[];
  miscW: Int16Array;
}

/** Weights are stored x 100 as Int16 (two decimals are plenty for perceptron weights). */
export const WEIGHT_SCALE = 100;

export function encodeWeights(ws: ArrayLike<number>): string {
  const a = new Int16Array(ws.length);
  for (let i = 0; i < ws.length; i++) a[i] = Math.max(-32768, Math.min(32767, Math.round(ws[i] * WEIGHT_SCALE)));
  return Buffer.from(a.buffer).toString('base64');
}

function decodeInt16(b64: string): Int16Array {
  const buf = Buffer.from(b64, 'base64');
  const out = new Int16Array(buf.length >> 1);
  for (let i = 0; i < out.length; i++) out[i] = buf.readInt16LE(i * 2);
  return out;
}

/** A plain loop: Float32Array.from with a map function is several times slower on a cold start. */
function toFloat(a: Int16Array): Float32Array {
  const out = new Float32Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i] / WEIGHT_SCALE;
  return out;
}

/** Feature strings to keys (run when the model is written, not when it is loaded). */
export function compileModel(json: ModelJson): ModelData {
  const cands = new Map(Object.entries(json.cands));
  const fc = new FeatureCompiler(cands);
  const cueKeys: number[] = [];
  const cueW: number[] = [];
  const cw = decodeInt16(json.cue.w);
  json.cue.f.split('\n').forEach((f, i) => {
    const k = fc.cue(f);
    for (let j = 0; j < k.length; j += 3) {
      cueKeys.push(k[j], k[j + 1], k[j + 2]);
      cueW.push(cw[i]);
    }
  });
  const spanKeys: number[] = [];
  const spanW: number[] = [];
  const misc: string[] = [];
  const miscW: number[] = [];
  const sw = decodeInt16(json.span.w);
  json.span.f.split('\n').forEach((f, i) => {
    const w = [sw[i * TAGS], sw[i * TAGS + 1], sw[i * TAGS + 2]];
    const k = fc.span(f);
    if (!k) {
      misc.push(f);
      miscW.push(...w);
      return;
    }
    for (let j = 0; j < k.length; j += 3) {
      spanKeys.push(k[j], k[j + 1], k[j + 2]);
      spanW.push(...w);
    }
  });
  return {
    cands: json.cands,
    threshold: json.cue.threshold,
    trans: json.trans,
    left: json.left,
    right: json.right,
    vocab: [...fc.vocab.keys()],
    cueKeys: Int32Array.from(cueKeys),
    cueW: Int16Array.from(cueW),
    spanKeys: Int32Array.from(spanKeys),
    spanW: Int16Array.from(spanW),
    misc,
    miscW: Int16Array.from(miscW),
  };
}

/** Template and first id packed into one non-negative int32 (templates < 32). */
const key1 = (tid: number, a: number) => a * 32 + tid;

/** (tid, a, b) triples as the (key1, b) pairs the hash table takes. */
function pairs(triples: Int32Array): Int32Array {
  const out = new Int32Array((triples.length / 3) * 2);
  for (let r = 0, j = 0; j < triples.length; r += 2, j += 3) {
    out[r] = key1(triples[j], triples[j + 1]);
    out[r + 1] = triples[j + 2];
  }
  return out;
}

export class QuoteModel {
  readonly cands: Map<string, number>;
  /** Word ids of the vocabulary (0: any other word). */
  readonly vocab: Map<string, number>;
  /** Per word id: lexicon probability when the word is a cue candidate, else NaN. */
  readonly candP: Float64Array;
  /** Per word id: the id of its last three characters (the cue classifier's suffix feature). */
  readonly suffix: Int32Array;
  readonly bosWord: number;
  readonly eosWord: number;
  readonly cueThreshold: number;
  private readonly strongW: Uint8Array;
  private readonly cueTable: IdTable;
  private readonly cueW: Float32Array;
  private readonly spanTable: IdTable;
  private readonly spanW: Float32Array;
  private readonly miscIdx = new Map<string, number>();
  private readonly miscW: Float32Array;
  readonly trans: Float32Array;
  readonly left: number;
  readonly right: number;

  constructor(d: ModelData) {
    this.cands = new Map(Object.entries(d.cands));
    this.vocab = new Map();
    for (let i = 0; i < d.vocab.length; i++) this.vocab.set(d.vocab[i], i + 1);
    const nv = d.vocab.length + 1;
    this.candP = new Float64Array(nv).fill(NaN);
    this.suffix = new Int32Array(nv);
    this.strongW = new Uint8Array(nv);
    for (const [w, p] of this.cands) {
      const id = this.vocab.get(w);
      if (id === undefined) continue;
      this.candP[id] = p;
      this.strongW[id] = p >= 0.3 ? 1 : 0;
      this.suffix[id] = this.vocab.get(w.slice(-3)) ?? 0;
    }
    this.bosWord = this.vocab.get('<s>') ?? 0;
    this.eosWord = this.vocab.get('</s>') ?? 0;
    this.cueThreshold = d.threshold;
    this.cueTable = new IdTable(pairs(d.cueKeys));
    this.cueW = toFloat(d.cueW);
    this.spanTable = new IdTable(pairs(d.spanKeys));
    this.spanW = toFloat(d.spanW);
    d.misc.forEach((f, i) => this.miscIdx.set(f, i));
    this.miscW = toFloat(d.miscW);
    this.trans = Float32Array.from(d.trans);
    this.left = d.left;
    this.right = d.right;
  }

  /** Strong cue words count as boundaries for the tagger ("X said ... Y told"). */
  readonly strongCue = (w: string, id?: number): boolean => (id !== undefined ? this.strongW[id] === 1 : (this.cands.get(w) ?? 0) >= 0.3);

  /** Weight of one cue feature (0 when the model has none). */
  cueWeight(tid: number, a: number, b: number): number {
    const r = this.cueTable.get(key1(tid, a), b);
    return r < 0 ? 0 : this.cueW[r];
  }

  /** Row of one keyed span feature, or -1. */
  spanRow(tid: number, a: number, b: number): number {
    return this.spanTable.get(key1(tid, a), b);
  }

  /** Adds the span weights of one keyed feature to out[off .. off + TAGS). */
  addSpan(tid: number, a: number, b: number, out: Float32Array, off: number): void {
    this.addRow(this.spanTable.get(key1(tid, a), b), out, off);
  }

  /** Adds the weights of a span row (none for -1) to out[off .. off + TAGS). */
  addRow(r: number, out: Float32Array, off: number): void {
    if (r < 0) return;
    const w = r * TAGS;
    out[off] += this.spanW[w];
    out[off + 1] += this.spanW[w + 1];
    out[off + 2] += this.spanW[w + 2];
  }

  /** Adds the span weights of features with no keyed template (tuple features), by name. */
  addMisc(feats: string[], out: Float32Array, off: number): void {
    for (const f of feats) {
      const i = this.miscIdx.get(f);
      if (i === undefined) continue;
      const b = i * TAGS;
      out[off] += this.miscW[b];
      out[off + 1] += this.miscW[b + 1];
      out[off + 2] += this.miscW[b + 2];
    }
  }
}

let cached: QuoteModel | null | undefined;

/** The committed model, or null when it is missing or unreadable (the stage then uses its rules alone). */
export function quoteModel(): QuoteModel | null {
  if (cached !== undefined) return cached;
  try {
    cached = loadQuoteModel();
  } catch {
    cached = null;
  }
  return cached;
}

export const MODEL_FILE = 'model.bin';

/** Reads the committed model from disk, uncached (throws when it is missing or unreadable). */
export function loadQuoteModel(): QuoteModel {
  return new QuoteModel(readModelFile(fs.readFileSync(modelPath('quotes', MODEL_FILE))));
}

/**
 * Best tag sequence over scores[k * TAGS + tag] for k in [0, n) under first-order transitions.
 * Tokens with forced[k] set can only be O (the cue itself).
 */
export function viterbi(scores: Float32Array, n: number, trans: Float32Array, forced: (k: number) => boolean): Uint8Array {
  const out = new Uint8Array(n);
  if (n === 0) return out;
  const delta = new Float64Array(n * TAGS);
  const back = new Uint8Array(n * TAGS);
  for (let k = 0; k < n; k++) {
    const f = forced(k);
    for (let t = 0; t < TAGS; t++) {
      let best = -Infinity;
      let arg = 0;
      if (k === 0) best = trans[TAGS * TAGS + t];
      else
        for (let p = 0; p < TAGS; p++) {
          const v = delta[(k - 1) * TAGS + p] + trans[p * TAGS + t];
          if (v > best) {
            best = v;
            arg = p;
          }
        }
      delta[k * TAGS + t] = f && t !== O ? -1e9 : best + scores[k * TAGS + t];
      back[k * TAGS + t] = arg;
    }
  }
  let t = 0;
  for (let u = 1; u < TAGS; u++) if (delta[(n - 1) * TAGS + u] > delta[(n - 1) * TAGS + t]) t = u;
  for (let k = n - 1; k >= 0; k--) {
    out[k] = t;
    t = back[k * TAGS + t];
  }
  return out;
}
