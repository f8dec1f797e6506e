// npx tsx bench/scale.ts — distributed ingest on this machine (issue 7), against the local
// Postgres (ASCRIBE_BENCH_PG, default postgres://postgres@127.0.0.1:5432/test) and Redis
// (ASCRIBE_BENCH_REDIS, default redis://127.0.0.1:6379), each run in a schema / key prefix of
// its own, dropped afterwards. Needs the build (npm run build): workers are CLI processes.
//  1. in-process baselines: analyze alone; ingest (analyze + store) into SQLite and Postgres;
//  2. the Postgres write rate: stored records, one document per transaction (what a worker does);
//  3. BullMQ's own cost per job: addBulk, then dequeue + ack with a worker that does nothing;
//  4. documents/s through the queue with 1 and with 2 worker processes (`ascribe worker`).
// Documents: the committed sample corpus repeated under new ids (BENCH_SCALE_DOCS, default 400).
// Prints a Markdown table, then one line of JSON.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Queue, Worker } from 'bullmq';
import pg from 'pg';
import { Redis } from 'ioredis';
import { analyze } from '../src/analyze.js';
import { PACKAGE_ROOT } from '../src/core/paths.js';
import { ingest } from '../src/corpus/ingest.js';
import type { InputDoc, ReadItem } from '../src/io/input.js';
import { readInputs } from '../src/io/read.js';
import { parseQueueUrl } from '../src/queue/connection.js';
import { QUEUE_NAME } from '../src/queue/jobs.js';
import { enqueue } from '../src/queue/producer.js';
import type { AscribeRecord } from '../src/record/types.js';
import { openStore } from '../src/store/index.js';

const PG_URL = process.env.ASCRIBE_BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
const REDIS_URL = process.env.ASCRIBE_BENCH_REDIS ?? 'redis://127.0.0.1:6379';
const M = Number(process.env.BENCH_SCALE_DOCS ?? 400);
const MAIN = path.join(PACKAGE_ROOT, 'dist', 'cli', 'main.js');
const PUBLISHED = '2020-02-26';
if (!fs.existsSync(MAIN)) throw new Error('dist/cli/main.js is missing: run npm run build first');

const tag = randomBytes(4).toString('hex');
const schemas: string[] = [];
const prefixes: string[] = [];
const schemaUrl = (name: string) => {
  const s = `bench_${tag}_${name}`;
  schemas.push(s);
  return `${PG_URL}${PG_URL.includes('?') ? '&' : '?'}schema=${s}`;
};
const queueUrl = (name: string) => {
  const p = `ascribe-bench-${tag}-${name}`;
  prefixes.push(p);
  return `${REDIS_URL}?prefix=${p}`;
};

const sample: InputDoc[] = [];
for await (const it of readInputs([path.join(PACKAGE_ROOT, 'samples', 'wikinews', 'articles.jsonl')])) if (it.ok) sample.push(it.doc);
const docs: InputDoc[] = Array.from({ length: M }, (_, i) => ({ ...sample[i % sample.length], id: `${sample[i % sample.length].id}#${Math.floor(i / sample.length)}` }));
const items: ReadItem[] = docs.map((doc) => ({ ok: true, doc }));
const chars = docs.reduce((n, d) => n + d.text.length, 0);
const rate = (n: number, ms: number) => +(n / (ms / 1000)).toFixed(1);
const time = async (f: () => Promise<unknown> | unknown) => {
  const t = performance.now();
  await f();
  return performance.now() - t;
};

// 1. In-process baselines (after a warm-up pass).
for (const d of sample) analyze(d.text, { id: d.id, title: d.title, published: d.published ?? PUBLISHED });
const records: AscribeRecord[] = [];
const analyzeMs = await time(() => {
  for (const d of docs) records.push(analyze(d.text, { id: d.id, title: d.title, published: d.published ?? PUBLISHED, source: d.source, url: d.url }));
});
const liteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ascribe-bench-scale-'));
const lite = openStore(path.join(liteDir, 'bench.db'));
const sqliteMs = await time(() => ingest(lite, items, { published: PUBLISHED }));
await lite.close();
const pgIngest = openStore(schemaUrl('ingest'));
await pgIngest.stats();
const pgIngestMs = await time(() => ingest(pgIngest, items, { published: PUBLISHED }));
await pgIngest.close();

// 2. The Postgres write rate, records ready: one document per transaction, as workers write.
const pgWrite = openStore(schemaUrl('write'));
await pgWrite.stats();
const writeMs = await time(async () => {
  for (const r of records) await pgWrite.putBatch([{ hash: `h-${r.doc.id}`, record: r }]);
});
await pgWrite.close();

// 3. BullMQ alone: enqueue M jobs, then take and acknowledge them with a worker that does nothing.
const bare = queueUrl('bare');
const enqueueMs = await time(() => enqueue(bare, items, { published: PUBLISHED }));
const loc = parseQueueUrl(bare);
const noopMs = await time(
  () =>
    new Promise<void>((resolve) => {
      let n = 0;
      const w = new Worker(QUEUE_NAME, async () => 'ok', { connection: loc.connection, prefix: loc.prefix });
      w.on('completed', () => ++n === M && void w.close().then(resolve));
    }),
);

