/**
 * Speed of the quotes stage alone: words/s on one core over the Wikinews bench corpus, with the
 * upstream layers (normalize, segment, entities) computed before timing; plus model load time.
 * CPU time (process.cpuUsage), best of several passes after a warm-up, as the machine is shared.
 *
 *   npx tsx bench/quotes-stage.ts [passes=5]
 */
import { makeDoc, withLayer, type Doc } from '../src/core/doc.js';
import type { Stage } from '../src/core/pipeline.js';
import { normalize } from '../src/stages/normalize/index.js';
import { loadQuoteModel } from '../src/stages/quotes/model.js';
import { findQuotes, quotes } from '../src/stages/quotes/index.js';
import { segment } from '../src/stages/segment/index.js';
import { countWords, loadCorpus } from './corpus.js';

const cpuMs = (f: () => void): number => {
  const c0 = process.cpuUsage();
  f();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
};

async function upstream(): Promise<Stage[]> {
  const stages: Stage[] = [normalize, segment];
  try {
    const mod = (await import('../src/stages/entities/index.js' as string)) as { entities?: Stage };
    if (mod.entities) stages.push(mod.entities);
  } catch {
    // No entities stage: quotes runs with an empty entities layer (only speaker linking differs).
  }
  return stages;
}

async function main() {
  const passes = Number(process.argv[2] ?? 5);
  // Model load first, in a cold process: the first load is what a CLI run pays.
  const loads: number[] = [];
  for (let i = 0; i < 5; i++) loads.push(cpuMs(() => loadQuoteModel()));

  const stages = await upstream();
  const docs: Doc[] = loadCorpus().map((d) => {
    let doc = makeDoc(d.text, { id: d.id, lang: 'en', published: d.published });
    for (const s of stages) doc = withLayer(doc, s.provides, s.run(doc));
    return doc;
  });
  const words = docs.reduce((n, d) => n + countWords(d.raw), 0);

  const time = (run: (d: Doc) => unknown) => {
    run(docs[0]);
    for (const d of docs) run(d); // warm-up
    let best = Infinity;
    for (let p = 0; p < passes; p++) best = Math.min(best, cpuMs(() => docs.forEach(run)));
    return best;
  };
  const hybrid = time((d) => quotes.run(d));
  const rules = time((d) => findQuotes(d.layers.normalize!.text, d.layers.segment!, d.layers.entities ?? { entities: [], mentions: [] }, { mode: 'rules' }));
  const kw = (ms: number) => Math.round(words / ms);
  console.log(
    JSON.stringify({
      docs: docs.length,
      words,
      upstream: stages.map((s) => s.provides),
      modelLoadMs: { first: +loads[0].toFixed(1), best: +Math.min(...loads).toFixed(1) },
      quotesKWordsPerSec: { hybrid: kw(hybrid), rulesOnly: kw(rules) },
    }),
  );
}

main();
