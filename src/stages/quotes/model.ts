/**
 * The learned attribution model (models/quotes/model.json, written by train/quotes/train.ts):
 * a cue classifier and a cue-conditioned span tagger (tags O / source / content), both averaged
 * perceptrons over the string features of features.ts. Loaded once, lazily.
 */
import fs from 'node:fs';
import { modelPath } from '../../core/paths.js';

export const TAGS = 3;
export const O = 0;
export const S = 1;
export const C = 2;

export interface ModelJson {
  /** Cue candidate words and their lexicon probability of heading a cue. */
  cands: Record<string, number>;
  /** Feature names joined by newlines; weights x 100 as little-endian Int16, base64 (compact, fast to load). */
  cue: { f: string; w: string; threshold: number };
  /** Span weights, TAGS per feature. */
  span: { f: string; w: string };
  /** (TAGS + 1) x TAGS transition weights: row TAGS is the start state. */
  trans: number[];
  /** Tokens either side of a cue that the tagger looks at. */
  left: number;
  right: number;
}

export class QuoteModel {
  readonly cands: Map<string, number>;
  readonly strongCue: (w: string) => boolean;
  private readonly cueIdx = new Map<string, number>();
  private readonly cueW: Float32Array;
  readonly cueThreshold: number;
  private readonly spanIdx = new Map<string, number>();
  private readonly spanW: Float32Array;
  readonly trans: Float32Array;
  readonly left: number;
  readonly right: number;

  constructor(json: ModelJson) {
    this.cands = new Map(Object.entries(json.cands));
    this.strongCue = (w) => (this.cands.get(w) ?? 0) >= 0.3;
    json.cue.f.split('\n').forEach((f, i) => this.cueIdx.set(f, i));
    this.cueW = decodeWeights(json.cue.w);
    this.cueThreshold = json.cue.threshold;
    json.span.f.split('\n').forEach((f, i) => this.spanIdx.set(f, i));
    this.spanW = decodeWeights(json.span.w);
    this.trans = Float32Array.from(json.trans);
    this.left = json.left;
    this.right = json.right;
  }

  cueScore(feats: string[]): number {
    let s = 0;
    for (const f of feats) {
      const i = this.cueIdx.get(f);
      if (i !== undefined) s += this.cueW[i];
    }
    return s;
  }

  /** Adds the span weights of `prefix + f` for each feature to out[off .. off + TAGS). */
  addSpan(feats: string[], prefix: string, out: Float32Array, off: number): void {
    for (const f of feats) {
      const i = this.spanIdx.get(prefix + f);
      if (i === undefined) continue;
      const b = i * TAGS;
      out[off] += this.spanW[b];
      out[off + 1] += this.spanW[b + 1];
      out[off + 2] += this.spanW[b + 2];
    }
  }
}

/** Weights are stored x 100 as Int16 (two decimals are plenty for perceptron weights). */
export const WEIGHT_SCALE = 100;

export function encodeWeights(ws: ArrayLike<number>): string {
  const a = new Int16Array(ws.length);
  for (let i = 0; i < ws.length; i++) a[i] = Math.max(-32768, Math.min(32767, Math.round(ws[i] * WEIGHT_SCALE)));
  return Buffer.from(a.buffer).toString('base64');
}

function decodeWeights(b64: string): Float32Array {
  const buf = Buffer.from(b64, 'base64');
  const out = new Float32Array(buf.length >> 1);
  for (let i = 0; i < out.length; i++) out[i] = buf.readInt16LE(i * 2) / WEIGHT_SCALE;
  return out;
}

let cached: QuoteModel | null | undefined;

/** The committed model, or null when it is missing or unreadable (the stage then uses its rules alone). */
export function quoteModel(): QuoteModel | null {
  if (cached !== undefined) return cached;
  try {
    cached = new QuoteModel(JSON.parse(fs.readFileSync(modelPath('quotes', 'model.json'), 'utf8')) as ModelJson);
  } catch {
    cached = null;
  }
  return cached;
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
