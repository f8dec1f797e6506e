import { Queue } from 'bullmq';
import type { ReadItem } from '../io/input.js';
import { contentHash } from '../store/hash.js';
import type { Store } from '../store/types.js';
import { closeQueue, parseQueueUrl } from './connection.js';
import { DEFAULT_RETRY, jobIdFor, jobOptions, QUEUE_NAME, type JobData, type RetryPolicy } from './jobs.js';

export interface EnqueueOptions {
  /** Publication date for documents that carry none. */
  published?: string;
  /** Jobs per addBulk call (default 500). */
  batch?: number;
  retry?: Partial<RetryPolicy>;
  /** When given, documents stored there unchanged are not enqueued at all. */
  store?: Store;
  shouldStop?: () => boolean;
  onBatch?: (sent: number) => void;
}

export interface EnqueueSummary {
  seen: number;
  /** Jobs handed to the queue (one already queued under the same id is not added twice). */
  enqueued: number;
  /** Skipped because the store already holds them unchanged. */
  unchanged: number;
  /** Unreadable inputs, enqueued as error records. */
  errors: number;
  interrupted: boolean;
  seconds: number;
}

/** Reads the inputs and enqueues one job per document, in addBulk batches; returns once they are in Redis. */
export async function enqueue(queueUrl: string, inputs: AsyncIterable<ReadItem> | Iterable<ReadItem>, opts: EnqueueOptions = {}): Promise<EnqueueSummary> {
  const loc = parseQueueUrl(queueUrl);
  const queue = new Queue<JobData>(QUEUE_NAME, { connection: loc.connection, prefix: loc.prefix });
  queue.on('error', () => {}); // connection errors surface as rejected calls below
  const t0 = performance.now();
  const size = Math.max(1, opts.batch ?? 500);
  const options = jobOptions({ ...DEFAULT_RETRY, ...opts.retry });
  const sum: EnqueueSummary = { seen: 0, enqueued: 0, unchanged: 0, errors: 0, interrupted: false, seconds: 0 };
  type Pending = { name: string; data: JobData; opts: typeof options & { jobId: string }; docId: string; hash: string | null };
  let pending: Pending[] = [];

  const flush = async () => {
    if (pending.length === 0) return;
    let jobs = pending;
    pending = [];
    if (opts.store) {
      const stored = await opts.store.hashes(jobs.map((j) => j.docId));
      const fresh = jobs.filter((j) => j.hash === null || stored.get(j.docId) !== j.hash);
      sum.unchanged += jobs.length - fresh.length;
      jobs = fresh;
    }
    if (jobs.length) await queue.addBulk(jobs.map(({ name, data, opts: o }) => ({ name, data, opts: o })));
    sum.enqueued += jobs.length;
    opts.onBatch?.(sum.enqueued);
  };

  try {
    for await (const item of inputs as AsyncIterable<ReadItem>) {
      if (opts.shouldStop?.()) {
        sum.interrupted = true;
        break;
      }
      sum.seen++;
      if (item.ok) {
        const hash = contentHash(item.doc, opts.published);
        const data: JobData = opts.published ? { doc: item.doc, published: opts.published } : { doc: item.doc };
        pending.push({ name: 'doc', data, opts: { ...options, jobId: jobIdFor(item.doc.id, hash) }, docId: item.doc.id, hash });
      } else {
        sum.errors++;
        const error = { id: item.id, code: item.error.code, message: item.error.message };
        pending.push({ name: 'unreadable', data: { error }, opts: { ...options, jobId: jobIdFor(item.id, `${error.code}:${error.message}`) }, docId: item.id, hash: null });
      }
      if (pending.length >= size) await flush();
    }
    await flush();
  } finally {
    await closeQueue(queue);
  }
  sum.seconds = (performance.now() - t0) / 1000;
  return sum;
}
