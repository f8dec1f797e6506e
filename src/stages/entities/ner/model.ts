/**
 * The trained NER model: feature strings and averaged-perceptron weights for two passes
 * (pass 2 adds document-history features over pass 1's predictions).
 * File `models/ner/model.bin`: u32 header length, header JSON, feature strings joined by "\n",
 * then per pass and feature a u16 mask of non-zero tags followed by those weights as int16.
 */
import fs from 'node:fs';
import { modelPath } from '../../../core/paths.js';
import { NTAGS as TAG_COUNT } from './features.js';

const NTAGS: number = TAG_COUNT;
import { loadResources, type Resources } from './resources.js';

export interface NerModel {
  index: Map<string, number>;
  /** Per pass: weights[feature * NTAGS + tag]. */
  passes: Float32Array[];
  res: Resources;
}

interface Header {
  version: 1;
  features: number;
  passes: number;
  scale: number;
  textBytes: number;
}

export function encodeModel(features: readonly string[], passes: readonly Float32Array[]): Buffer {
  let maxAbs = 1e-9;
  for (const w of passes) for (let i = 0; i < w.length; i++) maxAbs = Math.max(maxAbs, Math.abs(w[i]));
  const scale = 32000 / maxAbs;
  const text = Buffer.from(features.join('\n'), 'utf8');
  const chunks: Buffer[] = [];
  for (const w of passes) {
    const buf = Buffer.alloc(features.length * (2 + 2 * NTAGS));
    let o = 0;
    for (let f = 0; f < features.length; f++) {
      let mask = 0;
      const q: number[] = [];
      for (let t = 0; t < NTAGS; t++) {
        const v = Math.round(w[f * NTAGS + t] * scale);
        if (v !== 0) {
          mask |= 1 << t;
          q.push(v);
        }
      }
      o = buf.writeUInt16LE(mask, o);
      for (const v of q) o = buf.writeInt16LE(v, o);
    }
    chunks.push(buf.subarray(0, o));
  }
  const header: Header = { version: 1, features: features.length, passes: passes.length, scale, textBytes: text.length };
  const h = Buffer.from(JSON.stringify(header), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(h.length, 0);
  return Buffer.concat([len, h, text, ...chunks]);
}

export function decodeModel(buf: Buffer, res: Resources): NerModel {
  const hlen = buf.readUInt32LE(0);
  const header = JSON.parse(buf.toString('utf8', 4, 4 + hlen)) as Header;
  let o = 4 + hlen;
  const names = buf.toString('utf8', o, o + header.textBytes).split('\n');
  o += header.textBytes;
  const index = new Map<string, number>();
  for (let i = 0; i < names.length; i++) index.set(names[i], i);
  const inv = 1 / header.scale;
  const passes: Float32Array[] = [];
  for (let p = 0; p < header.passes; p++) {
    const w = new Float32Array(header.features * NTAGS);
    for (let f = 0; f < header.features; f++) {
      const mask = buf.readUInt16LE(o);
      o += 2;
      for (let t = 0; t < NTAGS; t++) {
        if (mask & (1 << t)) {
          w[f * NTAGS + t] = buf.readInt16LE(o) * inv;
          o += 2;
        }
      }
    }
    passes.push(w);
  }
  return { index, passes, res };
}

let cached: NerModel | null | undefined;

/** The committed model, loaded once; null when no model has been trained yet. */
export function loadNerModel(): NerModel | null {
  if (cached !== undefined) return cached;
  const file = modelPath('ner', 'model.bin');
  cached = fs.existsSync(file) ? decodeModel(fs.readFileSync(file), loadResources()) : null;
  return cached;
}
