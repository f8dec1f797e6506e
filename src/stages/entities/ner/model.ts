/**
 * The trained NER model: hashed feature keys (templates.ts) and averaged-perceptron weights for
 * up to three passes: pass 1 (left to right), pass 2 (adds document-history features over pass
 * 1's predictions) and, when present, a right-to-left pass 1 whose tags pass 2 also reads.
 * File `models/ner/model.bin`: u32 header length, header JSON (padded to 4 bytes), the feature
 * keys as int32, then per pass the weights as int16 [feature][tag] (scaled by header.scale).
 * At load the keys go into an open-addressing table (key → row) and the weights into one
 * Float32Array with each row's weights of the passes side by side (ROW floats).
 */
import fs from 'node:fs';
import { AscribeError } from '../../../core/errors.js';
import { modelPath } from '../../../core/paths.js';
import { loadResources, type Resources } from './resources.js';
import { NTAGS as TAG_COUNT } from './templates.js';

const NTAGS: number = TAG_COUNT;
/** Most passes a model has: pass 1, pass 2, right-to-left pass 1 (in this order in model.bin and in a row). */
export const MAX_PASSES = 3;
/** Floats per weight row: pass-1 tags, pass-2 tags, right-to-left pass-1 tags. */
export const ROW = MAX_PASSES * TAG_COUNT;

/** Feature key → row, by linear probing; keys are never 0, so 0 marks an empty slot. */
export class FeatureTable {
  private readonly keys: Int32Array;
  private readonly rows: Int32Array;
  private readonly mask: number;

  constructor(keys: Int32Array) {
    let size = 1024;
    while (size < keys.length * 2) size *= 2;
    this.keys = new Int32Array(size);
    this.rows = new Int32Array(size);
    this.mask = size - 1;
    for (let r = 0; r < keys.length; r++) {
      let slot = keys[r] & this.mask;
      while (this.keys[slot] !== 0) slot = (slot + 1) & this.mask;
      this.keys[slot] = keys[r];
      this.rows[slot] = r;
    }
  }

  /** Row of `key`, or -1. */
  readonly idOf = (key: number): number => {
    const keys = this.keys;
    const mask = this.mask;
    let slot = key & mask;
    for (;;) {
      const k = keys[slot];
      if (k === key) return this.rows[slot];
      if (k === 0) return -1;
      slot = (slot + 1) & mask;
    }
  };
}

export interface NerModel {
  table: FeatureTable;
  /** weights[row · ROW + pass · NTAGS + tag]. */
  weights: Float32Array;
  passes: number;
  /** Pass 2 was trained as a structured perceptron and decodes with Viterbi (tagger.ts). */
  viterbi: boolean;
  res: Resources;
}

interface Header {
  version: 2;
  features: number;
  passes: number;
  scale: number;
  /** Absent in older models: greedy pass 2. */
  viterbi?: boolean;
}

/** `passes[p]`: weights[feature · NTAGS + tag] of pass p, for the features `keys`. */
export function encodeModel(keys: ArrayLike<number>, passes: readonly Float32Array[], viterbi = false): Buffer {
  let maxAbs = 1e-9;
  for (const w of passes) for (let i = 0; i < w.length; i++) maxAbs = Math.max(maxAbs, Math.abs(w[i]));
  const scale = 32000 / maxAbs;
  const header: Header = { version: 2, features: keys.length, passes: passes.length, scale, ...(viterbi ? { viterbi } : {}) };
  let h = Buffer.from(JSON.stringify(header), 'utf8');
  h = Buffer.concat([h, Buffer.alloc((4 - ((4 + h.length) % 4)) % 4, 0x20)]);
  const len = Buffer.alloc(4);
  len.writeUInt32LE(h.length, 0);
  const k = Buffer.from(Int32Array.from(keys).buffer);
  const ws = passes.map((w) => Buffer.from(Int16Array.from(w, (v) => Math.round(v * scale)).buffer));
  return Buffer.concat([len, h, k, ...ws]);
}

export function decodeModel(buf: Buffer, res: Resources): NerModel {
  const hlen = buf.readUInt32LE(0);
  const header = JSON.parse(buf.toString('utf8', 4, 4 + hlen)) as Header;
  if (header.version !== 2) throw new Error(`models/ner/model.bin: unsupported version ${header.version}; run npm run train:ner`);
  const n = header.features;
  // Copy into an aligned buffer: typed-array views need 4-byte alignment.
  const body = new Uint8Array(buf.length - 4 - hlen);
  body.set(buf.subarray(4 + hlen));
  const keys = new Int32Array(body.buffer, 0, n);
  const weights = new Float32Array(n * ROW);
  const inv = 1 / header.scale;
  for (let p = 0; p < header.passes && p < MAX_PASSES; p++) {
    const q = new Int16Array(body.buffer, 4 * n + 2 * p * n * NTAGS, n * NTAGS);
    for (let f = 0, o = p * NTAGS, i = 0; f < n; f++, o += ROW) for (let t = 0; t < NTAGS; t++, i++) weights[o + t] = q[i] * inv;
  }
  return { table: new FeatureTable(keys), weights, passes: Math.min(header.passes, MAX_PASSES), viterbi: header.viterbi === true, res };
}

let cached: NerModel | undefined;

/** The committed model, loaded once. A missing model is an error, never silent all-O tagging. */
export function loadNerModel(): NerModel {
  if (cached) return cached;
  const file = modelPath('ner', 'model.bin');
  try {
    cached = decodeModel(fs.readFileSync(file), loadResources());
  } catch {
    throw new AscribeError('E_MODEL', file, 'npm run train:ner');
  }
  return cached;
}
