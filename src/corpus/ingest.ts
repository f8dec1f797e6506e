/**
 * Ingest: read → skip what is stored unchanged → analyse → store, committing in batches.
 * Each batch is one transaction, so an interrupted ingest keeps every committed batch and
 * a re-run skips them by content hash.
 */
import { analyze } from '../analyze.js';
import { asAscribeError } from '../core/errors.js';
import type { ReadItem } from '../io/input.js';
import { contentHash } from '../store/hash.js';
import type { PutItem, Store } from '../store/types.js';
import type { AscribeRecord } from '../record/types.js';

export interface IngestOptions {
  /** Publication date for documents that carry none. */
  published?: string;
  /** Documents per transaction (default 64). */
  batch?: number;
  /** Longest wait before committing what is analysed, in ms (default 2000). */
  maxBatchMs?: number;
  /** Checked between documents; when it returns true the pending batch is committed and ingest stops. */
  shouldStop?: () => boolean;
  /** Called once per input: 'skipped' for unchanged documents. */
  onDocument?: (outcome: 'analysed' | 'skipped' | 'error', id: string, error?: { code: string; message: string }) => void;
  /** Stand-in for analyze (tests, benchmarks). */
  analyzer?: (text: string, opts: Parameters<typeof analyze>[1]) => AscribeRecord;
  /** Ids for documents by position (the benchmark re-ingests one corpus under new ids). */
  renameId?: (id: string) => string;
}

export interface IngestSummary {
  seen: number;
  added: number;
  replaced: number;
  unchanged: number;
  errors: number;
  interrupted: boolean;
  seconds: number;
}

export async function ingest(store: Store, inputs: AsyncIterable<ReadItem> | Iterable<ReadItem>, opts: IngestOptions = {}): Promise<IngestSummary> {
  const run = opts.analyzer ?? analyze;
  const batchSize = Math.max(1, opts.batch ?? 64);
  const maxMs = opts.maxBatchMs ?? 2000;
  const t0 = performance.now();
  const sum: IngestSummary = { seen: 0, added: 0, replaced: 0, unchanged: 0, errors: 0, interrupted: false, seconds: 0 };
  let pending: PutItem[] = [];
  let since = performance.now();

  const commit = async () => {
    if (pending.length === 0) return;
    const r = await store.putBatch(pending);
    sum.added += r.added;
    sum.replaced += r.replaced;
    sum.unchanged += r.unchanged;
    sum.errors += r.errors;
    pending = [];
    since = performance.now();
  };

  for await (const item of inputs as AsyncIterable<ReadItem>) {
    if (opts.shouldStop?.()) {
      sum.interrupted = true;
      break;
    }
    sum.seen++;
    if (!item.ok) {
      const id = opts.renameId ? opts.renameId(item.id) : item.id;
      pending.push({ hash: null, error: { id, code: item.error.code, message: item.error.message } });
      opts.onDocument?.('error', id, { code: item.error.code, message: item.error.message });
    } else {
      const doc = { ...item.doc, id: opts.renameId ? opts.renameId(item.doc.id) : item.doc.id };
      const hash = contentHash(doc, opts.published);
      const stored = (await store.hashes([doc.id])).get(doc.id);
      const queued = pending.some((p) => p.hash === hash && ('record' in p ? p.record.doc.id : p.error.id) === doc.id);
      if (stored === hash || queued) {
        sum.unchanged++;
        opts.onDocument?.('skipped', doc.id);
      } else {
        try {
          const record = run(doc.text, { id: doc.id, html: doc.html, title: doc.title, published: doc.published ?? opts.published, source: doc.source, url: doc.url });
          pending.push({ hash, record });
          opts.onDocument?.('analysed', doc.id);
        } catch (e) {
          const err = asAscribeError(e, doc.id);
          pending.push({ hash, error: { id: doc.id, code: err.code, message: err.message } });
          opts.onDocument?.('error', doc.id, { code: err.code, message: err.message });
        }
      }
    }
    if (pending.length >= batchSize || performance.now() - since >= maxMs) await commit();
  }
  await commit();
  sum.seconds = (performance.now() - t0) / 1000;
  return sum;
}
