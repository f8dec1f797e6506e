import type { AscribeError } from '../core/errors.js';

/** A document as read from a file, a JSONL line or stdin, before analysis. */
export interface InputDoc {
  id: string;
  /** Plain text, or HTML when `html` is true (the main text is extracted before analysis). */
  text: string;
  html?: boolean;
  title?: string;
  published?: string;
  source?: string;
  url?: string;
}

/** What a reader yields: a document, or the error that stands in its place. */
export type ReadItem = { ok: true; doc: InputDoc } | { ok: false; id: string; error: AscribeError };
