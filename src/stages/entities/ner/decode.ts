/** Scoring and greedy-decoding helpers shared by training and inference: IOB2 constraints, argmax, weight sums. */
import { NTAGS as TAG_COUNT, START as START_TAG } from './templates.js';

// Module-local copies: hot loops must not go through imported bindings (getters under some loaders).
const NTAGS: number = TAG_COUNT;
const START: number = START_TAG;

/** I-X may only follow B-X or I-X. */
export function allowed(prev: number, tag: number): boolean {
  if (tag === 0 || tag % 2 === 1) return true;
  return prev === tag || prev === tag - 1;
}

/** The best tag allowed after `prev`, among scores[offset .. offset + NTAGS). */
export function argmax(scores: Float64Array, prev: number, offset = 0): number {
  let best = 0;
  let bestScore = -Infinity;
  const p = prev === START ? 0 : prev;
  for (let t = 0; t < NTAGS; t++) {
    if (!allowed(p, t)) continue;
    if (scores[offset + t] > bestScore) {
      bestScore = scores[offset + t];
      best = t;
    }
  }
  return best;
}

/** scores[t] += Σ w[id · NTAGS + t] over ids[from .. to) (negative ids skipped). Training layout. */
export function addIds(w: Float32Array, ids: ArrayLike<number>, from: number, to: number, scores: Float64Array): void {
  const limit = w.length;
  for (let k = from; k < to; k++) {
    const b = ids[k] * NTAGS;
    if (b < 0 || b >= limit) continue;
    for (let t = 0; t < NTAGS; t++) scores[t] += w[b + t];
  }
}

if (NTAGS !== 9) throw new Error('the tagger is unrolled for 9 tags');
