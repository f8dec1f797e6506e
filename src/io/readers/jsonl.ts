import { createError } from '../../core/errors.js';
import { toIsoDate } from '../decode.js';
import type { InputDoc, ReadItem } from '../input.js';

/**
 * One JSONL line to a document: `{"id"?, "text" | "html", "title"?, "published"?, "source"?, "url"?}`.
 * A bad line becomes an error item in its place, so the lines around it are still analysed.
 */
export function parseJsonlLine(line: string, lineNo: number, name: string): ReadItem {
  const fallbackId = `${name}:${lineNo}`;
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch (e) {
    return { ok: false, id: fallbackId, error: createError('E_JSONL', `${fallbackId}`, (e as Error).message) };
  }
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
    return { ok: false, id: fallbackId, error: createError('E_JSONL', fallbackId, 'expected a JSON object') };
  }
  const o = obj as Record<string, unknown>;
  const id = typeof o.id === 'string' && o.id ? o.id : typeof o.id === 'number' ? String(o.id) : fallbackId;
  const body = typeof o.text === 'string' ? o.text : typeof o.html === 'string' ? o.html : undefined;
  if (body === undefined) return { ok: false, id, error: createError('E_FIELD', fallbackId, 'needs a string "text" or "html"') };
  if (body.trim().length === 0) return { ok: false, id, error: createError('E_EMPTY', fallbackId) };
  const rawDate = o.published ?? o.date;
  const published = rawDate === undefined || rawDate === null || rawDate === '' ? undefined : toIsoDate(rawDate);
  if (rawDate !== undefined && rawDate !== null && rawDate !== '' && !published) {
    return { ok: false, id, error: createError('E_FIELD', fallbackId, `"published" is not a date: ${String(rawDate)}`) };
  }
  const doc: InputDoc = { id, text: body, html: typeof o.text !== 'string' };
  if (typeof o.title === 'string') doc.title = o.title;
  if (published) doc.published = published;
  if (typeof o.source === 'string') doc.source = o.source;
  if (typeof o.url === 'string') doc.url = o.url;
  return { ok: true, doc };
}
