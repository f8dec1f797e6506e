/**
 * Greedy and Viterbi decoding of featurized sentences for training (train.ts): left to right
 * (IOB2), right to left (IOE2) and first-order Viterbi (structured perceptron), with one epoch
 * of online perceptron training for each. The run-time tagger (src/.../ner/tagger.ts) mirrors
 * these over its weight rows.
 */
import { NPREV, TAGS } from '../../src/stages/entities/ner/templates.js';
import { addIds, argmax, TRANSITION_FEATURES, viterbi } from '../../src/stages/entities/ner/decode.js';
import type { DocContext, Featurizer } from '../../src/stages/entities/ner/featurize.js';
import type { WordEntry } from '../../src/stages/entities/ner/words.js';
import type { Perceptron } from './perceptron.js';

/** Gold tags of a document's sentences: IOB2, and IOE2 for the right-to-left pass. */
export interface GoldDoc {
  gold: number[][];
  goldBack: number[][];
}

/** One sentence's feature ids (token i: ids[at[i] .. at[i + 1])) and word entries (for tag features). */
export interface Sent {
  ids: Int32Array;
  at: Int32Array;
  ents: WordEntry[];
}
export interface DocFeats {
  ctx: DocContext;
  sents: Sent[];
}
export type Featurized = DocFeats[];

/** Tag features per token: previous tag, tag pair, and the previous tag with the token's shape, cluster, gazetteer categories. */
const TAG_FEATURES = 5;

/**
 * Tag-feature ids of a token given the two previous tags (left to right), or the two next tags
 * (`back`: right to left).
 */
function tagIds(fz: Featurizer, e: WordEntry, p1: number, p2: number, out: Int32Array, back: boolean): Int32Array {
  const o = back ? 3 * NPREV : 0;
  out[0] = (back ? fz.nextIds : fz.prevIds)[p1];
  out[1] = (back ? fz.nextPairIds : fz.pairIds)[p2 * NPREV + p1];
  out[2] = e.tag[o + p1];
  out[3] = e.tag[o + NPREV + p1];
  out[4] = e.tag[o + 2 * NPREV + p1];
  return out;
}

/**
 * Greedy decoding of one sentence, left to right or (`back`) right to left in IOE2 tags (the
 * mirror of IOB2, so the same transition constraint applies); calls `step` for each token in
 * decoding order. Reads `model.w` per token: training updates may reallocate it.
 */
function walk(sent: Sent, model: { w: Float32Array }, fz: Featurizer, back: boolean, step: (i: number, best: number, tids: Int32Array) => void): void {
  const scores = new Float64Array(TAGS.length);
  const tids = new Int32Array(TAG_FEATURES);
  const n = sent.ents.length;
  let p1: number = TAGS.length;
  let p2: number = TAGS.length;
  for (let k = 0; k < n; k++) {
    const i = back ? n - 1 - k : k;
    scores.fill(0);
    const w = model.w;
    addIds(w, sent.ids, sent.at[i], sent.at[i + 1], scores);
    addIds(w, tagIds(fz, sent.ents[i], p1, p2, tids, back), 0, TAG_FEATURES, scores);
    const best = argmax(scores, p1);
    step(i, best, tids);
    p2 = p1;
    p1 = best;
  }
}

/** How a pass decodes: greedy left to right (IOB2), greedy right to left (IOE2), or Viterbi (IOB2, first order). */
export type Decoding = 'forward' | 'back' | 'viterbi';

/** Transition-feature ids of a token after tag p (Viterbi). */
function transIds(fz: Featurizer, e: WordEntry, p: number, out: Int32Array): Int32Array {
  out[0] = fz.prevIds[p];
  out[1] = e.tag[p];
  out[2] = e.tag[NPREV + p];
  out[3] = e.tag[2 * NPREV + p];
  return out;
}

/** Viterbi path of one sentence under `model.w`; obs receives the token scores. */
function viterbiSentence(sent: Sent, model: { w: Float32Array }, fz: Featurizer, path: number[]): void {
  const n = sent.ents.length;
  const obs = new Float64Array(n * TAGS.length);
  const tids = new Int32Array(TRANSITION_FEATURES);
  const trans = new Float64Array(NPREV * TAGS.length);
  const w = model.w;
  for (let i = 0; i < n; i++) addIds(w, sent.ids, sent.at[i], sent.at[i + 1], obs.subarray(i * TAGS.length, (i + 1) * TAGS.length));
  const transAt = (i: number) => {
    trans.fill(0);
    for (let p = 0; p < NPREV; p++) addIds(w, transIds(fz, sent.ents[i], p, tids), 0, TRANSITION_FEATURES, trans.subarray(p * TAGS.length, (p + 1) * TAGS.length));
    return trans;
  };
  viterbi(n, obs, transAt, path);
}

export function predict(feats: Featurized, w: Float32Array, fz: Featurizer, dec: Decoding = 'forward'): number[][][] {
  return feats.map((doc) =>
    doc.sents.map((s) => {
      const out = new Array<number>(s.ents.length);
      if (dec === 'viterbi') viterbiSentence(s, { w }, fz, out);
      else walk(s, { w }, fz, dec === 'back', (i, best) => (out[i] = best));
      return out;
    }),
  );
}

/** One epoch of online training: greedy decoding with the model's own previous (or next) tags. */
export function epoch(model: Perceptron, docs: readonly GoldDoc[], feats: Featurized, order: readonly number[], fz: Featurizer, dec: Decoding): void {
  const back = dec === 'back';
  const path: number[] = [];
  const gt = new Int32Array(TRANSITION_FEATURES);
  const pt = new Int32Array(TRANSITION_FEATURES);
  for (const di of order) {
    const doc = feats[di].sents;
    for (let s = 0; s < doc.length; s++) {
      const sf = doc[s];
      if (dec === 'viterbi') {
        // Structured perceptron: update where the best path and the gold path differ.
        const gold = docs[di].gold[s];
        viterbiSentence(sf, model, fz, path);
        for (let i = 0; i < sf.ents.length; i++) {
          const g = gold[i];
          const p = path[i];
          const gp = i > 0 ? gold[i - 1] : TAGS.length;
          const pp = i > 0 ? path[i - 1] : TAGS.length;
          if (g !== p) model.update(sf.ids, sf.at[i], sf.at[i + 1], g, p);
          if (g !== p || gp !== pp) {
            model.add(transIds(fz, sf.ents[i], gp, gt), 0, TRANSITION_FEATURES, g, 1);
            model.add(transIds(fz, sf.ents[i], pp, pt), 0, TRANSITION_FEATURES, p, -1);
          }
        }
        for (let i = 0; i < sf.ents.length; i++) model.tick();
        continue;
      }
      const gold = back ? docs[di].goldBack[s] : docs[di].gold[s];
      walk(sf, model, fz, back, (i, best, tids) => {
        if (best !== gold[i]) {
          model.update(sf.ids, sf.at[i], sf.at[i + 1], gold[i], best);
          model.update(tids, 0, TAG_FEATURES, gold[i], best);
        }
        model.tick();
      });
    }
  }
}