// 4. Through the queue with worker processes.
function startWorker(queue: string, db: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [MAIN, 'worker', '--queue', queue, '--db', db], { cwd: PACKAGE_ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  return new Promise((resolve, reject) => {
    let log = '';
    child.stderr!.on('data', (d) => {
      log += d;
      if (/ready: queue/.test(log)) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`worker exited ${code}: ${log}`)));
  });
}
async function throughQueue(workers: number): Promise<{ ms: number; docsPerSec: number }> {
  const db = schemaUrl(`w${workers}`);
  const queue = queueUrl(`w${workers}`);
  const store = openStore(db);
  await store.stats();
  const procs = await Promise.all(Array.from({ length: workers }, () => startWorker(queue, db)));
  const q = new Queue(QUEUE_NAME, { connection: parseQueueUrl(queue).connection, prefix: parseQueueUrl(queue).prefix });
  const t0 = performance.now();
  await enqueue(queue, items, { published: PUBLISHED });
  // Done when every job is acknowledged (and so every document committed).
  while ((await q.getCompletedCount()) + (await q.getFailedCount()) < M) await new Promise((r) => setTimeout(r, 20));
  const ms = performance.now() - t0;
  const stored = (await store.stats()).documents;
  if (stored !== M || (await q.getFailedCount()) > 0) throw new Error(`${workers} workers: ${stored} of ${M} stored`);
  await q.close();
  await Promise.all(procs.map((p) => new Promise((r) => (p.removeAllListeners('exit'), p.on('exit', r), p.kill('SIGTERM')))));
  await store.close();
  return { ms, docsPerSec: rate(M, ms) };
}
const one = await throughQueue(1);
const two = await throughQueue(2);

// Clean up.
const c = new pg.Client({ connectionString: PG_URL });
await c.connect();
for (const s of schemas) await c.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
await c.end();
const redis = new Redis(REDIS_URL);
for (const p of prefixes) {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${p}:*`, 'COUNT', 1000);
    cursor = next;
    if (keys.length) await redis.del(...keys);
  } while (cursor !== '0');
}
redis.disconnect();
fs.rmSync(liteDir, { recursive: true, force: true });

const perDoc = (ms: number) => +(ms / M).toFixed(2);
const result = {
  machine: `${os.cpus()[0]?.model ?? 'cpu'} ×${os.cpus().length}, Node ${process.version}`,
  docs: M,
  avgChars: Math.round(chars / M),
  inProcess: { analyzeDocsPerSec: rate(M, analyzeMs), sqliteIngestDocsPerSec: rate(M, sqliteMs), postgresIngestDocsPerSec: rate(M, pgIngestMs) },
  postgresWriteDocsPerSec: rate(M, writeMs),
  bullmq: { enqueueMsPerDoc: perDoc(enqueueMs), dequeueAckMsPerDoc: perDoc(noopMs) },
  queue: {
    oneWorkerDocsPerSec: one.docsPerSec,
    twoWorkersDocsPerSec: two.docsPerSec,
    scaling: +(two.docsPerSec / one.docsPerSec).toFixed(2),
    overheadMsPerDoc: +(one.ms / M - pgIngestMs / M).toFixed(2),
  },
};

console.log(`# Scale bench — ${result.machine}\n`);
console.log(`${M} documents (the sample corpus repeated under new ids, ${result.avgChars} characters on average).\n`);
console.log('| measure | docs/s | ms/doc |');
console.log('|---|---|---|');
const row = (what: string, dps: number) => console.log(`| ${what} | ${dps} | ${(1000 / dps).toFixed(2)} |`);
row('analyze alone, in process', result.inProcess.analyzeDocsPerSec);
row('ingest into SQLite, in process', result.inProcess.sqliteIngestDocsPerSec);
row('ingest into Postgres, in process', result.inProcess.postgresIngestDocsPerSec);
row('Postgres write alone (1 doc per transaction, records ready)', result.postgresWriteDocsPerSec);
row('queue → 1 worker process → Postgres', result.queue.oneWorkerDocsPerSec);
row('queue → 2 worker processes → Postgres', result.queue.twoWorkersDocsPerSec);
console.log(`\nScaling 1 → 2 workers: ×${result.queue.scaling} on ${os.cpus().length} cores (Postgres, Redis and the bench share them).`);
console.log(`BullMQ alone: enqueue (addBulk) ${result.bullmq.enqueueMsPerDoc} ms/doc, dequeue + ack ${result.bullmq.dequeueAckMsPerDoc} ms/doc.`);
console.log(`Queue overhead end to end (1 worker vs in-process Postgres ingest): ${result.queue.overheadMsPerDoc} ms/doc.\n`);
console.log(JSON.stringify(result));
