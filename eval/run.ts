// npm run eval [-- area...]: dev-split accuracy tables for every stage, printed as Markdown.
import { renderSection } from './table.js';
import type { EvalSection } from './types.js';

const AREAS: Record<string, () => Promise<{ default: () => Promise<EvalSection[]> }>> = {
  ner: () => import('./ner.js'),
  quotes: () => import('./quotes.js'),
  times: () => import('./times.js'),
  quantities: () => import('./quantities.js'),
  example: () => import('./example.js'),
  figures: () => import('./figures.js'),
  claimants: () => import('./claimants.js'),
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = wanted.filter((a) => !(a in AREAS));
if (unknown.length) {
  console.error(`ascribe eval: unknown area ${unknown.join(', ')} (expected ${Object.keys(AREAS).join(', ')})`);
  process.exitCode = 2;
} else {
  console.log(`# Ascribe eval (dev splits) — ${new Date().toISOString().slice(0, 10)}\n`);
  for (const area of wanted.length ? wanted : Object.keys(AREAS)) {
    const started = Date.now();
    const sections = await (await AREAS[area]()).default();
    for (const s of sections) console.log(renderSection(s));
    console.error(`(${area}: ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
}
