/**
 * NER eval: CoNLL-2003 dev entity F1 (conlleval: start, end and type must match), overall and
 * per type; wikigold as an out-of-domain check; tagger and whole-stage speed; model load time;
 * and the ablations recorded by training (models/ner/ablations.json).
 * Standalone: npx tsx eval/ner.ts
 */
import fs from 'node:fs';
import { modelPath, sharedDataPath } from '../src/core/paths.js';
import { isWikigoldHeldOut, parseConll, scoreEntities, toIob2, type ConllDoc } from '../src/stages/entities/ner/conll.js';
import { TAGS } from '../src/stages/entities/ner/templates.js';
import { loadNerModel, type NerModel } from '../src/stages/entities/ner/model.js';
import { tagIndices } from '../src/stages/entities/ner/tagger.js';
import { loadLexicons } from '../src/stages/entities/lexicons.js';
import { extractEntities } from '../src/stages/entities/index.js';
import { normalizeText } from '../src/stages/normalize/index.js';
import { segmentText } from '../src/stages/segment/index.js';
import type { EvalSection } from './types.js';

const pct = (x: number) => (x * 100).toFixed(2);

function tagDocs(model: NerModel, docs: ConllDoc[]): string[][] {
  return docs.flatMap((d) => tagIndices(model, d.sentences.map((s) => s.words)).map((s) => s.map((t) => TAGS[t])));
}

function scoreRows(docs: ConllDoc[], model: NerModel, corpus: string): Array<Record<string, string | number>> {
  const gold = docs.flatMap((d) => d.sentences.map((s) => toIob2(s.gold)));
  const scores = scoreEntities(gold, tagDocs(model, docs));
  return ['ALL', 'PER', 'ORG', 'LOC', 'MISC'].map((type) => {
    const s = scores.get(type)!;
    return { corpus, type, precision: pct(s.precision), recall: pct(s.recall), F1: pct(s.f1), gold: s.gold, predicted: s.predicted };
  });
}

