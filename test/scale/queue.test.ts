/**
 * The queue against real Redis and Postgres, in-process: queue → worker → Postgres gives the
 * same records as `ingest` into SQLite; jobs are idempotent; failures are retried with backoff
 * and dead-lettered with their error; closing a worker finishes the job in hand.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Queue } from 'bullmq';
import { analyze } from '../../src/analyze.js';
import { PACKAGE_ROOT } from '../../src/core/paths.js';
import { ingest } from '../../src/corpus/ingest.js';
import type { ReadItem } from '../../src/io/input.js';
import { readInputs } from '../../src/io/read.js';
import { parseQueueUrl } from '../../src/queue/connection.js';
import { QUEUE_NAME } from '../../src/queue/jobs.js';
import { enqueue } from '../../src/queue/producer.js';
import { queueStatus, retryFailed } from '../../src/queue/status.js';
import { startWorker } from '../../src/queue/worker.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/types.js';
import { syntheticNews } from './news.js';
import { dropPrefix, dropSchemas, freshPrefix, freshSchema, REDIS_URL, servicesFor } from './services.js';

const svc = await servicesFor('queue (BullMQ + Postgres)', ['postgres', 'redis']);
const schemas: string[] = [];
const prefixes: string[] = [];
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ascribe-queue-'));
afterAll(async () => {
  if (!svc.run) return;
  await dropSchemas(schemas);
  for (const p of prefixes) await dropPrefix(p);
  fs.rmSync(tmp, { recursive: true, force: true });
});

if (svc.run && svc.missing.length) it('reaches Postgres and Redis', () => expect(svc.missing).toEqual([]));

const queueUrl = () => {
  const p = freshPrefix();
  prefixes.push(p);
  return `${REDIS_URL}?prefix=${p}`;
};

/** Resolves once `n` jobs have completed or failed for good. */
function settle(n: number) {
  let done = 0;
  let resolve!: () => void;
  const all = new Promise<void>((r) => (resolve = r));
  const tick = () => ++done >= n && resolve();
  return { all, tick };
}

async function items(): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const it of readInputs([path.join(PACKAGE_ROOT, 'samples', 'wikinews', 'articles.jsonl')])) out.push(it);
  return out.slice(0, 24);
}

