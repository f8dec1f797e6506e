/**
 * Trains the NER tagger: `npm run train:ner` (= tsx train/ner/train.ts).
 *  1. builds the lexicons and the embedding clusters when missing (lexicons.ts, clusters.ts);
 *  2. pass 1: greedy averaged perceptron on CoNLL-2003 train, epochs chosen on dev; and a
 *     right-to-left pass 1 (IOE2 tags, tag features from the next tags), whose tags pass 2 stacks;
 *  3. pass 2: same plus document-history features, trained as a structured perceptron and
 *     decoded with first-order Viterbi; its training history comes from pass-1 models trained
 *     on the other folds (jackknife), so it looks like history at run time;
 *  4. writes models/ner/model.bin (pruned, int16 weights) and models/ner/metrics.json.
 * Flags: --ablations (also trains pass-1 variants without clusters / gazetteers → ablations.json),
 *        --no-wikigold (CoNLL train only), --epochs N (max epochs per pass), --restarts N
 *        (perceptrons averaged per pass, default 3), --out DIR, --pass1-only (experiments: stop
 *        after pass 1, write nothing), --no-r2l (no right-to-left pass 1), --greedy-pass2
 *        (greedy left-to-right pass 2, as before).
 * Deterministic: fixed seeds, fixed data order.
 */
import fs from 'node:fs';
import { modelPath, sharedDataPath } from '../../src/core/paths.js';
import { TAGS } from '../../src/stages/entities/ner/templates.js';
import { ioeFromIob, iobFromIoe } from '../../src/stages/entities/ner/decode.js';
import { Featurizer } from '../../src/stages/entities/ner/featurize.js';
import { parseConll, scoreEntities, toIob2, type ConllDoc } from '../../src/stages/entities/ner/conll.js';
import { encodeModel } from '../../src/stages/entities/ner/model.js';
import { isWikigoldHeldOut } from '../../src/stages/entities/ner/conll.js';
import { EMPTY_GAZETTEER, loadResources, type Resources } from '../../src/stages/entities/ner/resources.js';
import { Perceptron } from './perceptron.js';
import { epoch, predict, type Decoding, type DocFeats, type Featurized } from './decoding.js';
import { buildLexicons } from './lexicons.js';
import { buildClusters, mulberry32 } from './clusters.js';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const MAX_EPOCHS = Number(args[args.indexOf('--epochs') + 1]) || 15;
const FOLDS = 4;
/** Pass 2 decodes with first-order Viterbi and is trained as a structured perceptron (--greedy-pass2: greedy, as before). */
const STRUCTURED = !flag('--greedy-pass2');
/** Perceptrons averaged per pass (--restarts N). */
const RESTARTS = Number(args[args.indexOf('--restarts') + 1]) || 3;
/** Where model.bin, metrics.json and ablations.json go (default models/ner; --out DIR for experiments). */
const OUT = args.includes('--out') ? args[args.indexOf('--out') + 1] : modelPath('ner');
const TAG_INDEX = new Map<string, number>(TAGS.map((t, i) => [t, i]));

interface Doc {
  sentences: string[][];
  gold: number[][];
  /** The gold tags as IOE2 (decode.ts): what the right-to-left pass 1 learns. */
  goldBack: number[][];
}