export default async function evalNer(): Promise<EvalSection[]> {
  const t0 = performance.now();
  // Memory the model holds: heap and array buffers it adds (a collection first, so garbage does not count).
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const m0 = process.memoryUsage();
  const model = loadNerModel();
  loadLexicons();
  const loadMs = performance.now() - t0;
  gc?.();
  const m1 = process.memoryUsage();
  const modelMB = (m1.heapUsed + m1.arrayBuffers + m1.external - (m0.heapUsed + m0.arrayBuffers + m0.external)) / 2 ** 20;

  const dev = parseConll(fs.readFileSync(sharedDataPath('ner', 'conll2003', 'dev.txt'), 'utf8'));
  const wiki = parseConll(fs.readFileSync(sharedDataPath('ner', 'wikigold', 'wikigold.conll.txt'), 'utf8'));
  const metrics = JSON.parse(fs.readFileSync(modelPath('ner', 'metrics.json'), 'utf8')) as { trainedOn: string };
  const rows = scoreRows(dev, model, 'CoNLL-2003 dev');
  // Wikigold documents the model never saw (held out of training): a different genre (Wikipedia).
  const wikiRows = scoreRows(wiki.filter((_, i) => isWikigoldHeldOut(i)), model, 'wikigold held-out quarter').slice(0, 1);

  // Tagger speed: all dev documents, best of 3 runs (first run warms the per-word caches).
  const devTokens = dev.reduce((n, d) => n + d.sentences.reduce((m, s) => m + s.words.length, 0), 0);
  let best = Infinity;
  for (let r = 0; r < 3; r++) {
    const t = performance.now();
    tagDocs(model, dev);
    best = Math.min(best, performance.now() - t);
  }
  // Whole entities stage on real news (wikinews), segmentation excluded from the timing.
  const news = fs
    .readFileSync(sharedDataPath('news', 'wikinews.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => normalizeText((JSON.parse(l) as { text: string }).text))
    .map((text) => ({ text, seg: segmentText(text) }));
  const newsTokens = news.reduce((n, d) => n + d.seg.tokens.length, 0);
  let bestStage = Infinity;
  for (let r = 0; r < 3; r++) {
    const t = performance.now();
    for (const d of news) extractEntities(d.text, d.seg);
    bestStage = Math.min(bestStage, performance.now() - t);
  }

  // Peers on the same dev text (one string per document, tokens joined by spaces): compromise's
  // people/places/organisations, wink-nlp's entities (it has no person/organisation/place types).
  const devTexts = dev.map((d) => d.sentences.map((s) => s.words.join(' ')).join('\n'));
  const peers = await peerSpeeds(devTexts, devTokens);

  const sections: EvalSection[] = [
    {
      title: 'NER — entity F1 (conlleval)',
      rows: [...rows, ...wikiRows],
      notes: [`model trained on ${metrics.trainedOn}; CoNLL dev was used to choose epochs only`, 'an entity counts only if start, end and type match'],
    },
    {
      title: 'NER — speed (one core, after load)',
      rows: [
        { what: 'model + lexicons load', value: `${loadMs.toFixed(0)} ms` },
        { what: 'model + lexicons memory', value: `${modelMB.toFixed(0)} MB` },
        { what: 'tagger, CoNLL dev', value: `${Math.round(devTokens / (best / 1000)).toLocaleString('en')} tokens/s`, tokens: devTokens },
        { what: 'entities stage, wikinews', value: `${Math.round(newsTokens / (bestStage / 1000)).toLocaleString('en')} tokens/s`, tokens: newsTokens },
        ...peers.map((p) => ({ what: `${p.name}, CoNLL dev (same text)`, value: `${Math.round(p.tokensPerSec).toLocaleString('en')} tokens/s`, tokens: devTokens })),
        ...peers.map((p) => ({ what: `ratio ascribe tagger / ${p.name}`, value: (devTokens / (best / 1000) / p.tokensPerSec).toFixed(2) })),
      ],
      notes: ['best of 3 runs; load time and memory (heap + buffers added by loading; an upper bound, as the garbage of loading counts unless node runs with --expose-gc) are measured only when this eval is the first to load the model'],
    },
  ];
  const ablPath = modelPath('ner', 'ablations.json');
  if (fs.existsSync(ablPath)) {
    const abl = JSON.parse(fs.readFileSync(ablPath, 'utf8')) as { note: string; rows: Array<{ variant: string; devF1: number }> };
    sections.push({
      title: 'NER — ablations (CoNLL-2003 dev F1)',
      rows: abl.rows.map((r) => ({ variant: r.variant, 'dev F1': r.devF1.toFixed(2) })),
      notes: [abl.note, 'recorded at training time (retraining in eval would be too slow)'],
    });
  }
  return sections;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { renderSection } = await import('./table.js');
  for (const s of await evalNer()) console.log(renderSection(s));
}

/** compromise and wink-nlp entity extraction over the same texts: tokens/s, best of 3 after a warm-up. */
async function peerSpeeds(texts: string[], tokens: number): Promise<Array<{ name: string; tokensPerSec: number }>> {
  const nlp = (await import('compromise')).default;
  const winkNLP = (await import('wink-nlp')).default;
  const wink = winkNLP((await import('wink-eng-lite-web-model')).default);
  const runs: Array<[string, (t: string) => unknown]> = [
    ['compromise', (t) => { const d = nlp(t); return [d.people().out('array'), d.places().out('array'), d.organizations().out('array')]; }],
    ['wink-nlp', (t) => wink.readDoc(t).entities().out()],
  ];
  return runs.map(([name, run]) => {
    for (const t of texts.slice(0, 20)) run(t);
    let best = Infinity;
    for (let r = 0; r < 3; r++) {
      const t0 = performance.now();
      for (const t of texts) run(t);
      best = Math.min(best, performance.now() - t0);
    }
    return { name, tokensPerSec: tokens / (best / 1000) };
  });
}
