import { analyze } from '../analyze.js';
import { asAscribeError } from '../core/errors.js';
import type { AscribeRecord } from '../record/types.js';
import { contentHash } from '../store/hash.js';
import type { PutItem, Store } from '../store/types.js';
import type { JobData } from './jobs.js';

export type JobOutcome = 'added' | 'replaced' | 'unchanged' | 'error';

export type Analyzer = (text: string, opts: Parameters<typeof analyze>[1]) => AscribeRecord;

/**
 * One job: skip a document stored unchanged, else analyse and store it in one transaction.
 * Running it twice (a retry, a job recovered from a killed worker) writes nothing twice: the
 * store compares content hashes inside its write transaction. A document that cannot be
 * analysed is stored as an error record, as `ascribe ingest` does; only failures of the
 * machinery (store unreachable, a bug) throw, and are retried.
 */
export async function processJob(store: Store, data: JobData, analyzer: Analyzer = analyze): Promise<JobOutcome> {
  if ('error' in data) return outcome(await store.putBatch([{ hash: null, error: data.error }]));
  const { doc, published } = data;
  const hash = contentHash(doc, published);
  if ((await store.hashes([doc.id])).get(doc.id) === hash) return 'unchanged';
  let item: PutItem;
  try {
    const record = analyzer(doc.text, { id: doc.id, html: doc.html, title: doc.title, published: doc.published ?? published, source: doc.source, url: doc.url });
    item = { hash, record };
  } catch (e) {
    const err = asAscribeError(e, doc.id);
    item = { hash, error: { id: doc.id, code: err.code, message: err.message } };
  }
  return outcome(await store.putBatch([item]));
}

function outcome(r: { added: number; replaced: number; unchanged: number; errors: number }): JobOutcome {
  return r.added ? 'added' : r.replaced ? 'replaced' : r.unchanged ? 'unchanged' : 'error';
}
