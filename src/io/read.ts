import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { asAscribeError, createError } from '../core/errors.js';
import { decodeText } from './decode.js';
import type { ReadItem } from './input.js';
import { parseJsonlLine } from './readers/jsonl.js';

const TEXT_EXT = new Set(['.txt', '.text', '.md', '']);
const HTML_EXT = new Set(['.html', '.htm', '.xhtml']);
const JSONL_EXT = new Set(['.jsonl', '.ndjson']);

/**
 * Every document named by `paths`, in order: files by extension, directories recursively
 * (sorted, supported files only), `-` or no path for stdin. Problems become error items
 * in place of the document; nothing here throws.
 */
export async function* readInputs(paths: readonly string[], stdin: NodeJS.ReadableStream = process.stdin): AsyncGenerator<ReadItem> {
  if (paths.length === 0) paths = ['-'];
  for (const p of paths) {
    if (p === '-') {
      yield* readStdin(stdin);
      continue;
    }
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      yield { ok: false, id: p, error: createError('E_NOT_FOUND', p) };
      continue;
    }
    if (stat.isDirectory()) {
      for (const file of walk(p)) yield* readFile(file, false);
    } else {
      yield* readFile(p, true);
    }
  }
}

function* walk(dir: string): Generator<string> {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) yield* walk(full);
    else if (e.isFile() && isSupported(full) && path.extname(full) !== '') yield full;
  }
}

function isSupported(file: string): boolean {
  const ext = path.extname(file).toLowerCase();
  return TEXT_EXT.has(ext) || HTML_EXT.has(ext) || JSONL_EXT.has(ext);
}

async function* readFile(file: string, explicit: boolean): AsyncGenerator<ReadItem> {
  const ext = path.extname(file).toLowerCase();
  if (explicit && !isSupported(file)) {
    yield { ok: false, id: file, error: createError('E_UNSUPPORTED', ext || file) };
    return;
  }
  if (JSONL_EXT.has(ext)) {
    yield* readJsonl(fs.createReadStream(file), file);
    return;
  }
  try {
    const text = decodeText(fs.readFileSync(file), file);
    yield { ok: true, doc: { id: file, text, html: HTML_EXT.has(ext) } };
  } catch (e) {
    yield { ok: false, id: file, error: asAscribeError(e, file) };
  }
}

/** JSONL, streamed: lines are split on bytes and decoded one by one, so one bad line spoils only itself. */
async function* readJsonl(stream: NodeJS.ReadableStream, name: string): AsyncGenerator<ReadItem> {
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  let lineNo = 0;
  let any = false;
  let pending = Buffer.alloc(0);
  function* lines(buf: Buffer, final: boolean): Generator<ReadItem> {
    let from = 0;
    for (;;) {
      const nl = buf.indexOf(10, from);
      if (nl < 0 && !final) break;
      const end = nl < 0 ? buf.length : nl;
      if (nl < 0 && from >= buf.length) break;
      lineNo++;
      const item = lineItem(buf.subarray(from, end));
      if (item) yield item;
      from = end + 1;
      if (nl < 0) break;
    }
    pending = Buffer.from(buf.subarray(Math.min(from, buf.length)));
  }
  const lineItem = (bytes: Buffer): ReadItem | undefined => {
    let line: string;
    try {
      line = utf8.decode(bytes);
    } catch {
      any = true;
      return { ok: false, id: `${name}:${lineNo}`, error: createError('E_ENCODING', `${name}:${lineNo}`) };
    }
    if (lineNo === 1) line = line.replace(/^\ufeff/, '');
    if (line.trim() === '') return undefined;
    any = true;
    return parseJsonlLine(line, lineNo, name);
  };
  try {
    for await (const chunk of stream) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      yield* lines(pending.length ? Buffer.concat([pending, buf]) : buf, false);
    }
    yield* lines(pending, true);
  } catch (e) {
    yield { ok: false, id: name, error: createError('E_UNREADABLE', name, (e as Error).message) };
    return;
  }
  if (!any) yield { ok: false, id: name, error: createError('E_EMPTY', name) };
}

/** stdin: JSONL when it starts with a JSON object, HTML when it starts with markup, else text. */
async function* readStdin(stdin: NodeJS.ReadableStream): AsyncGenerator<ReadItem> {
  const chunks: Buffer[] = [];
  try {
    for await (const c of stdin) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  } catch (e) {
    yield { ok: false, id: 'stdin', error: createError('E_UNREADABLE', 'stdin', (e as Error).message) };
    return;
  }
  const bytes = Buffer.concat(chunks);
  const head = bytes.subarray(0, 64).toString('latin1').replace(/^\xef\xbb\xbf/, '').trimStart();
  if (head.startsWith('{')) {
    yield* readJsonl(Readable.from([bytes]), 'stdin');
    return;
  }
  let text: string;
  try {
    text = decodeText(bytes, 'stdin');
  } catch (e) {
    yield { ok: false, id: 'stdin', error: asAscribeError(e, 'stdin') };
    return;
  }
  yield { ok: true, doc: { id: 'stdin', text, html: /^\ufeff?\s*<(?:!doctype|html|head|body|article|div|p)\b/i.test(text) } };
}
