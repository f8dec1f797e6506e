/**
 * Sweeps the cue threshold on PolNeAR train (never dev) and prints lenient/exact F1 for each.
 *   npx tsx train/quotes/tune.ts [docs]
 */
import { performance } from 'node:perf_hooks';
import { segmentText } from '../../src/stages/segment/index.js';
import { findQuotes } from '../../src/stages/quotes/index.js';
import { scoreDocs } from '../../eval/quotes.js';
import { loadPolnear } from './polnear.js';

const docs = loadPolnear('train', Number(process.argv[2] ?? 300));
const segs = new Map(docs.map((d) => [d.id, segmentText(d.text)]));
const f1 = (t: { gold: number; pred: number; tp: number }) => (2 * t.tp) / Math.max(1, t.gold + t.pred);
for (const th of (process.env.TH ?? "0.15,0.2,0.25,0.3,0.4,0.5").split(",").map(Number)) {
  const s = scoreDocs(docs, (d) => {
    const t0 = performance.now();
    const quotes = findQuotes(d.text, segs.get(d.id)!, { entities: [], mentions: [] }, { cueThreshold: th });
    return { quotes, words: 0, ms: performance.now() - t0 };
  });
  console.log(`threshold ${th}: lenient F1 ${(100 * f1(s.lenient)).toFixed(1)}  exact F1 ${(100 * f1(s.exact)).toFixed(1)}  e2e F1 ${(100 * f1(s.endToEnd)).toFixed(1)}  source ${((100 * s.sourceOk) / s.lenient.tp).toFixed(1)}%`);
}
