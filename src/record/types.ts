import type { Entity, Event, Quantity, Quote, Timex } from '../core/layers.js';
import type { ErrorCode } from '../core/errors.js';

export const SCHEMA_ID = 'ascribe/v1';

export interface RecordDoc {
  id: string;
  title?: string;
  published?: string;
  source?: string;
  url?: string;
  lang: string;
}

/** The public output for one document (schema ascribe/v1). */
export interface AscribeRecord {
  schema: typeof SCHEMA_ID;
  doc: RecordDoc;
  text: string;
  entities: Entity[];
  quotes: Quote[];
  quantities: Quantity[];
  times: Timex[];
  events: Event[];
}

/** Stands in the output stream for a document that could not be analysed. */
export interface ErrorRecord {
  schema: typeof SCHEMA_ID;
  doc: { id: string };
  error: { code: ErrorCode; message: string };
}

export type OutputRecord = AscribeRecord | ErrorRecord;

export function isErrorRecord(r: OutputRecord): r is ErrorRecord {
  return 'error' in r;
}
