/**
 * Trains the NER tagger: `npm run train:ner` (= tsx train/ner/train.ts).
 *  1. builds the lexicons and the embedding clusters when missing (lexicons.ts, clusters.ts);
 *  2. pass 1: greedy averaged perceptron on CoNLL-2003 train, epochs chosen on dev;
 *  3. pass 2: same plus document-history features; its training history comes from pass-1
 *     models trained on the other folds (jackknife), so it looks like history at run time;
 *  4. writes models/ner/model.bin (pruned, int16 weights) and models/ner/metrics.json.
 * Flags: --ablations (also trains pass-1 variants without clusters / gazetteers → ablations.json),
 *        --no-wikigold (CoNLL train only), --epochs N (max epochs per pass), --restarts N
 *        (perceptrons averaged per pass, default 3), --out DIR, --pass1-only (experiments: stop
 *        after pass 1, write nothing).
 * Deterministic: fixed seeds, fixed data order.
 */
import fs from 'node:fs';
import { modelPath, sharedDataPath } from '../../src/core/paths.js';
import { NPREV, TAGS } from '../../src/stages/entities/ner/templates.js';
import { addIds, argmax } from '../../src/stages/entities/ner/decode.js';
import { Featurizer, type DocContext } from '../../src/stages/entities/ner/featurize.js';
import { parseConll, scoreEntities, toIob2, type ConllDoc } from '../../src/stages/entities/ner/conll.js';
import { encodeModel } from '../../src/stages/entities/ner/model.js';
import { isWikigoldHeldOut } from '../../src/stages/entities/ner/conll.js';
import { EMPTY_GAZETTEER, loadResources, type Resources } from '../../src/stages/entities/ner/resources.js';
import type { WordEntry } from '../../src/stages/entities/ner/words.js';
import { Perceptron } from './perceptron.js';
import { buildLexicons } from './lexicons.js';
import { buildClusters, mulberry32 } from './clusters.js';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const MAX_EPOCHS = Number(args[args.indexOf('--epochs') + 1]) || 15;
const FOLDS = 4;
/** Perceptrons averaged per pass (--restarts N). */
const RESTARTS = Number(args[args.indexOf('--restarts') + 1]) || 3;
/** Where model.bin, metrics.json and ablations.json go (default models/ner; --out DIR for experiments). */
const OUT = args.includes('--out') ? args[args.indexOf('--out') + 1] : modelPath('ner');
const TAG_INDEX = new Map<string, number>(TAGS.map((t, i) => [t, i]));

interface Doc {
  sentences: string[][];
  gold: number[][];
}

function readDocs(file: string): Doc[] {
  return parseConll(fs.readFileSync(file, 'utf8')).map((d: ConllDoc) => ({
    sentences: d.sentences.map((s) => s.words),
    gold: d.sentences.map((s) => toIob2(s.gold).map((t) => TAG_INDEX.get(t) ?? 0)),
  }));
}

/** The feature index under construction: every feature key seen in training gets an id. */
class Index {
  readonly ids = new Map<number, number>();
  readonly keys: number[] = [];
  add = (k: number): number => {
    let id = this.ids.get(k);
    if (id === undefined) {
      id = this.keys.length;
      this.ids.set(k, id);
      this.keys.push(k);
    }
    return id;
  };
  get = (k: number): number => this.ids.get(k) ?? -1;
}

/** One sentence's feature ids (token i: ids[at[i] .. at[i + 1])) and word entries (for tag features). */
interface Sent {
  ids: Int32Array;
  at: Int32Array;
  ents: WordEntry[];
}
interface DocFeats {
  ctx: DocContext;
  sents: Sent[];
}
type Featurized = DocFeats[];

function featurize(docs: readonly Doc[], fz: Featurizer): Featurized {
  return docs.map((d) => {
    const ctx = fz.docContext(d.sentences);
    const sents = d.sentences.map((_, s) => {
      fz.load(ctx, s);
      return { ...fz.allIds(), ents: ctx.entries.slice(ctx.starts[s], ctx.starts[s + 1]) };
    });
    return { ctx, sents };
  });
}

