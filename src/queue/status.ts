import { Queue } from 'bullmq';
import { closeQueue, parseQueueUrl } from './connection.js';
import { QUEUE_NAME, type JobData } from './jobs.js';

export interface DeadLetter {
  job: string;
  doc: string;
  attempts: number;
  error: string;
  failedAt: string | null;
}

export interface QueueStatus {
  queue: string;
  waiting: number;
  active: number;
  delayed: number;
  /** Completed jobs still kept in Redis. */
  completed: number;
  /** Dead-lettered: failed after their last attempt, kept with their error. */
  failed: number;
  /** Every job completed / failed since metrics began (workers record them). */
  totalCompleted: number;
  totalFailed: number;
  workers: number;
  deadLetters: DeadLetter[];
}

const docOf = (d: JobData | undefined) => (!d ? '?' : 'doc' in d ? d.doc.id : d.error.id);

/** Counts of the ingest queue, the workers connected to it, and the latest dead letters. */
export async function queueStatus(queueUrl: string, opts: { deadLetters?: number } = {}): Promise<QueueStatus> {
  const loc = parseQueueUrl(queueUrl);
  const queue = new Queue<JobData>(QUEUE_NAME, { connection: loc.connection, prefix: loc.prefix });
  queue.on('error', () => {});
  try {
    const c = await queue.getJobCounts('waiting', 'prioritized', 'paused', 'active', 'delayed', 'completed', 'failed');
    const [done, failed, workers, dead] = await Promise.all([
      queue.getMetrics('completed', 0, 0),
      queue.getMetrics('failed', 0, 0),
      queue.getWorkersCount(),
      queue.getFailed(0, Math.max(0, (opts.deadLetters ?? 10) - 1)),
    ]);
    return {
      queue: `${loc.display} (prefix ${loc.prefix})`,
      waiting: (c.waiting ?? 0) + (c.prioritized ?? 0) + (c.paused ?? 0),
      active: c.active ?? 0,
      delayed: c.delayed ?? 0,
      completed: c.completed ?? 0,
      failed: c.failed ?? 0,
      totalCompleted: Math.max(Number(done.meta.count) || 0, c.completed ?? 0),
      totalFailed: Math.max(Number(failed.meta.count) || 0, c.failed ?? 0),
      workers,
      deadLetters: (opts.deadLetters ?? 10) > 0 ? dead.filter(Boolean).map((j) => ({
        job: j.id ?? '?', doc: docOf(j.data), attempts: j.attemptsMade, error: j.failedReason ?? '', failedAt: j.finishedOn ? new Date(j.finishedOn).toISOString() : null,
      })) : [],
    };
  } finally {
    await closeQueue(queue);
  }
}

/** Moves every dead-lettered job back to waiting, with fresh attempts. */
export async function retryFailed(queueUrl: string): Promise<number> {
  const loc = parseQueueUrl(queueUrl);
  const queue = new Queue<JobData>(QUEUE_NAME, { connection: loc.connection, prefix: loc.prefix });
  queue.on('error', () => {});
  try {
    const n = await queue.getFailedCount();
    await queue.retryJobs({ state: 'failed', count: 1000 });
    return n;
  } finally {
    await closeQueue(queue);
  }
}
