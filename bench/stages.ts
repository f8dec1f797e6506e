// Cost of each pipeline stage in words/s, measured in one process over the corpus.
import { performance } from 'node:perf_hooks';
import { makeDoc, withLayer } from '../dist/core/doc.js';
import { STAGES } from '../dist/pipeline.js';
import { countWords, loadCorpus } from './corpus.js';

const passes = Number(process.argv[2] ?? 2);
const docs = loadCorpus();
const words = docs.reduce((n, d) => n + countWords(d.text), 0);
const time = new Map<string, number>(STAGES.map((s) => [s.provides, 0]));
const runAll = (timed: boolean) => {
  for (const d of docs) {
    let doc = makeDoc(d.text, { id: d.id, lang: 'en', published: d.published });
    for (const stage of STAGES) {
      const t = performance.now();
      const layer = stage.run(doc);
      if (timed) time.set(stage.provides, time.get(stage.provides)! + performance.now() - t);
      doc = withLayer(doc, stage.provides, layer);
    }
  }
};
runAll(false);
for (let p = 0; p < passes; p++) runAll(true);
const out: Record<string, number> = {};
for (const [name, ms] of time) out[name] = (words * passes) / (ms / 1000);
console.log(JSON.stringify({ words, passes, wordsPerSec: out }));