/** Pass-2 features: pass-1 features plus each document's history. */
function withHistory(feats: Featurized, fz: Featurizer, history: readonly Uint32Array[]): Featurized {
  const extra: number[] = [];
  return feats.map((doc, di) => ({
    ctx: doc.ctx,
    sents: doc.sents.map((sent, s) => {
      fz.loadEntries(doc.ctx, s);
      const ids: number[] = [];
      const at = new Int32Array(sent.at.length);
      for (let i = 0; i < sent.ents.length; i++) {
        at[i] = ids.length;
        for (let k = sent.at[i]; k < sent.at[i + 1]; k++) ids.push(sent.ids[k]);
        extra.length = 0;
        fz.historyIds(i, history[di], extra);
        for (const id of extra) if (id >= 0) ids.push(id);
      }
      at[sent.ents.length] = ids.length;
      return { ids: Int32Array.from(ids), at, ents: sent.ents };
    }),
  }));
}

/** Tag features per token: previous tag, tag pair, and the previous tag with the token's shape, cluster, gazetteer categories. */
const TAG_FEATURES = 5;

/** Tag-feature ids of a token given the two previous tags. */
function tagIds(fz: Featurizer, e: WordEntry, p1: number, p2: number, out: Int32Array): Int32Array {
  out[0] = fz.prevIds[p1];
  out[1] = fz.pairIds[p2 * NPREV + p1];
  out[2] = e.tag[p1];
  out[3] = e.tag[NPREV + p1];
  out[4] = e.tag[2 * NPREV + p1];
  return out;
}

function decodeSentence(sent: Sent, w: Float32Array, fz: Featurizer, out: number[]): void {
  const scores = new Float64Array(TAGS.length);
  const tids = new Int32Array(TAG_FEATURES);
  let p1: number = TAGS.length;
  let p2: number = TAGS.length;
  for (let i = 0; i < sent.ents.length; i++) {
    scores.fill(0);
    addIds(w, sent.ids, sent.at[i], sent.at[i + 1], scores);
    addIds(w, tagIds(fz, sent.ents[i], p1, p2, tids), 0, TAG_FEATURES, scores);
    const best = argmax(scores, p1);
    out[i] = best;
    p2 = p1;
    p1 = best;
  }
  out.length = sent.ents.length;
}

function predict(feats: Featurized, w: Float32Array, fz: Featurizer): number[][][] {
  return feats.map((doc) =>
    doc.sents.map((s) => {
      const out: number[] = [];
      decodeSentence(s, w, fz, out);
      return out;
    }),
  );
}

/** A document's pass-2 history from its predicted tags. */
function historyOf(fz: Featurizer, doc: DocFeats, tags: number[][]): Uint32Array {
  return fz.history(doc.ctx, Uint8Array.from(tags.flat()));
}

function f1(docs: readonly Doc[], pred: number[][][]): number {
  const gold = docs.flatMap((d) => d.gold.map((s) => s.map((t) => TAGS[t])));
  const p = pred.flatMap((d) => d.map((s) => s.map((t) => TAGS[t])));
  return scoreEntities(gold, p).get('ALL')!.f1;
}

/** One epoch of online training: greedy decoding with the model's own previous tags. */
function epoch(model: Perceptron, docs: readonly Doc[], feats: Featurized, order: readonly number[], fz: Featurizer): void {
  const scores = new Float64Array(TAGS.length);
  const tids = new Int32Array(TAG_FEATURES);
  for (const di of order) {
    const doc = feats[di].sents;
    for (let s = 0; s < doc.length; s++) {
      const sf = doc[s];
      const gold = docs[di].gold[s];
      let p1: number = TAGS.length;
      let p2: number = TAGS.length;
      for (let i = 0; i < sf.ents.length; i++) {
        tagIds(fz, sf.ents[i], p1, p2, tids);
        scores.fill(0);
        addIds(model.w, sf.ids, sf.at[i], sf.at[i + 1], scores);
        addIds(model.w, tids, 0, TAG_FEATURES, scores);
        const best = argmax(scores, p1);
        if (best !== gold[i]) {
          model.update(sf.ids, sf.at[i], sf.at[i + 1], gold[i], best);
          model.update(tids, 0, TAG_FEATURES, gold[i], best);
        }
        model.tick();
        p2 = p1;
        p1 = best;
      }
    }
  }
}

