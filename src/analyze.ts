import { makeDoc } from './core/doc.js';
import { asAscribeError, createError } from './core/errors.js';
import type { InputDoc, ReadItem } from './io/input.js';
import { extractHtml } from './io/html.js';
import { headlineOf } from './io/headline.js';
import { toIsoDate } from './io/decode.js';
import { pipeline } from './pipeline.js';
import { toErrorRecord, toRecord } from './record/assemble.js';
import type { AscribeRecord, OutputRecord } from './record/types.js';

export interface AnalyzeOptions {
  id?: string;
  title?: string;
  /** Publication date (YYYY-MM-DD); relative dates are resolved against it. */
  published?: string;
  source?: string;
  url?: string;
  /** The input is HTML: its main text and metadata are extracted first. */
  html?: boolean;
}

/** Analyses one document. Throws an AscribeError (with a `code`) for input it cannot analyse. */
export function analyze(input: string, options: AnalyzeOptions = {}): AscribeRecord {
  const id = options.id ?? 'doc';
  let text = input;
  let { title, published, source, url } = options;
  if (options.html) {
    const page = extractHtml(input);
    if (page.text.trim() === '') throw createError('E_HTML', id);
    text = page.text;
    title ??= page.title;
    published ??= page.published;
    source ??= page.source;
    url ??= page.url;
  }
  if (text.trim() === '') throw createError('E_EMPTY', id);
  // A plain-text article's first line is its headline when it stands alone.
  if (!options.html) title ??= headlineOf(text);
  let date: string | undefined;
  if (published !== undefined) {
    date = toIsoDate(published);
    if (!date) throw createError('E_DATE', published);
  }
  const meta = { id, lang: 'en', ...(title !== undefined && { title }), ...(date && { published: date }), ...(source !== undefined && { source }), ...(url !== undefined && { url }) };
  return toRecord(pipeline.run(makeDoc(text, meta)));
}

export interface AnalyzeManyOptions {
  /** Publication date for documents that carry none. */
  published?: string;
}

/**
 * Analyses a stream of documents, yielding one record per input in input order with the
 * input's id. A document that fails yields an error record in its place; the rest go on.
 */
export async function* analyzeMany(
  inputs: AsyncIterable<InputDoc | ReadItem | string> | Iterable<InputDoc | ReadItem | string>,
  options: AnalyzeManyOptions = {},
): AsyncGenerator<OutputRecord> {
  let n = 0;
  for await (const item of inputs as AsyncIterable<InputDoc | ReadItem | string>) {
    n++;
    const read: ReadItem = typeof item === 'string' ? { ok: true, doc: { id: String(n), text: item } } : 'ok' in item ? item : { ok: true, doc: item };
    if (!read.ok) {
      yield toErrorRecord(read.id, read.error);
      continue;
    }
    const { doc } = read;
    try {
      yield analyze(doc.text, {
        id: doc.id,
        html: doc.html,
        title: doc.title,
        published: doc.published ?? options.published,
        source: doc.source,
        url: doc.url,
      });
    } catch (e) {
      yield toErrorRecord(doc.id, asAscribeError(e, doc.id));
    }
  }
}
