/** The library API: plain functions over plain data. */
export { analyze, analyzeMany, type AnalyzeOptions, type AnalyzeManyOptions } from './analyze.js';
export { readInputs } from './io/read.js';
export type { InputDoc, ReadItem } from './io/input.js';
export { SCHEMA_ID, isErrorRecord, type AscribeRecord, type ErrorRecord, type OutputRecord } from './record/types.js';
export { toCodePointOffsets } from './record/codepoints.js';
export { AscribeError, errors, type ErrorCode } from './core/errors.js';
export type * from './core/layers.js';
export type { Span, Range } from './core/span.js';
export { STAGES, pipeline } from './pipeline.js';
export { openStore, DEFAULT_DB, contentHash } from './store/index.js';
export type * from './store/types.js';
export { ingest, type IngestOptions, type IngestSummary } from './corpus/ingest.js';
export { buildLedger, claimText, type Ledger } from './corpus/ledger.js';
export { createServer, listen } from './server/app.js';
export { enqueue, startWorker, processJob, queueStatus, retryFailed, parseQueueUrl } from './queue/index.js';
export { PgStore } from './store/postgres/store.js';
