import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readInputs } from './read.js';
import type { ReadItem } from './input.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ascribe-read-'));
const file = (name: string, content: string | Buffer) => {
  const p = path.join(dir, name);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
  return p;
};
const all = async (paths: string[], stdin?: NodeJS.ReadableStream) => {
  const out: ReadItem[] = [];
  for await (const item of readInputs(paths, stdin)) out.push(item);
  return out;
};
const codes = (items: ReadItem[]) => items.map((i) => (i.ok ? 'ok' : i.error.code));

describe('readInputs', () => {
  it('reads a text file with its path as id', async () => {
    const p = file('a.txt', 'The minister said so.');
    const [item] = await all([p]);
    expect(item).toEqual({ ok: true, doc: { id: p, text: 'The minister said so.', html: false } });
  });

  it('turns each bad input into one coded error naming it', async () => {
    const items = await all([
      file('empty.txt', ''),
      file('blank.txt', '  \n\n '),
      file('bin.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2])),
      file('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b])),
      file('doc.pdf', 'whatever'),
      path.join(dir, 'missing.txt'),
    ]);
    expect(codes(items)).toEqual(['E_EMPTY', 'E_EMPTY', 'E_BINARY', 'E_ENCODING', 'E_UNSUPPORTED', 'E_NOT_FOUND']);
    for (const i of items) if (!i.ok) expect(i.error.message).not.toContain('\n');
    expect(!items[5].ok && items[5].error.message).toContain('missing.txt');
  });

  it('keeps good JSONL lines around a malformed one, with ids and dates', async () => {
    const p = file(
      'batch.jsonl',
      [
        '{"id":"a","text":"First.","published":"2020-02-26"}',
        '{"id":"b","text":',
        '',
        '{"text":"Third.","date":"2021-03-04T10:00:00Z","title":"T","source":"S","url":"http://x"}',
        '{"id":"d","text":"Bad date.","published":"yesterday-ish"}',
        '{"id":"e"}',
        '[1,2]',
      ].join('\n'),
    );
    const items = await all([p]);
    expect(codes(items)).toEqual(['ok', 'E_JSONL', 'ok', 'E_FIELD', 'E_FIELD', 'E_JSONL']);
    expect(items[0].ok && items[0].doc).toMatchObject({ id: 'a', published: '2020-02-26' });
    expect(items[1].ok ? '' : items[1].id).toBe(`${p}:2`);
    expect(items[2].ok && items[2].doc).toMatchObject({ id: `${p}:4`, published: '2021-03-04', title: 'T', source: 'S', url: 'http://x' });
  });

  it('flags an invalid UTF-8 JSONL line alone', async () => {
    const p = file('enc.jsonl', Buffer.concat([Buffer.from('{"id":"a","text":"ok"}\n{"id":"b","text":"caf'), Buffer.from([0xe9]), Buffer.from('"}\n{"id":"c","text":"ok"}\n')]));
    expect(codes(await all([p]))).toEqual(['ok', 'E_ENCODING', 'ok']);
  });

  it('walks directories recursively in sorted order, skipping unsupported files', async () => {
    const d = path.join(dir, 'tree');
    file('tree/b/2.txt', 'Two.');
    file('tree/a.html', '<p>One.</p>');
    file('tree/c.png', 'x');
    file('tree/.hidden.txt', 'x');
    const items = await all([d]);
    expect(items.map((i) => (i.ok ? path.relative(d, i.doc.id) : i.id))).toEqual(['a.html', path.join('b', '2.txt')]);
    expect(items[0].ok && items[0].doc.html).toBe(true);
  });

  it('reads stdin as text, HTML or JSONL', async () => {
    const text = await all(['-'], Readable.from([Buffer.from('Plain words.')]));
    expect(text[0].ok && text[0].doc).toMatchObject({ id: 'stdin', text: 'Plain words.', html: false });
    const html = await all(['-'], Readable.from([Buffer.from('<!doctype html><p>Hi</p>')]));
    expect(html[0].ok && html[0].doc.html).toBe(true);
    const jsonl = await all(['-'], Readable.from([Buffer.from('{"id":"x","text":"A."}\n{"id":"y","text":"B."}\n')]));
    expect(jsonl.map((i) => i.ok && i.doc.id)).toEqual(['x', 'y']);
  });
});
