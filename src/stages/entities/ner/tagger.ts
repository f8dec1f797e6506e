/**
 * Tags the sentences of one document with IOB2 tags (PER, ORG, LOC, MISC). Pass 1 tags every
 * sentence; pass 2 re-tags with features saying how pass 1 tagged the same word elsewhere in
 * the document, so a name gets one type across the document (and in ALL-CAPS headlines), and
 * with pass 1's tags of the token and its right-hand neighbours, which greedy pass 1 never saw,
 * and (when the model has one) the tags of a right-to-left pass 1, which saw the right context.
 * A structured pass 2 (model.viterbi) is decoded with first-order Viterbi over each sentence.
 *
 * Speed: each weight row holds all passes' weights (model.ts), so the features that do not
 * depend on the pass are summed once, during pass 1, and the other passes only add their tag
 * (and history) features. Type features are summed once per distinct word (WordEntry.vec).
 */
import { argmax, viterbi } from './decode.js';
import { Featurizer, type DocContext } from './featurize.js';
import { loadNerModel, ROW as ROW_FLOATS, type NerModel } from './model.js';
import { NPREV as PREV_COUNT, NTAGS as TAG_COUNT, START as START_TAG, TAGS } from './templates.js';
import type { WordEntry } from './words.js';

const NTAGS: number = TAG_COUNT;
const ROW: number = ROW_FLOATS;
const NPREV: number = PREV_COUNT;
const START: number = START_TAG;

/** Documents longer than this are tagged in chunks of sentences (bounds memory; history is per chunk). */
const CHUNK_TOKENS = 50_000;

const featurizers = new WeakMap<NerModel, Featurizer>();

function featurizerOf(model: NerModel): Featurizer {
  let f = featurizers.get(model);
  if (!f) featurizers.set(model, (f = new Featurizer(model.res, model.table.idOf)));
  return f;
}

/** sc[0 .. ROW) += the weight row `row` (both passes). */
function addRow(w: Float32Array, row: number, sc: Float64Array): void {
  if (row < 0) return;
  const b = row * ROW;
  for (let t = 0; t < ROW; t++) sc[t] += w[b + t];
}

/** sc[0 .. NTAGS) += pass `pass`'s weights of row `row`. */
function addPass(w: Float32Array, row: number, pass: number, sc: Float64Array): void {
  if (row < 0) return;
  const b = row * ROW + pass * NTAGS;
  for (let t = 0; t < NTAGS; t++) sc[t] += w[b + t];
}

/** Summed weights of a word's type features at each of the five offsets (5 × ROW floats). */
function typeVector(w: Float32Array, e: WordEntry): Float32Array {
  if (e.vec) return e.vec;
  const v = new Float32Array(5 * ROW);
  for (let k = 0; k < 5; k++) {
    for (let j = e.typeAt[k]; j < e.typeAt[k + 1]; j++) {
      const b = e.type[j] * ROW;
      for (let t = 0; t < ROW; t++) v[k * ROW + t] += w[b + t];
    }
  }
  return (e.vec = v);
}

function tagChunk(model: NerModel, fz: Featurizer, sentences: readonly (readonly string[])[], out: number[][]): void {
  const w = model.weights;
  const ctx: DocContext = fz.docContext(sentences);
  const total = ctx.entries.length;
  const twoPass = model.passes > 1;
  const pass2 = twoPass ? new Float32Array(total * NTAGS) : null;
  const tags = new Uint8Array(total);
  // Right-to-left pass 1: its summed feature scores per token, and its tags.
  const back = model.passes > 2 ? new Float32Array(total * NTAGS) : null;
  const backTags = back ? new Uint8Array(total) : null;
  const sc = new Float64Array(ROW);
  for (let s = 0; s < sentences.length; s++) {
    fz.load(ctx, s);
    const base = ctx.starts[s];
    const ents = fz.ents;
    const extra = fz.extra;
    let p1 = START;
    let p2 = START;
    for (let i = 0; i < fz.n; i++) {
      sc.fill(0);
      for (let k = 0; k < 5; k++) {
        const v = typeVector(w, ents[i + k]);
        const o = k * ROW;
        for (let t = 0; t < ROW; t++) sc[t] += v[o + t];
      }
      const st = fz.state[i];
      for (let j = 0; j < st.length; j++) addRow(w, st[j], sc);
      for (let j = fz.extraAt[i]; j < fz.extraAt[i + 1]; j++) addRow(w, extra[j], sc);
      if (pass2) for (let t = 0; t < NTAGS; t++) pass2[(base + i) * NTAGS + t] = sc[NTAGS + t];
      if (back) for (let t = 0; t < NTAGS; t++) back[(base + i) * NTAGS + t] = sc[2 * NTAGS + t];
      const e = ents[i + 2];
      const best = decideTag(w, fz, e, p1, p2, 0, sc);
      tags[base + i] = best;
      p2 = p1;
      p1 = best;
    }
    if (back && backTags) {
      let n1 = START;
      let n2 = START;
      for (let i = fz.n - 1; i >= 0; i--) {
        for (let t = 0; t < NTAGS; t++) sc[t] = back[(base + i) * NTAGS + t];
        const best = decideTagBefore(w, fz, ents[i + 2], n1, n2, sc);
        backTags[base + i] = best;
        n2 = n1;
        n1 = best;
      }
    }
  }
  if (pass2) {
    const history = fz.history(ctx, tags, backTags);
    const ids: number[] = [];
    for (let s = 0; s < sentences.length; s++) {
      fz.loadEntries(ctx, s);
      const base = ctx.starts[s];
      if (model.viterbi) {
        viterbiSentence(w, fz, history, pass2.subarray(base * NTAGS, (base + fz.n) * NTAGS), ids, tags.subarray(base, base + fz.n));
        continue;
      }
      let p1 = START;
      let p2 = START;
      for (let i = 0; i < fz.n; i++) {
        for (let t = 0; t < NTAGS; t++) sc[t] = pass2[(base + i) * NTAGS + t];
        ids.length = 0;
        fz.historyIds(i, history, ids);
        for (let j = 0; j < ids.length; j++) addPass(w, ids[j], 1, sc);
        const e = fz.ents[i + 2];
        const best = decideTag(w, fz, e, p1, p2, 1, sc);
        tags[base + i] = best;
        p2 = p1;
        p1 = best;
      }
    }
  }
  for (let s = 0; s < sentences.length; s++) out.push(Array.from(tags.subarray(ctx.starts[s], ctx.starts[s + 1])));
}

