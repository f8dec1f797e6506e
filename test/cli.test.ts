import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { badSpans, cli, schemaErrors } from './helpers.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ascribe-cli-'));
const write = (name: string, content: string | Buffer) => {
  const p = path.join(tmp, name);
  fs.writeFileSync(p, content);
  return p;
};
const oneLineErrors = (stderr: string) => {
  for (const line of stderr.trim().split('\n').filter(Boolean)) {
    expect(line).toMatch(/^ascribe: (E_[A-Z_]+|summary): /);
    expect(line).not.toMatch(/\bat .*:\d+:\d+/); // no stack frames
  }
};

describe('ascribe analyze (CLI)', () => {
  it('analyses the example article into a valid ascribe/v1 record', () => {
    const r = cli(['analyze', 'examples/khojaly-2020.txt', '--published', '2020-02-26']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const rec = JSON.parse(r.stdout);
    expect(schemaErrors(rec)).toEqual([]);
    expect(badSpans(rec)).toEqual([]);
    expect(rec.doc).toMatchObject({ id: 'examples/khojaly-2020.txt', published: '2020-02-26', lang: 'en' });
    expect(rec.quotes.length).toBeGreaterThan(0);
  });

  it('streams a batch in order, with an error record in place of a bad line, and exits non-zero', () => {
    const p = write('batch.jsonl', ['{"id":"a","text":"Officials said 24 people were hurt."}', '{"id":"b","text":', '{"id":"c","text":"Nothing happened on Monday.","published":"2021-01-04"}'].join('\n'));
    const r = cli(['analyze', p, '--published', '2020-01-01']);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.doc.id)).toEqual(['a', `${p}:2`, 'c']);
    expect(lines[1].error.code).toBe('E_JSONL');
    expect(lines[0].doc.published).toBe('2020-01-01');
    expect(lines[2].doc.published).toBe('2021-01-04');
    for (const l of lines) expect(schemaErrors(l)).toEqual([]);
    oneLineErrors(r.stderr);
    expect(r.stderr).toContain(`${p}:2`);
  });

  it('gives one coded line and a non-zero exit for each kind of bad input', () => {
    const cases: Array<[string, string]> = [
      [write('empty.txt', ''), 'E_EMPTY'],
      [write('bin.txt', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1])), 'E_BINARY'],
      [write('bad-utf8.txt', Buffer.from([0x41, 0xff, 0xfe, 0x42])), 'E_ENCODING'],
      [write('doc.docx', 'x'), 'E_UNSUPPORTED'],
      [path.join(tmp, 'nope.txt'), 'E_NOT_FOUND'],
    ];
    for (const [p, code] of cases) {
      const r = cli(['analyze', p]);
      expect(r.code, p).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(code);
      oneLineErrors(r.stderr);
      expect(JSON.parse(r.stdout).error.code).toBe(code);
    }
  });

  it('rejects bad options with exit code 2', () => {
    const r = cli(['analyze', 'examples/khojaly-2020.txt', '--format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(/^ascribe: E_FORMAT: unknown format xml/);
    const d = cli(['analyze', 'examples/khojaly-2020.txt', '--published', '2020-02-30']);
    expect(d.code).toBe(2);
    expect(d.stderr).toContain('E_DATE');
  });

  it('handles BOM, CRLF, emoji and combining marks with exact offsets', () => {
    const p = write('crlf.txt', '\ufeffThe mayor 👩‍🚒 said on Monday that 12 people were injured.\r\n\r\n“We are ready,” said Zoë Martínez, the cafe\u0301 owner. 🇺🇦\r\n');
    const r = cli(['analyze', p, '--published', '2021-03-03']);
    expect(r.code).toBe(0);
    const rec = JSON.parse(r.stdout);
    expect(rec.text.startsWith('The mayor')).toBe(true);
    expect(rec.text).not.toContain('\r');
    expect(badSpans(rec)).toEqual([]);
    expect(rec.quantities.some((q: any) => q.value === 12)).toBe(true);
  });

  it('analyses hostile HTML without script, style or navigation text', () => {
    const p = write('page.html', `<html><head><title>T</title><meta property="article:published_time" content="2022-04-01"><style>p{}</style><script>alert("pwned said")</script></head><body><nav>Home | World | Sports</nav><article><p>Rescuers said at least 30 people were killed when the building collapsed in the capital on Thursday, according to officials.</p><p>“It was terrible,” a witness told reporters.</p><script>document.write("evil")</script></article></body></html>`);
    const r = cli(['analyze', p]);
    expect(r.code).toBe(0);
    const rec = JSON.parse(r.stdout);
    expect(rec.doc.published).toBe('2022-04-01');
    expect(rec.text).not.toMatch(/pwned|evil|Sports/);
    expect(badSpans(rec)).toEqual([]);
  });

  it('survives a 200,000-character line without punctuation and a 6 MB article, with output intact through a pipe', () => {
    const longLine = write('line.txt', Array.from({ length: 25_000 }, (_, i) => ['word', 'Smith', 'forty', 'the'][i % 4]).join(' ').slice(0, 200_000));
    const r1 = cli(['analyze', longLine], undefined, 60_000);
    expect(r1.code).toBe(0);
    expect(badSpans(JSON.parse(r1.stdout))).toEqual([]);

    const article = fs.readFileSync('examples/khojaly-2020.txt', 'utf8');
    const big = write('big.txt', Array.from({ length: Math.ceil(6_000_000 / article.length) }, () => article).join('\n\n'));
    const started = Date.now();
    const r2 = cli(['analyze', big, '--format', 'jsonl', '--published', '2020-02-26'], undefined, 120_000);
    expect(r2.code).toBe(0);
    expect(r2.stdout.length).toBeGreaterThan(65_536);
    const rec = JSON.parse(r2.stdout); // the whole output arrived: it parses
    expect(rec.text.length).toBeGreaterThan(5_900_000);
    expect(Date.now() - started).toBeLessThan(90_000);
  }, 180_000);

  it('reads stdin and writes text, csv and brat', () => {
    const input = 'Police said 3 people were arrested in Paris on Friday.';
    const text = cli(['analyze', '--format', 'text', '--published', '2021-06-04'], input);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/Figures \(\d+\)/);
    const csv = cli(['analyze', '-', '--format', 'csv'], input);
    expect(csv.code).toBe(0);
    expect(csv.stdout.split('\r\n')[0]).toBe('doc_id,layer,id,start,end,text,type,value,low,high,hedge,counted,role,claimant,speaker,cue,entity,event,cue_type');
    const out = path.join(tmp, 'brat');
    const brat = cli(['analyze', write('emoji.txt', '🎉 Police said 3 people were arrested in Paris.'), '--format', 'brat', '--out', out]);
    expect(brat.code).toBe(0);
    const ann = fs.readFileSync(path.join(out, 'emoji.ann'), 'utf8');
    const txt = [...fs.readFileSync(path.join(out, 'emoji.txt'), 'utf8')];
    for (const line of ann.split('\n').filter((l) => l.startsWith('T'))) {
      const [, typeAndOffsets, surface] = line.split('\t');
      const frags = typeAndOffsets.split(' ').slice(1).join(' ').split(';').map((f) => f.split(' ').map(Number));
      expect(frags.map(([s, e]) => txt.slice(s, e).join('')).join(' ')).toBe(surface); // code-point offsets, as brat reads them
    }
  });

  it('exports code-point offsets on request', () => {
    const r = cli(['analyze', '-', '--offsets', 'codepoint'], '😀😀 Police said 3 people were hurt.');
    const rec = JSON.parse(r.stdout);
    const cps = [...rec.text];
    for (const q of rec.quantities) expect(cps.slice(q.span.start, q.span.end).join('')).toBe(q.span.text);
  });
});
