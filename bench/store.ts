// npx tsx bench/store.ts — the corpus store against its targets (issue 6):
//  1. ingest throughput vs analyze throughput on the sample corpus (target ≥ 80%);
//  2. ledger and search API p99 latency on a BENCH_DOCS-document database (default 10,000;
//     target ≤ 50 ms), built by re-ingesting the sample corpus under new ids: each distinct
//     text is analysed once and its record stored again under each new id, so the store,
//     the linking and the full-text index do all their work for every document;
//  3. database size per document.
// Prints a Markdown table, then one line of JSON.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyze } from '../src/analyze.js';
import { PACKAGE_ROOT } from '../src/core/paths.js';
import { ingest } from '../src/corpus/ingest.js';
import type { ReadItem } from '../src/io/input.js';
import { readInputs } from '../src/io/read.js';
import type { AscribeRecord } from '../src/record/types.js';
import { createServer, listen } from '../src/server/app.js';
import { openStore } from '../src/store/index.js';

const N = Number(process.env.BENCH_DOCS ?? 10_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 300);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ascribe-bench-store-'));
const SAMPLE = [path.join(PACKAGE_ROOT, 'samples', 'wikinews', 'articles.jsonl'), path.join(PACKAGE_ROOT, 'examples', 'khojaly-2020.txt')];

async function items(): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const it of readInputs(SAMPLE)) out.push(it);
  return out;
}

const docs = (await items()).filter((i): i is Extract<ReadItem, { ok: true }> => i.ok).map((i) => i.doc);
const opts = (d: (typeof docs)[number], id = d.id) => ({ id, title: d.title, published: d.published ?? '2020-02-26', source: d.source, url: d.url });

// 1. analyze alone, then ingest (analyze + store) — best of three passes each, after a warm-up.
for (const d of docs) analyze(d.text, opts(d));
const best = async (f: () => Promise<void> | void) => {
  let t = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    await f();
    t = Math.min(t, performance.now() - t0);
  }
  return t;
};
const analyzeMs = await best(() => {
  for (const d of docs) analyze(d.text, opts(d));
});
let pass = 0;
const ingestMs = await best(async () => {
  const store = openStore(path.join(dir, `ingest-${pass++}.db`));
  const s = await ingest(store, docs.map((doc) => ({ ok: true as const, doc })), { published: '2020-02-26' });
  if (s.added !== docs.length) throw new Error(`ingest stored ${s.added} of ${docs.length}`);
  await store.close();
});
const analyzeRate = docs.length / (analyzeMs / 1000);
const ingestRate = docs.length / (ingestMs / 1000);

// 2. the big database.
const memo = new Map<string, AscribeRecord>();
const cached = (text: string, o: Parameters<typeof analyze>[1]): AscribeRecord => {
  let r = memo.get(text);
  if (!r) memo.set(text, (r = analyze(text, o)));
  return { ...r, doc: { ...r.doc, id: o!.id! } };
};
function* many(): Generator<ReadItem> {
  for (let i = 0; i < N; i++) {
    const d = docs[i % docs.length];
    yield { ok: true, doc: { ...d, id: `${d.id}#${Math.floor(i / docs.length)}` } };
  }
}
const bigFile = path.join(dir, 'big.db');
const big = openStore(bigFile);
const t0 = performance.now();
await ingest(big, many(), { published: '2020-02-26', analyzer: cached, batch: 256 });
const buildS = (performance.now() - t0) / 1000;
const stats = await big.stats();

const server = createServer(big);
const { url } = await listen(server, 0);
const events = await big.events({ limit: 100 });
const words = [...new Set(docs.flatMap((d) => (d.title ?? '').split(/\W+/)).filter((w) => w.length > 3))];
const phrases = ['police said', 'killed', 'president', 'election results', 'hospital', '"prime minister"', 'protest*', ...words.slice(0, 60)];

async function latency(paths: string[]): Promise<{ p50: number; p99: number; max: number }> {
  const times: number[] = [];
  for (let i = 0; i < Math.min(20, paths.length); i++) await (await fetch(url + paths[i])).arrayBuffer(); // warm-up
  for (let i = 0; i < REQUESTS; i++) {
    const p = paths[i % paths.length];
    const t = performance.now();
    const res = await fetch(url + p);
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${p}: ${res.status}`);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const q = (x: number) => times[Math.min(times.length - 1, Math.floor(x * times.length))];
  return { p50: q(0.5), p99: q(0.99), max: times[times.length - 1] };
}
const ledger = await latency(events.map((e) => `api/events/${encodeURIComponent(e.id)}/ledger`));
const search = await latency(phrases.map((p) => `api/search?q=${encodeURIComponent(p)}`));
await new Promise((r) => server.close(r));
await big.close();
const bytes = fs.statSync(bigFile).size;

const result = {
  machine: `${os.cpus()[0]?.model ?? 'cpu'} ×${os.cpus().length}, Node ${process.version}`,
  sample: { docs: docs.length, analyzeDocsPerSec: +analyzeRate.toFixed(1), ingestDocsPerSec: +ingestRate.toFixed(1), ratio: +(ingestRate / analyzeRate).toFixed(3) },
  big: { docs: stats.documents, entities: stats.entities, events: stats.events, quotes: stats.quotes, figures: stats.figures, buildSeconds: +buildS.toFixed(1), storeDocsPerSec: +(N / buildS).toFixed(0) },
  ledgerMs: { p50: +ledger.p50.toFixed(2), p99: +ledger.p99.toFixed(2), max: +ledger.max.toFixed(2), requests: REQUESTS, biggestEventDocs: events[0]?.docs ?? 0 },
  searchMs: { p50: +search.p50.toFixed(2), p99: +search.p99.toFixed(2), max: +search.max.toFixed(2), requests: REQUESTS },
  dbBytesPerDoc: Math.round(bytes / stats.documents),
};

const ok = (b: boolean) => (b ? 'yes' : '**no**');
console.log(`# Store bench — ${result.machine}\n`);
console.log('| measure | value | target | met |');
console.log('|---|---|---|---|');
console.log(`| analyze, sample corpus (${docs.length} docs) | ${result.sample.analyzeDocsPerSec} docs/s | | |`);
console.log(`| ingest (analyze + store), same docs | ${result.sample.ingestDocsPerSec} docs/s (${(result.sample.ratio * 100).toFixed(0)}% of analyze) | ≥ 80% | ${ok(result.sample.ratio >= 0.8)} |`);
console.log(`| store only, building the ${stats.documents}-doc database | ${result.big.storeDocsPerSec} docs/s | | |`);
console.log(`| GET /api/events/{id}/ledger p50 / p99 (${REQUESTS} requests, largest event ${result.ledgerMs.biggestEventDocs} docs) | ${result.ledgerMs.p50} / ${result.ledgerMs.p99} ms | p99 ≤ 50 ms | ${ok(result.ledgerMs.p99 <= 50)} |`);
console.log(`| GET /api/search p50 / p99 (${REQUESTS} requests) | ${result.searchMs.p50} / ${result.searchMs.p99} ms | p99 ≤ 50 ms | ${ok(result.searchMs.p99 <= 50)} |`);
console.log(`| database size per document | ${(result.dbBytesPerDoc / 1024).toFixed(1)} KiB | reported | |`);
console.log(`\n${stats.documents} documents, ${stats.entities} entities, ${stats.events} events, ${stats.quotes} quotes, ${stats.figures} figures; built in ${result.big.buildSeconds} s.\n`);
console.log(JSON.stringify(result));
fs.rmSync(dir, { recursive: true, force: true });
