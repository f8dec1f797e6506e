// One system measured in its own process (so peak memory is its own): load time, then
// repeated passes over the corpus after a warm-up; prints one JSON line.
import { performance } from 'node:perf_hooks';
import { countWords, loadCorpus } from './corpus.js';

type Run = (text: string, published?: string) => unknown;

async function load(system: string): Promise<{ run: Run; stages?: () => Record<string, number> }> {
  switch (system) {
    case 'ascribe': {
      const { analyze } = await import('../dist/index.js');
      return { run: (text, published) => analyze(text, { published }) };
    }
    case 'compromise': {
      const nlp = (await import('compromise')).default;
      return {
        run: (text) => {
          const doc = nlp(text);
          return [doc.people().json(), doc.places().json(), doc.organizations().json(), doc.quotations().json(), doc.numbers().json()];
        },
      };
    }
    case 'wink-nlp': {
      const winkNLP = (await import('wink-nlp')).default;
      const model = (await import('wink-eng-lite-web-model')).default;
      const nlp = winkNLP(model);
      const its = nlp.its;
      return {
        run: (text) => {
          const doc = nlp.readDoc(text);
          return [doc.entities().out(its.detail), doc.sentences().out()];
        },
      };
    }
    default:
      throw new Error(`unknown system ${system}`);
  }
}

const system = process.argv[2];
const passes = Number(process.argv[3] ?? 3);
const docs = loadCorpus();
const words = docs.reduce((n, d) => n + countWords(d.text), 0);
const t0 = performance.now();
const { run } = await load(system);
const loadMs = performance.now() - t0;
for (const d of docs.slice(0, 30)) run(d.text, d.published); // warm-up
const t1 = performance.now();
for (let p = 0; p < passes; p++) for (const d of docs) run(d.text, d.published);
const seconds = (performance.now() - t1) / 1000;
console.log(JSON.stringify({ system, docs: docs.length, words, passes, seconds, wordsPerSec: (words * passes) / seconds, loadMs, peakRssMB: process.resourceUsage().maxRSS / 1024 }));
