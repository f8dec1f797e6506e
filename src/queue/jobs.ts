import { createHash } from 'node:crypto';
import type { JobsOptions } from 'bullmq';
import type { InputDoc } from '../io/input.js';

/** One queue for ingest; its keys live under the location's prefix. */
export const QUEUE_NAME = 'ingest';

/** A document to analyse and store, or a file that could not be read (stored as an error record). */
export type JobData =
  | { doc: InputDoc; published?: string }
  | { error: { id: string; code: string; message: string } };

/**
 * The job id: a hash of the document id and its content hash. Enqueueing the same document
 * twice while its job is still known to the queue adds nothing; a changed document is a new
 * job. (The content hash alone is not enough: one text can be stored under two ids.)
 */
export function jobIdFor(docId: string, hash: string | null): string {
  return createHash('sha256').update(JSON.stringify([docId, hash])).digest('hex').slice(0, 32);
}

export interface RetryPolicy {
  /** Tries before a job is dead-lettered (left in the failed set with its error). */
  attempts: number;
  /** First retry delay in ms; each next one doubles. */
  backoffMs: number;
  /** Completed jobs kept for inspection (their counts are kept by metrics regardless). */
  keepCompleted: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 8, backoffMs: 1000, keepCompleted: 10_000 };

export function jobOptions(p: RetryPolicy): JobsOptions {
  return {
    attempts: p.attempts,
    backoff: { type: 'exponential', delay: p.backoffMs },
    removeOnComplete: { count: p.keepCompleted },
    // The dead-letter set: failed jobs stay, with their error, until retried or removed.
    removeOnFail: false,
  };
}
