import os from 'node:os';
import { MetricsTime, Worker, type Job } from 'bullmq';
import type { Store } from '../store/types.js';
import { parseQueueUrl } from './connection.js';
import { QUEUE_NAME, type JobData } from './jobs.js';
import { processJob, type Analyzer, type JobOutcome } from './process.js';

export interface WorkerOptions {
  /** Jobs in flight in this process (default 1). Analysis is CPU-bound: for more cores run more processes. */
  concurrency?: number;
  /**
   * How long a job's lock lasts without renewal (ms, default 30,000). A worker that dies holding
   * jobs frees them for others after about this long plus one stall check (a third of it).
   */
  lockMs?: number;
  /** Times a job may be recovered from dead workers before it is failed (default 3). */
  maxStalls?: number;
  analyzer?: Analyzer;
  /** Recorded on each job it takes (default host:pid), so a job can be traced to its worker. */
  name?: string;
  onDone?: (job: Job<JobData>, outcome: JobOutcome) => void;
  /** A job failed; `final` when it has no attempts left and stays dead-lettered. */
  onFailed?: (job: Job<JobData> | undefined, error: Error, final: boolean) => void;
  onError?: (error: Error) => void;
}

/** A BullMQ worker that processes ingest jobs into `store` until closed. */
export function startWorker(queueUrl: string, store: Store, opts: WorkerOptions = {}): Worker<JobData, JobOutcome> {
  const loc = parseQueueUrl(queueUrl);
  const lockMs = Math.max(1000, opts.lockMs ?? 30_000);
  const worker = new Worker<JobData, JobOutcome>(QUEUE_NAME, (job) => processJob(store, job.data, opts.analyzer), {
    connection: loc.connection,
    prefix: loc.prefix,
    name: opts.name ?? `${os.hostname()}:${process.pid}`,
    concurrency: Math.max(1, opts.concurrency ?? 1),
    lockDuration: lockMs,
    stalledInterval: Math.max(500, Math.round(lockMs / 3)),
    maxStalledCount: opts.maxStalls ?? 3,
    // Cumulative completed/failed counts for `ascribe status`, however few jobs are kept.
    metrics: { maxDataPoints: MetricsTime.ONE_WEEK },
  });
  worker.on('completed', (job, outcome) => opts.onDone?.(job, outcome));
  worker.on('failed', (job, err) => opts.onFailed?.(job, err, !!job && job.attemptsMade >= (job.opts.attempts ?? 1)));
  worker.on('error', (err) => opts.onError?.(err));
  return worker;
}
