import { createHash } from 'node:crypto';
import { SCHEMA_ID } from '../record/types.js';
import type { InputDoc } from '../io/input.js';

/**
 * The content hash that makes ingest idempotent: the text and every field that changes the
 * record (a new date re-resolves relative dates). Same input, same hash; any change, new hash.
 */
export function contentHash(doc: Omit<InputDoc, 'id'>, published?: string): string {
  const h = createHash('sha256');
  h.update(JSON.stringify([SCHEMA_ID, doc.html ? 'html' : 'text', doc.title ?? null, doc.published ?? published ?? null, doc.source ?? null, doc.url ?? null]));
  h.update('\n');
  h.update(doc.text);
  return h.digest('hex').slice(0, 32);
}
