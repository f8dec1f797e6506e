// npm run bench: speed and memory of the full pipeline, its stages, and the CLI's start-up,
// side by side with compromise and wink-nlp on the same texts, in one run. Each system runs
// in its own process on one core (Node is single-threaded), after a warm-up.
import { execFileSync, spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import os from 'node:os';
import { PACKAGE_ROOT } from '../src/core/paths.js';

const node = process.execPath;
const tsx = ['--import', 'tsx'];
const passes = process.env.BENCH_PASSES ?? '3';

function worker(args: string[]): any {
  const out = execFileSync(node, [...tsx, ...args], { cwd: PACKAGE_ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
  return JSON.parse(out.trim().split('\n').pop()!);
}

function startup(): { medianMs: number } {
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    const r = spawnSync(node, ['dist/cli/main.js', 'analyze', '--format', 'json'], { cwd: PACKAGE_ROOT, input: 'The minister said 12 people were hurt on Monday.', encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`ascribe analyze failed: ${r.stderr}`);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[3] };
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const systems = ['ascribe', 'compromise', 'wink-nlp'].map((s) => worker(['bench/worker.ts', s, passes]));
const stages = worker(['bench/stages.ts', '2']);
const start = startup();
const [a] = systems;

console.log(`# Ascribe bench — ${new Date().toISOString().slice(0, 10)}, ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}\n`);
console.log(`Corpus: ../shared/data/news/wikinews.jsonl, ${a.docs} articles, ${fmt(a.words)} words; ${passes} timed passes after a warm-up; one process per system, one core.\n`);
console.log('| system | what it computes | words/s | ratio ascribe/system | peak RSS MB | load ms |');
console.log('|---|---|---|---|---|---|');
const what: Record<string, string> = {
  ascribe: 'full pipeline: entities, quotes + speakers, figures + hedges + claimants, TIMEX3, events',
  compromise: 'people, places, organizations, quotations, numbers',
  'wink-nlp': 'entities (dates, numbers…; no person/org/place), sentences',
};
for (const s of systems) {
  console.log(`| ${s.system} | ${what[s.system]} | ${fmt(s.wordsPerSec)} | ${(a.wordsPerSec / s.wordsPerSec).toFixed(2)} | ${s.peakRssMB.toFixed(0)} | ${s.loadMs.toFixed(0)} |`);
}
console.log('\n## Stage cost (words/s of each stage alone, same corpus)\n');
console.log('| stage | words/s |');
console.log('|---|---|');
for (const [name, wps] of Object.entries(stages.wordsPerSec as Record<string, number>)) console.log(`| ${name} | ${fmt(wps)} |`);
const tq = 1 / (1 / stages.wordsPerSec.times + 1 / stages.wordsPerSec.quantities);
console.log(`| times + quantities together | ${fmt(tq)} |`);
console.log(`\n## Start-up\n\n\`ascribe analyze\` on a one-sentence stdin document, whole process, median of 7: **${start.medianMs.toFixed(0)} ms**.\n`);
console.log('Targets (issue 2): start-up ≤ 1000 ms; full pipeline ≥ compromise (ratio ≥ 1); peak RSS ≤ 500 MB.');
