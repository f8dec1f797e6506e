import { createError } from '../core/errors.js';

/** Largest document accepted, in bytes: a news article is far below; a dump of a whole site is not one document. */
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Bytes to text, refusing binary content and invalid UTF-8 with a one-line error naming `name`. */
export function decodeText(bytes: Uint8Array, name: string): string {
  if (bytes.length > MAX_DOCUMENT_BYTES) throw createError('E_TOO_LARGE', name, bytes.length, MAX_DOCUMENT_BYTES);
  if (looksBinary(bytes)) throw createError('E_BINARY', name);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw createError('E_ENCODING', name);
  }
  if (text.trim().length === 0) throw createError('E_EMPTY', name);
  return text;
}

/** NUL bytes in the first 8 KiB mean a binary file (images, PDFs, archives, UTF-16 without BOM handling). */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

/** A publication date as YYYY-MM-DD, from YYYY-MM-DD or a full ISO timestamp; undefined if unusable. */
export function toIsoDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(value.trim());
  if (!m) {
    const t = Date.parse(value);
    if (Number.isNaN(t)) return undefined;
    return new Date(t).toISOString().slice(0, 10);
  }
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  if (d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3]) return undefined;
  return `${m[1]}-${m[2]}-${m[3]}`;
}
