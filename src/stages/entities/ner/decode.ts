/** Greedy left-to-right decoding with previous-tag features and IOB2 constraints. */
import { NTAGS as TAG_COUNT, START as START_TAG } from './features.js';
import { NPREV as PREV_COUNT, type Featurizer, type SentenceFeatures } from './featurize.js';

// Module-local copies: hot loops must not go through imported bindings (getters under some loaders).
const NTAGS: number = TAG_COUNT;
const START: number = START_TAG;
const NPREV: number = PREV_COUNT;

/** I-X may only follow B-X or I-X. */
export function allowed(prev: number, tag: number): boolean {
  if (tag === 0 || tag % 2 === 1) return true;
  return prev === tag || prev === tag - 1;
}

/** Ids of the tag features of token i given the two previous tags (-1 entries are unknown features). */
export function tagIds(fz: Featurizer, s: SentenceFeatures, i: number, p1: number, p2: number, out: Int32Array): Int32Array {
  const t = s.entries[i].tag;
  out[0] = fz.prevIds[p1];
  out[1] = fz.pairIds[p2 * NPREV + p1];
  out[2] = t[p1];
  out[3] = t[NPREV + p1];
  return out;
}

/** scores[t] += Σ weights of the features `ids` for tag t (ids < 0 skipped). */
export function score(w: Float32Array, ids: Int32Array, scores: Float64Array): void {
  const limit = w.length;
  // Unrolled for the nine tags: this loop is the tagger's hot path.
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
  for (let k = 0; k < ids.length; k++) {
    const b = ids[k] * 9;
    if (b < 0 || b >= limit) continue;
    s0 += w[b];
    s1 += w[b + 1];
    s2 += w[b + 2];
    s3 += w[b + 3];
    s4 += w[b + 4];
    s5 += w[b + 5];
    s6 += w[b + 6];
    s7 += w[b + 7];
    s8 += w[b + 8];
  }
  scores[0] += s0;
  scores[1] += s1;
  scores[2] += s2;
  scores[3] += s3;
  scores[4] += s4;
  scores[5] += s5;
  scores[6] += s6;
  scores[7] += s7;
  scores[8] += s8;
}

if (NTAGS !== 9) throw new Error('score() is unrolled for 9 tags');

/** score() over the parts of one token's features. */
export function scoreParts(w: Float32Array, parts: readonly Int32Array[], scores: Float64Array): void {
  for (let k = 0; k < parts.length; k++) score(w, parts[k], scores);
}

/** The best allowed tag after `prev`. */
export function argmax(scores: Float64Array, prev: number): number {
  let best = 0;
  let bestScore = -Infinity;
  const p = prev === START ? 0 : prev;
  for (let t = 0; t < NTAGS; t++) {
    if (!allowed(p, t)) continue;
    if (scores[t] > bestScore) {
      bestScore = scores[t];
      best = t;
    }
  }
  return best;
}

/** Tags one sentence with weights `w`. */
export function greedyDecode(fz: Featurizer, s: SentenceFeatures, w: Float32Array, out: number[]): void {
  const scores = new Float64Array(NTAGS);
  const tids = new Int32Array(4);
  let p1: number = START;
  let p2: number = START;
  for (let i = 0; i < s.ids.length; i++) {
    scores.fill(0);
    scoreParts(w, s.ids[i], scores);
    score(w, tagIds(fz, s, i, p1, p2, tids), scores);
    const best = argmax(scores, p1);
    out[i] = best;
    p2 = p1;
    p1 = best;
  }
  out.length = s.ids.length;
}
