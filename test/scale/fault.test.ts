/**
 * The fault test: two real worker processes (the built CLI), 500 documents, one worker killed
 * with SIGKILL mid-run and started again. Every document must be stored exactly once, no job
 * may fail, and both workers must then stop cleanly on SIGTERM.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/core/paths.js';
import { Queue } from 'bullmq';
import { parseQueueUrl } from '../../src/queue/connection.js';
import { QUEUE_NAME } from '../../src/queue/jobs.js';
import { queueStatus } from '../../src/queue/status.js';
import { PgStore } from '../../src/store/postgres/store.js';
import { syntheticNews } from './news.js';
import { dropPrefix, dropSchemas, freshPrefix, freshSchema, PG_URL, REDIS_URL, servicesFor } from './services.js';

const N = 500;
const MAIN = path.join(PACKAGE_ROOT, 'dist', 'cli', 'main.js');
const svc = await servicesFor('worker fault test', ['postgres', 'redis']);
const schemas: string[] = [];
const prefix = freshPrefix();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ascribe-fault-'));
const children: ChildProcess[] = [];
afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  fs.rmSync(tmp, { recursive: true, force: true });
  if (!svc.run) return;
  await dropSchemas(schemas);
  await dropPrefix(prefix);
});

if (svc.run && svc.missing.length) it('reaches Postgres and Redis', () => expect(svc.missing).toEqual([]));

interface Running {
  child: ChildProcess;
  ready: Promise<void>;
  exited: Promise<number | null>;
  log: () => string;
}

/** A worker process; `ready` once it has connected and loaded its models. */
function worker(queue: string, db: string): Running {
  // A short lock, so jobs held by a killed worker come back within seconds.
  const child = spawn(process.execPath, [MAIN, 'worker', '--queue', queue, '--db', db, '--lock-ms', '3000'], { cwd: PACKAGE_ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  children.push(child);
  let log = '';
  let onReady!: () => void;
  const ready = new Promise<void>((r) => (onReady = r));
  child.stderr!.on('data', (d) => {
    log += d;
    if (/ready: queue/.test(log)) onReady();
  });
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  void exited.then(() => onReady());
  return { child, ready, exited, log: () => log };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(!svc.run)('workers under SIGKILL', () => {
  it(`stores ${N} documents exactly once with one of two workers killed mid-run`, async () => {
    expect(fs.existsSync(MAIN), 'dist/cli/main.js is missing: run npm run build (npm test does)').toBe(true);
    const db = freshSchema(schemas);
    const schema = new URL(db).searchParams.get('schema')!;
    const queue = `${REDIS_URL}?prefix=${prefix}`;
    const input = path.join(tmp, 'news.jsonl');
    fs.writeFileSync(input, syntheticNews(N, 42).map((d) => JSON.stringify(d)).join('\n') + '\n');

    // Create the corpus, then log every document row ever inserted (rolled-back inserts vanish with their transaction).
    const store = new PgStore(db);
    await store.stats();
    const c = new pg.Client({ connectionString: PG_URL, options: `-c search_path=${schema}` });
    await c.connect();
    await c.query(`CREATE TABLE write_log (id TEXT NOT NULL);
      CREATE FUNCTION log_write() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO write_log VALUES (NEW.id); RETURN NEW; END $$;
      CREATE TRIGGER log_write AFTER INSERT ON documents FOR EACH ROW EXECUTE FUNCTION log_write();`);
    const count = async () => Number((await c.query('SELECT count(*) AS n FROM documents')).rows[0].n);

    const a = worker(queue, db);
    const b = worker(queue, db);
    await Promise.all([a.ready, b.ready]);
    const enq = spawnSync(process.execPath, [MAIN, 'ingest', input, '--queue', queue, '--db', db], { cwd: PACKAGE_ROOT, encoding: 'utf8' });
    expect(enq.status, enq.stderr).toBe(0);
    expect(enq.stdout).toMatch(new RegExp(`enqueued ${N} documents`));

    // Kill worker a while jobs are flowing, with one in its hands.
    const t0 = Date.now();
    while ((await count()) < N / 5 && Date.now() - t0 < 60_000) await sleep(50);
    const stored = await count();
    a.child.kill('SIGKILL');
    expect(await a.exited).toBe(null);
    expect(stored).toBeLessThan(N); // it really was mid-run
    // The jobs the dead worker held: still marked active, until their lock expires.
    const q = new Queue(QUEUE_NAME, { connection: parseQueueUrl(queue).connection, prefix });
    const held = (await q.getActive()).filter((j) => j.processedBy === `${os.hostname()}:${a.child.pid}`).map((j) => (j.data as { doc: { id: string } }).doc.id);
    await q.close();
    if (held.length === 0) console.warn('fault test: the killed worker held no job at that instant (it was between jobs)');
    await sleep(500);
    const a2 = worker(queue, db);
    await a2.ready;

    let st = await queueStatus(queue);
    while ((st.waiting + st.active + st.delayed > 0 || (await count()) < N) && Date.now() - t0 < 80_000) {
      await sleep(250);
      st = await queueStatus(queue);
    }
    expect(await count()).toBe(N);
    expect(st).toMatchObject({ waiting: 0, active: 0, delayed: 0, failed: 0, totalFailed: 0 });
    expect(st.totalCompleted).toBeGreaterThanOrEqual(N);
    // Written exactly once: one insert per document, no replaced rows, every document whole.
    const log = await c.query('SELECT count(*)::int AS n, count(DISTINCT id)::int AS ids FROM write_log');
    expect(log.rows[0]).toEqual({ n: N, ids: N });
    const broken = await c.query(`SELECT d.id FROM documents d WHERE d.n_quotes != (SELECT count(*) FROM quotes q WHERE q.doc_id = d.id)
      OR d.n_figures != (SELECT count(*) FROM figures f WHERE f.doc_id = d.id)`);
    expect(broken.rows).toEqual([]);
    // What the killed worker held was recovered and stored, once.
    for (const id of held) expect((await c.query('SELECT count(*)::int AS n FROM write_log WHERE id = $1', [id])).rows[0].n).toBe(1);
    // Corpus counters were bumped once per document: they equal a recount from the link rows.
    const drift = await c.query(`SELECT e.id FROM entities e WHERE e.docs != (SELECT count(DISTINCT doc_id) FROM doc_entities m WHERE m.entity_id = e.id)
      UNION ALL SELECT v.id FROM events v WHERE v.docs != (SELECT count(DISTINCT doc_id) FROM doc_events m WHERE m.event_id = v.id)`);
    expect(drift.rows).toEqual([]);

    const status = spawnSync(process.execPath, [MAIN, 'status', '--queue', queue, '--format', 'json'], { cwd: PACKAGE_ROOT, encoding: 'utf8' });
    expect(JSON.parse(status.stdout)).toMatchObject({ waiting: 0, active: 0, failed: 0 });

    // SIGTERM: each finishes what it holds and exits 0.
    b.child.kill('SIGTERM');
    a2.child.kill('SIGTERM');
    expect(await Promise.all([b.exited, a2.exited])).toEqual([0, 0]);
    expect(b.log()).toMatch(/stopped/);
    console.log(`fault test: killed a worker holding ${held.length} job(s) after ${stored} of ${N} documents; all ${N} stored once in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    await c.end();
    await store.close();
  }, 120_000);
});
