import { analyze } from '../analyze.js';
import { createError } from '../core/errors.js';
import { startWorker } from '../queue/worker.js';
import { parseQueueUrl } from '../queue/connection.js';
import { DEFAULT_DB, openStore } from '../store/index.js';
import { isPostgresUrl, parseLocation } from '../store/postgres/connect.js';
import { warn } from './output.js';

export interface WorkerCliOptions {
  queue?: string;
  db?: string;
  concurrency?: string;
  lockMs?: string;
}

const positive = (name: string, v: string | undefined, def: number, min = 1) => {
  if (v === undefined) return def;
  const n = Number(v);
  if (!(Number.isInteger(n) && n >= min)) throw createError('E_USAGE', `${name} must be an integer ≥ ${min}, not ${v}`);
  return n;
};

/**
 * `ascribe worker --queue redis://… --db postgres://…`: processes ingest jobs until SIGTERM or
 * Ctrl-C, which finish the jobs in hand and exit 0 (a second signal exits at once; its jobs
 * go back to the queue when their locks expire). One process uses one core: run one per core.
 */
export async function runWorker(opts: WorkerCliOptions): Promise<number> {
  if (!opts.queue) throw createError('E_USAGE', 'give the queue to work on: --queue redis://HOST:6379');
  const loc = parseQueueUrl(opts.queue);
  const concurrency = positive('--concurrency', opts.concurrency, 1);
  const lockMs = positive('--lock-ms', opts.lockMs, 30_000, 1000);
  const db = opts.db ?? DEFAULT_DB;
  const where = isPostgresUrl(db) ? parseLocation(db).display : db;
  const store = openStore(db);
  await store.stats(); // connects and migrates now, so a wrong --db fails here, not per job
  analyze('Warm-up: the models load before the first job holds a lock.', { id: 'warm-up' });

  const counts = { added: 0, replaced: 0, unchanged: 0, error: 0, failed: 0 };
  let last = '';
  const t0 = performance.now();
  const report = () => {
    const done = counts.added + counts.replaced + counts.unchanged + counts.error;
    const line = `${done} jobs done (${counts.added} added, ${counts.replaced} replaced, ${counts.unchanged} unchanged, ${counts.error} error records), ${counts.failed} failed attempts`;
    if (line === last) return;
    last = line;
    process.stderr.write(`ascribe: worker ${process.pid}: ${line}, ${(done / ((performance.now() - t0) / 1000)).toFixed(1)} jobs/s\n`);
  };
  let lastError = 0;
  const worker = startWorker(opts.queue, store, {
    concurrency,
    lockMs,
    onDone: (_job, outcome) => counts[outcome]++,
    onFailed: (job, err, final) => {
      counts.failed++;
      const doc = job ? ('doc' in job.data ? job.data.doc.id : job.data.error.id) : '?';
      warn(final ? 'E_DEAD_LETTER' : 'E_RETRY', `${doc}: ${err.message}${final ? ' (no attempts left: see ascribe status)' : ` (attempt ${job?.attemptsMade ?? '?'}, will retry)`}`);
    },
    onError: (err) => {
      // Redis going away repeats this every reconnect; say it at most every 5 s.
      if (performance.now() - lastError > 5000) warn('E_QUEUE', err.message);
      lastError = performance.now();
    },
  });
  await worker.waitUntilReady();
  process.stderr.write(`ascribe: worker ${process.pid} ready: queue ${loc.display} (prefix ${loc.prefix}), store ${where}, concurrency ${concurrency}\n`);
  const ticker = setInterval(report, 10_000);

  await new Promise<void>((resolve) => {
    let stopping = false;
    const stop = (sig: NodeJS.Signals) => {
      if (stopping) process.exit(130);
      stopping = true;
      process.stderr.write(`ascribe: worker ${process.pid}: ${sig}: finishing the jobs in hand, then exiting\n`);
      void worker.close().then(resolve, resolve);
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
  clearInterval(ticker);
  report();
  await store.close();
  process.stderr.write(`ascribe: worker ${process.pid} stopped\n`);
  return 0;
}
