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

/**
 * IOB2 → IOE2 over the same tag indices: B-X (odd) marks an entity's last token ("E-X"), I-X
 * (even) any other token of it. Decoded right to left, IOE2 obeys allowed() exactly as IOB2 does
 * left to right.
 */
export function ioeFromIob(tags: readonly number[]): number[] {
  return tags.map((t, i) => {
    if (t === 0) return 0;
    const inside = t % 2 === 1 ? t + 1 : t; // I-X of the same type
    return i + 1 < tags.length && tags[i + 1] === inside ? inside : inside - 1;
  });
}

/** IOE2 → IOB2 (inverse of ioeFromIob). */
export function iobFromIoe(tags: readonly number[]): number[] {
  return tags.map((t, i) => {
    if (t === 0) return 0;
    const inside = t % 2 === 1 ? t + 1 : t;
    // Continues an entity when the previous token has the same type and is not its last token.
    return i > 0 && tags[i - 1] === inside ? inside : inside - 1;
  });
}

/** Tag-transition features per token for Viterbi: the previous tag alone and with the shape, cluster, gazetteer categories. */
export const TRANSITION_FEATURES = 4;

let delta = new Float64Array(256 * TAG_COUNT);
let from = new Uint8Array(256 * TAG_COUNT);

/**
 * First-order Viterbi over IOB2 tags: obs[i·NTAGS + t] is token i's score for tag t, and
 * transAt(i)[p·NTAGS + t] the score of tag t after tag p (p = START before token 0). Writes the
 * best legal path to `path`.
 */
export function viterbi(n: number, obs: ArrayLike<number>, transAt: (i: number) => ArrayLike<number>, path: number[] | Uint8Array): void {
  if (n === 0) return;
  if (delta.length < n * NTAGS) {
    delta = new Float64Array(2 * n * NTAGS);
    from = new Uint8Array(2 * n * NTAGS);
  }
  delta.fill(-Infinity, 0, n * NTAGS);
  let tr = transAt(0);
  for (let t = 0; t < NTAGS; t++) if (allowed(0, t)) delta[t] = obs[t] + tr[START * NTAGS + t];
  for (let i = 1; i < n; i++) {
    const b = i * NTAGS;
    tr = transAt(i);
    for (let p = 0; p < NTAGS; p++) {
      const dp = delta[b - NTAGS + p];
      if (dp === -Infinity) continue;
      for (let t = 0; t < NTAGS; t++) {
        if (!allowed(p, t)) continue;
        const v = dp + obs[b + t] + tr[p * NTAGS + t];
        if (v > delta[b + t]) {
          delta[b + t] = v;
          from[b + t] = p;
        }
      }
    }
  }
  let best = 0;
  const last = (n - 1) * NTAGS;
  for (let t = 1; t < NTAGS; t++) if (delta[last + t] > delta[last + best]) best = t;
  for (let i = n - 1; i >= 0; i--) {
    path[i] = best;
    best = from[i * NTAGS + best];
  }
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