let obs = new Float64Array(256 * NTAGS);

/**
 * Pass 2 of a structured model (model.viterbi): token scores from `scores` (the pass-independent
 * features, pass-2 weights) plus the history features, then first-order Viterbi over the
 * previous-tag features (no tag pairs: decode.ts TRANSITION_FEATURES). Tags go to `path`.
 */
function viterbiSentence(w: Float32Array, fz: Featurizer, history: Uint32Array, scores: Float32Array, ids: number[], path: Uint8Array): void {
  const n = fz.n;
  if (obs.length < n * NTAGS) obs = new Float64Array(2 * n * NTAGS);
  for (let i = 0; i < n; i++) {
    const o = i * NTAGS;
    for (let t = 0; t < NTAGS; t++) obs[o + t] = scores[o + t];
    ids.length = 0;
    fz.historyIds(i, history, ids);
    for (let j = 0; j < ids.length; j++) {
      if (ids[j] < 0) continue;
      const b = ids[j] * ROW + NTAGS;
      for (let t = 0; t < NTAGS; t++) obs[o + t] += w[b + t];
    }
  }
  viterbi(n, obs, (i) => transitions(w, fz, fz.ents[i + 2]), path);
}

/** Pass-2 transition scores of a word, [previous tag · NTAGS + tag], summed once per distinct word. */
function transitions(w: Float32Array, fz: Featurizer, e: WordEntry): Float32Array {
  if (e.trans) return e.trans;
  const m = new Float32Array(NPREV * NTAGS);
  const sc = new Float64Array(NTAGS);
  for (let p = 0; p < NPREV; p++) {
    sc.fill(0);
    addPass(w, fz.prevIds[p], 1, sc);
    addPass(w, e.tag[p], 1, sc);
    addPass(w, e.tag[NPREV + p], 1, sc);
    addPass(w, e.tag[2 * NPREV + p], 1, sc);
    m.set(sc, p * NTAGS);
  }
  return (e.trans = m);
}

/** Adds the previous-tag features of `pass` to the scores and picks the best legal tag. */
function decideTag(w: Float32Array, fz: Featurizer, e: WordEntry, p1: number, p2: number, pass: number, sc: Float64Array): number {
  addPass(w, fz.prevIds[p1], pass, sc);
  addPass(w, fz.pairIds[p2 * NPREV + p1], pass, sc);
  addPass(w, e.tag[p1], pass, sc);
  addPass(w, e.tag[NPREV + p1], pass, sc);
  addPass(w, e.tag[2 * NPREV + p1], pass, sc);
  return argmax(sc, p1);
}

/** Right-to-left pass 1 (IOE2 tags, decode.ts): adds the next-tag features and picks the best tag allowed before the next one. */
function decideTagBefore(w: Float32Array, fz: Featurizer, e: WordEntry, n1: number, n2: number, sc: Float64Array): number {
  const o = 3 * NPREV;
  addPass(w, fz.nextIds[n1], 2, sc);
  addPass(w, fz.nextPairIds[n2 * NPREV + n1], 2, sc);
  addPass(w, e.tag[o + n1], 2, sc);
  addPass(w, e.tag[o + NPREV + n1], 2, sc);
  addPass(w, e.tag[o + 2 * NPREV + n1], 2, sc);
  return argmax(sc, n1);
}

/** Tag indices (into TAGS) for each sentence of one document. */
export function tagIndices(model: NerModel, sentences: readonly (readonly string[])[]): number[][] {
  const fz = featurizerOf(model);
  const out: number[][] = [];
  for (let from = 0; from < sentences.length; ) {
    let to = from;
    let tokens = 0;
    while (to < sentences.length && (to === from || tokens + sentences[to].length <= CHUNK_TOKENS)) tokens += sentences[to++].length;
    tagChunk(model, fz, from === 0 && to === sentences.length ? sentences : sentences.slice(from, to), out);
    from = to;
  }
  return out;
}

/** IOB2 tags for each sentence of one document. */
export function tagSentences(sentences: string[][]): string[][] {
  const model = loadNerModel();
  return tagIndices(model, sentences).map((s) => s.map((t) => TAGS[t]));
}