describe.skipIf(!svc.run)('queue → worker → Postgres', () => {
  it('stores the same records as ingest into SQLite, linked into the same corpus', async () => {
    const inputs = await items();
    const lite = openStore(path.join(tmp, 'same.db'));
    await ingest(lite, inputs, { published: '2020-02-26' });

    const q = queueUrl();
    const pgs = openStore(freshSchema(schemas));
    const sent = await enqueue(q, inputs, { published: '2020-02-26' });
    expect(sent.enqueued).toBe(inputs.length);
    const s = settle(inputs.length);
    const w = startWorker(q, pgs, { onDone: s.tick });
    await s.all;
    await w.close();

    const ids = inputs.map((i) => (i.ok ? i.doc.id : i.id));
    for (const id of ids) expect(await pgs.document(id), id).toEqual(await lite.document(id));
    expect({ ...(await pgs.stats()), schemaVersion: 0 }).toEqual({ ...(await lite.stats()), schemaVersion: 0 });
    // One worker takes jobs in order, so linking decides as the in-process ingest did.
    expect(await pgs.entities({ limit: 1000 })).toEqual(await lite.entities({ limit: 1000 }));
    const events = await lite.events({ limit: 1000 });
    expect(await pgs.events({ limit: 1000 })).toEqual(events);
    for (const e of events.slice(0, 5)) expect(await pgs.ledger(e.id)).toEqual(await lite.ledger(e.id));
    expect(await pgs.quotes({ limit: 1000 })).toEqual(await lite.quotes({ limit: 1000 }));
    expect(await pgs.figures({ limit: 1000 })).toEqual(await lite.figures({ limit: 1000 }));
    const hits = (await pgs.search('police', { limit: 100 })).map((h) => `${h.kind} ${h.doc} ${h.id}`).sort();
    expect(hits).toEqual((await lite.search('police', { limit: 100 })).map((h) => `${h.kind} ${h.doc} ${h.id}`).sort());
    await Promise.all([lite.close(), pgs.close()]);
  });

  it('is idempotent: a re-enqueued document is one job, a stored one is skipped, a changed one replaces', async () => {
    const q = queueUrl();
    const store = openStore(freshSchema(schemas));
    const docs = syntheticNews(6, 11);
    const asItems = (ds: typeof docs): ReadItem[] => ds.map((doc) => ({ ok: true, doc }));
    await enqueue(q, asItems(docs));
    await enqueue(q, asItems(docs)); // same ids: nothing added
    expect((await queueStatus(q)).waiting).toBe(6);
    const outcomes: string[] = [];
    let s = settle(6);
    const w = startWorker(q, store, { onDone: (_j, o) => (outcomes.push(o), s.tick()) });
    await s.all;
    expect(outcomes).toEqual(Array(6).fill('added'));

    // Enqueued again with the store: nothing to do. A changed text: a new job that replaces.
    const again = await enqueue(q, asItems(docs), { store });
    expect(again).toMatchObject({ enqueued: 0, unchanged: 6 });
    s = settle(1);
    outcomes.length = 0;
    await enqueue(q, asItems([{ ...docs[2], text: docs[2].text + ' Officials said 3 more bodies were found.' }]), { store });
    await s.all;
    expect(outcomes).toEqual(['replaced']);
    // The same job run again (a retry after a crash between commit and ack) writes nothing.
    const { processJob } = await import('../../src/queue/process.js');
    expect(await processJob(store, { doc: docs[0] })).toBe('unchanged');
    expect((await store.stats()).documents).toBe(6);
    await w.close();
    await store.close();
  });

  it('retries a failing job with exponential backoff, dead-letters it with its error, and can retry it', async () => {
    const q = queueUrl();
    const real = openStore(freshSchema(schemas));
    let broken = true;
    // A store that fails for one document until repaired: the machinery failing, not the document.
    const flaky: Store = Object.create(real);
    flaky.putBatch = async (batch) => {
      if (broken && batch.some((b) => 'record' in b && b.record.doc.id === 'news-1')) throw new Error('connection reset by peer');
      return real.putBatch(batch);
    };
    const docs = syntheticNews(3, 5);
    await enqueue(q, docs.map((doc) => ({ ok: true, doc })), { retry: { attempts: 3, backoffMs: 50 } });
    const failures: Array<{ final: boolean; at: number }> = [];
    const s = settle(3);
    const w = startWorker(q, flaky, { onDone: s.tick, onFailed: (_j, _e, final) => (failures.push({ final, at: performance.now() }), final && s.tick()) });
    await s.all;
    expect(failures.map((f) => f.final)).toEqual([false, false, true]);
    // Exponential: the second wait is about twice the first.
    expect(failures[2].at - failures[1].at).toBeGreaterThan(failures[1].at - failures[0].at);
    const st = await queueStatus(q);
    expect(st).toMatchObject({ waiting: 0, active: 0, failed: 1, totalCompleted: 2 });
    expect(st.deadLetters).toEqual([expect.objectContaining({ doc: 'news-1', attempts: 3, error: 'connection reset by peer' })]);

    broken = false;
    const done = settle(1);
    w.on('completed', done.tick);
    expect(await retryFailed(q)).toBe(1);
    await done.all;
    expect(await queueStatus(q)).toMatchObject({ failed: 0, totalCompleted: 3 });
    expect((await real.stats()).documents).toBe(3);
    await w.close();
    await real.close();
  });

  it('finishes the job in hand when closed, and stores an unanalysable document as an error record', async () => {
    const q = queueUrl();
    const store = openStore(freshSchema(schemas));
    const docs = syntheticNews(2, 9);
    await enqueue(q, [...docs.map((doc) => ({ ok: true as const, doc })), { ok: true, doc: { id: 'empty', text: '   ' } }]);
    let started!: () => void;
    const active = new Promise<void>((r) => (started = r));
    const slow = (text: string, o: Parameters<typeof analyze>[1]) => {
      started();
      const until = performance.now() + 400;
      while (performance.now() < until); // a long analysis, in progress when close() is called
      return analyze(text, o);
    };
    const w = startWorker(q, store, { analyzer: slow });
    await active;
    await w.close(); // waits for the job in hand
    expect((await store.stats()).documents).toBe(1);
    const queue = new Queue(QUEUE_NAME, { connection: parseQueueUrl(q).connection, prefix: parseQueueUrl(q).prefix });
    expect(await queue.getJobCounts('waiting', 'active', 'completed')).toMatchObject({ waiting: 2, active: 0, completed: 1 });
    await queue.close();

    const s = settle(2);
    const w2 = startWorker(q, store, { onDone: s.tick });
    await s.all;
    await w2.close();
    expect((await store.documents({ status: 'error' }))[0]).toMatchObject({ id: 'empty', error: { code: 'E_EMPTY' } });
    await store.close();
  });
});
