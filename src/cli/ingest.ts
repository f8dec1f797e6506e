import fs from 'node:fs';
import path from 'node:path';
import { createError } from '../core/errors.js';
import { toIsoDate } from '../io/decode.js';
import { readInputs } from '../io/read.js';
import { ingest } from '../corpus/ingest.js';
import { enqueue } from '../queue/producer.js';
import { DEFAULT_DB, openStore } from '../store/index.js';
import { isPostgresUrl } from '../store/postgres/connect.js';
import { warn } from './output.js';
import { progress } from './progress.js';

export interface IngestCliOptions {
  db?: string;
  published?: string;
  batch?: string;
  queue?: string;
}

/**
 * `ascribe ingest PATH... [--db FILE]`: analyse and store. Ctrl-C commits what is analysed,
 * closes the database and exits 130; running the same command again continues.
 */
export async function runIngest(paths: string[], opts: IngestCliOptions): Promise<number> {
  if (paths.length === 0) throw createError('E_USAGE', 'give files or directories to ingest (try: ascribe ingest samples)');
  let published: string | undefined;
  if (opts.published !== undefined) {
    published = /^\d{4}-\d{2}-\d{2}$/.test(opts.published) ? toIsoDate(opts.published) : undefined;
    if (!published) throw createError('E_DATE', opts.published);
  }
  const batch = opts.batch === undefined ? undefined : Number(opts.batch);
  if (batch !== undefined && !(Number.isInteger(batch) && batch > 0)) throw createError('E_USAGE', `--batch must be a positive integer, not ${opts.batch}`);
  if (opts.queue) return runEnqueue(paths, opts.queue, published, batch, opts.db);
  const file = opts.db ?? DEFAULT_DB;
  const store = openStore(file);

  let stop = false;
  const onSignal = (sig: NodeJS.Signals) => {
    // First signal: finish the document in hand, commit, close. Second: leave at once (the
    // last committed transaction is safe on disk either way).
    if (stop) process.exit(130);
    stop = true;
    warn('interrupted', `${sig}: committing what is analysed; run the same command again to continue`);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const bar = progress('ingest', process.stderr.isTTY ? countInputs(paths) : undefined);
  let summary;
  try {
    summary = await ingest(store, readInputs(paths), {
      published,
      batch,
      shouldStop: () => stop,
      onDocument: (outcome, id, error) => {
        bar.tick(outcome !== 'error');
        if (error) warn(error.code, `${id}: ${error.message}`);
      },
    });
  } finally {
    bar.stop();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  const stats = await store.stats();
  await store.close();
  const rate = summary.seen / Math.max(0.001, summary.seconds);
  process.stdout.write(
    `${summary.interrupted ? 'interrupted after' : 'ingested'} ${summary.seen} documents in ${summary.seconds.toFixed(1)} s (${rate.toFixed(1)} docs/s): ` +
      `${summary.added} added, ${summary.replaced} replaced, ${summary.unchanged} unchanged, ${summary.errors} errors\n` +
      `${file}: ${stats.documents} documents, ${stats.errors} errors, ${stats.entities} entities, ${stats.events} events, ${stats.quotes} quotes, ${stats.figures} figures\n`,
  );
  if (summary.interrupted) return 130;
  return summary.errors > 0 ? 1 : 0;
}

/**
 * `ascribe ingest PATH... --queue redis://…`: enqueue one job per document (in batches) and
 * return; `ascribe worker` processes them. With a postgres --db, documents the store already
 * holds unchanged are not enqueued.
 */
async function runEnqueue(paths: string[], queue: string, published: string | undefined, batch: number | undefined, db: string | undefined): Promise<number> {
  const store = db && isPostgresUrl(db) ? openStore(db) : undefined;
  let stop = false;
  const onSignal = () => {
    if (stop) process.exit(130);
    stop = true;
  };
  process.on('SIGINT', onSignal);
  try {
    const s = await enqueue(queue, readInputs(paths), { published, batch, store, shouldStop: () => stop });
    process.stdout.write(
      `${s.interrupted ? 'interrupted after' : 'enqueued'} ${s.enqueued} documents in ${s.seconds.toFixed(1)} s` +
        `${store ? `, ${s.unchanged} already stored unchanged` : ''}, ${s.errors} unreadable (stored as error records by the workers)\n`,
    );
    return s.interrupted ? 130 : 0;
  } finally {
    process.off('SIGINT', onSignal);
    await store?.close();
  }
}

/** How many documents the paths hold (lines of JSONL, supported files in directories), for the ETA. */
function countInputs(paths: readonly string[]): number | undefined {
  let n = 0;
  const countFile = (p: string) => {
    const ext = path.extname(p).toLowerCase();
    if (ext === '.jsonl' || ext === '.ndjson') {
      const buf = fs.readFileSync(p);
      let lines = 0;
      for (let i = buf.indexOf(10); i >= 0; i = buf.indexOf(10, i + 1)) lines++;
      if (buf.length && buf[buf.length - 1] !== 10) lines++;
      n += lines;
    } else if (['.txt', '.text', '.md', '.html', '.htm', '.xhtml'].includes(ext)) n++;
  };
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.isFile()) countFile(full);
    }
  };
  try {
    for (const p of paths) {
      if (p === '-') return undefined;
      const st = fs.statSync(p);
      if (st.isDirectory()) walk(p);
      else countFile(p);
    }
  } catch {
    return undefined;
  }
  return n || undefined;
}
