/** Distributed ingest: a BullMQ queue on Redis feeding any number of workers that share one store. */
export { parseQueueUrl, DEFAULT_PREFIX } from './connection.js';
export { jobIdFor, QUEUE_NAME, DEFAULT_RETRY, type JobData, type RetryPolicy } from './jobs.js';
export { enqueue, type EnqueueOptions, type EnqueueSummary } from './producer.js';
export { processJob, type JobOutcome } from './process.js';
export { startWorker, type WorkerOptions } from './worker.js';
export { queueStatus, retryFailed, type QueueStatus, type DeadLetter } from './status.js';