function readDocs(file: string): Doc[] {
  return parseConll(fs.readFileSync(file, 'utf8')).map((d: ConllDoc) => {
    const gold = d.sentences.map((s) => toIob2(s.gold).map((t) => TAG_INDEX.get(t) ?? 0));
    return { sentences: d.sentences.map((s) => s.words), gold, goldBack: gold.map(ioeFromIob) };
  });
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

/** A document's pass-2 history from its predicted tags (left to right, and right to left when given). */
function historyOf(fz: Featurizer, doc: DocFeats, tags: number[][], back?: number[][]): Uint32Array {
  return fz.history(doc.ctx, Uint8Array.from(tags.flat()), back ? Uint8Array.from(back.flat()) : null);
}

function f1(docs: readonly Doc[], pred: number[][][]): number {
  const gold = docs.flatMap((d) => d.gold.map((s) => s.map((t) => TAGS[t])));
  const p = pred.flatMap((d) => d.map((s) => s.map((t) => TAGS[t])));
  return scoreEntities(gold, p).get('ALL')!.f1;
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
function train(docs: readonly Doc[], feats: Featurized, fz: Featurizer, index: Index, epochs: number, seed: number, dev?: { docs: Doc[]; feats: Featurized; fz: Featurizer }, label = '', restarts = 1, dec: Decoding = 'forward'): { w: Float32Array; epochs: number; f1: number } {
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
    models.forEach((m, r) => epoch(m, docs, feats, shuffled(docs.length, rands[r]), fz, dec));
    if (!dev) continue;
    const w = averaged();
    const pred = predict(dev.feats, w, dev.fz, dec);
    const devF1 = f1(dev.docs, dec === 'back' ? pred.map((d) => d.map(iobFromIoe)) : pred);
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
  // Right-to-left pass 1: same features, tag features from the next tags; pass 2 stacks its tags.
  const useBack = !flag('--no-r2l');
  const r1 = useBack ? train(trainDocs, p1.trainFeats, p1.fz, index, MAX_EPOCHS, 3, { docs: devDocs, feats: p1.devFeats, fz: p1.devFz }, 'pass 1 R2L', RESTARTS, 'back') : null;
  if (flag('--pass1-only')) return; // quick feature experiments: pass-1 dev F1 only, nothing written

  // Jackknife: pass-1 history for each training document from a model that never saw it.
  const histories: Uint32Array[] = new Array(trainDocs.length);
  for (let fold = 0; fold < FOLDS; fold++) {
    const inFold = (i: number) => i % FOLDS === fold;
    const trainIdx = trainDocs.map((_, i) => i).filter((i) => !inFold(i));
    const foldDocs = trainIdx.map((i) => trainDocs[i]);
    const foldFeats = trainIdx.map((i) => p1.trainFeats[i]);
    const { w } = train(foldDocs, foldFeats, p1.fz, index, p1.epochs, 100 + fold);
    const wBack = r1 ? train(foldDocs, foldFeats, p1.fz, index, r1.epochs, 200 + fold, undefined, '', 1, 'back').w : null;
    trainDocs.forEach((_, i) => {
      if (!inFold(i)) return;
      const tags = predict([p1.trainFeats[i]], w, p1.fz)[0];
      const back = wBack ? predict([p1.trainFeats[i]], wBack, p1.fz, 'back')[0] : undefined;
      histories[i] = historyOf(p1.fz, p1.trainFeats[i], tags, back);
    });
    console.log(`jackknife fold ${fold + 1}/${FOLDS} done`);
  }
  const devHistories = devDocs.map((_, i) => {
    const feats = [p1.devFeats[i]];
    return historyOf(p1.devFz, p1.devFeats[i], predict(feats, p1.w, p1.devFz)[0], r1 ? predict(feats, r1.w, p1.devFz, 'back')[0] : undefined);
  });
  const trainFeats2 = withHistory(p1.trainFeats, p1.fz, histories);
  const devFeats2 = withHistory(p1.devFeats, p1.devFz, devHistories);
  const p2 = train(trainDocs, trainFeats2, p1.fz, index, MAX_EPOCHS, 2, { docs: devDocs, feats: devFeats2, fz: p1.devFz }, 'pass 2', RESTARTS, STRUCTURED ? 'viterbi' : 'forward');

  // Prune features whose weights round to zero in both passes.
  const nf = index.keys.length;
  // Passes in model.bin order: left-to-right pass 1, pass 2, right-to-left pass 1 (model.ts).
  const passes = [p1.w, p2.w, ...(r1 ? [r1.w] : [])].map((w) => (w.length === nf * TAGS.length ? w : padTo(w, nf * TAGS.length)));
  let maxAbs = 0;
  for (const w of passes) for (let i = 0; i < w.length; i++) maxAbs = Math.max(maxAbs, Math.abs(w[i]));
  const eps = maxAbs / 32000;
  const keep: number[] = [];
  for (let f = 0; f < nf; f++) {
    let any = false;
    for (let t = 0; t < TAGS.length && !any; t++) any = passes.some((w) => Math.abs(w[f * TAGS.length + t]) >= eps);
    if (any) keep.push(f);
  }
  const pick = (w: Float32Array) => {
    const out = new Float32Array(keep.length * TAGS.length);
    keep.forEach((f, j) => out.set(w.subarray(f * TAGS.length, (f + 1) * TAGS.length), j * TAGS.length));
    return out;
  };
  const buf = encodeModel(keep.map((f) => index.keys[f]), passes.map(pick), STRUCTURED);
  fs.writeFileSync(`${OUT}/model.bin`, buf);
  const metrics = {
    trainedOn: flag('--no-wikigold') ? 'conll2003 train' : 'conll2003 train + wikigold (3/4 of documents)',
    restarts: RESTARTS,
    pass1: { epochs: p1.epochs, devF1: round(p1.f1) },
    ...(r1 ? { pass1RightToLeft: { epochs: r1.epochs, devF1: round(r1.f1) } } : {}),
    pass2: { epochs: p2.epochs, devF1: round(p2.f1), decoding: STRUCTURED ? 'viterbi (structured perceptron)' : 'greedy' },
    features: { seen: nf, kept: keep.length },
    bytes: buf.length,
    seconds: Math.round((Date.now() - t0) / 1000),
  };
  fs.writeFileSync(`${OUT}/metrics.json`, JSON.stringify(metrics, null, 2) + '\n');
  console.log(metrics);

  if (flag('--ablations')) {
    const rows = [{ variant: r1 ? 'full model (pass 1 both directions + document-history pass 2, Viterbi)' : 'full model (pass 1 + document history pass 2)', devF1: round(p2.f1) }, { variant: 'pass 1 only (no document history)', devF1: round(p1.f1) }];
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