function shuffled(n: number, rand: () => number): number[] {
  const a = [...Array(n).keys()];
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

/**
 * Trains `restarts` perceptrons in lockstep, each on its own shuffling order, and averages their
 * weights (one linear model: no cost at run time, less dependence on the order). Runs `epochs`
 * epochs, or picks the best epoch on dev when `dev` is given.
 */
function train(docs: readonly Doc[], feats: Featurized, fz: Featurizer, index: Index, epochs: number, seed: number, dev?: { docs: Doc[]; feats: Featurized; fz: Featurizer }, label = '', restarts = 1): { w: Float32Array; epochs: number; f1: number } {
  const models = Array.from({ length: restarts }, () => new Perceptron());
  const rands = models.map((_, r) => mulberry32(seed + 1000 * r));
  const averaged = () => {
    const w = models[0].averaged(index.keys.length);
    for (let r = 1; r < restarts; r++) {
      const v = models[r].averaged(index.keys.length);
      for (let i = 0; i < w.length; i++) w[i] += v[i];
    }
    if (restarts > 1) for (let i = 0; i < w.length; i++) w[i] /= restarts;
    return w;
  };
  let best: { w: Float32Array; epochs: number; f1: number } = { w: new Float32Array(0), epochs: 0, f1: -1 };
  for (let e = 1; e <= epochs; e++) {
    const t0 = Date.now();
    models.forEach((m, r) => epoch(m, docs, feats, shuffled(docs.length, rands[r]), fz));
    if (!dev) continue;
    const w = averaged();
    const devF1 = f1(dev.docs, predict(dev.feats, w, dev.fz));
    console.log(`${label} epoch ${e}: dev F1 ${(devF1 * 100).toFixed(2)} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    if (devF1 > best.f1) best = { w, epochs: e, f1: devF1 };
    else if (e - best.epochs >= 4) break;
  }
  if (!dev) best = { w: averaged(), epochs, f1: -1 };
  return best;
}

interface PassOneResult {
  index: Index;
  fz: Featurizer;
  devFz: Featurizer;
  trainFeats: Featurized;
  devFeats: Featurized;
  w: Float32Array;
  epochs: number;
  f1: number;
}

function passOne(res: Resources, trainDocs: Doc[], devDocs: Doc[], label: string): PassOneResult {
  const index = new Index();
  const fz = new Featurizer(res, index.add);
  const trainFeats = featurize(trainDocs, fz);
  const devFz = new Featurizer(res, index.get);
  const devFeats = featurize(devDocs, devFz);
  console.log(`${label}: ${index.keys.length} features`);
  const r = train(trainDocs, trainFeats, fz, index, MAX_EPOCHS, 1, { docs: devDocs, feats: devFeats, fz: devFz }, label, RESTARTS);
  return { index, fz, devFz, trainFeats, devFeats, ...r };
}

function main(): void {
  const t0 = Date.now();
  if (!fs.existsSync(modelPath('ner', 'gazetteers.tsv'))) buildLexicons();
  if (!fs.existsSync(modelPath('ner', 'clusters.tsv'))) buildClusters();
  const res = loadResources();
  const trainDocs = readDocs(sharedDataPath('ner', 'conll2003', 'train.txt'));
  // Wikigold (Wikipedia) widens the genres seen; every 4th document is held out for eval/ner.ts.
  if (!flag('--no-wikigold')) trainDocs.push(...readDocs(sharedDataPath('ner', 'wikigold', 'wikigold.conll.txt')).filter((_, i) => !isWikigoldHeldOut(i)));
  const devDocs = readDocs(sharedDataPath('ner', 'conll2003', 'dev.txt'));
  console.log(`train ${trainDocs.length} docs, dev ${devDocs.length} docs`);

  const p1 = passOne(res, trainDocs, devDocs, 'pass 1');
  const { index } = p1;
  if (flag('--pass1-only')) return; // quick feature experiments: pass-1 dev F1 only, nothing written

  // Jackknife: pass-1 history for each training document from a model that never saw it.
  const histories: Uint32Array[] = new Array(trainDocs.length);
  for (let fold = 0; fold < FOLDS; fold++) {
    const inFold = (i: number) => i % FOLDS === fold;
    const trainIdx = trainDocs.map((_, i) => i).filter((i) => !inFold(i));
    const { w } = train(trainIdx.map((i) => trainDocs[i]), trainIdx.map((i) => p1.trainFeats[i]), p1.fz, index, p1.epochs, 100 + fold);
    trainDocs.forEach((_, i) => {
      if (!inFold(i)) return;
      const tags = predict([p1.trainFeats[i]], w, p1.fz)[0];
      histories[i] = historyOf(p1.fz, p1.trainFeats[i], tags);
    });
    console.log(`jackknife fold ${fold + 1}/${FOLDS} done`);
  }
  const devHistories = devDocs.map((_, i) => historyOf(p1.devFz, p1.devFeats[i], predict([p1.devFeats[i]], p1.w, p1.devFz)[0]));
  const trainFeats2 = withHistory(p1.trainFeats, p1.fz, histories);
  const devFeats2 = withHistory(p1.devFeats, p1.devFz, devHistories);
  const p2 = train(trainDocs, trainFeats2, p1.fz, index, MAX_EPOCHS, 2, { docs: devDocs, feats: devFeats2, fz: p1.devFz }, 'pass 2', RESTARTS);

  // Prune features whose weights round to zero in both passes.
  const nf = index.keys.length;
  const w1 = p1.w.length === nf * TAGS.length ? p1.w : padTo(p1.w, nf * TAGS.length);
  const w2 = p2.w;
  let maxAbs = 0;
  for (const w of [w1, w2]) for (let i = 0; i < w.length; i++) maxAbs = Math.max(maxAbs, Math.abs(w[i]));
  const eps = maxAbs / 32000;
  const keep: number[] = [];
  for (let f = 0; f < nf; f++) {
    let any = false;
    for (let t = 0; t < TAGS.length && !any; t++) any = Math.abs(w1[f * TAGS.length + t]) >= eps || Math.abs(w2[f * TAGS.length + t]) >= eps;
    if (any) keep.push(f);
  }
  const pick = (w: Float32Array) => {
    const out = new Float32Array(keep.length * TAGS.length);
    keep.forEach((f, j) => out.set(w.subarray(f * TAGS.length, (f + 1) * TAGS.length), j * TAGS.length));
    return out;
  };
  const buf = encodeModel(keep.map((f) => index.keys[f]), [pick(w1), pick(w2)]);
  fs.writeFileSync(`${OUT}/model.bin`, buf);
  const metrics = {
    trainedOn: flag('--no-wikigold') ? 'conll2003 train' : 'conll2003 train + wikigold (3/4 of documents)',
    restarts: RESTARTS,
    pass1: { epochs: p1.epochs, devF1: round(p1.f1) },
    pass2: { epochs: p2.epochs, devF1: round(p2.f1) },
    features: { seen: nf, kept: keep.length },
    bytes: buf.length,
    seconds: Math.round((Date.now() - t0) / 1000),
  };
  fs.writeFileSync(`${OUT}/metrics.json`, JSON.stringify(metrics, null, 2) + '\n');
  console.log(metrics);

  if (flag('--ablations')) {
    const rows = [{ variant: 'full model (pass 1 + document history pass 2)', devF1: round(p2.f1) }, { variant: 'pass 1 only (no document history)', devF1: round(p1.f1) }];
    const noClusters = passOne({ ...res, clusters: new Map() }, trainDocs, devDocs, 'no clusters');
    rows.push({ variant: 'pass 1 without embedding clusters', devF1: round(noClusters.f1) });
    const noGaz = passOne({ ...res, gazetteer: EMPTY_GAZETTEER }, trainDocs, devDocs, 'no gazetteers');
    rows.push({ variant: 'pass 1 without gazetteers', devF1: round(noGaz.f1) });
    fs.writeFileSync(`${OUT}/ablations.json`, JSON.stringify({ note: 'CoNLL-2003 dev entity F1 (conlleval), produced by npm run train:ner -- --ablations', rows }, null, 2) + '\n');
    console.log(rows);
  }
}

function padTo(w: Float32Array, n: number): Float32Array {
  const out = new Float32Array(n);
  out.set(w.subarray(0, Math.min(n, w.length)));
  return out;
}

function round(x: number): number {
  return Math.round(x * 10000) / 100;
}

main();
