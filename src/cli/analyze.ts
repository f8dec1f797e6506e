import fs from 'node:fs';
import path from 'node:path';
import { analyzeMany } from '../analyze.js';
import { createError } from '../core/errors.js';
import { toIsoDate } from '../io/decode.js';
import { readInputs } from '../io/read.js';
import { bratAnn } from '../io/writers/brat.js';
import { csvHeader, csvRows } from '../io/writers/csv.js';
import { textSummary } from '../io/writers/text.js';
import { toCodePointOffsets } from '../record/codepoints.js';
import { isErrorRecord, type OutputRecord } from '../record/types.js';
import { warn, writer } from './output.js';
import { progress } from './progress.js';

export const FORMATS = ['json', 'jsonl', 'text', 'csv', 'brat'] as const;
export type Format = (typeof FORMATS)[number];

export interface AnalyzeCliOptions {
  published?: string;
  format?: string;
  offsets?: string;
  out?: string;
}

/** `ascribe analyze`: reads, analyses and writes documents one at a time; returns the exit code. */
export async function runAnalyze(paths: string[], opts: AnalyzeCliOptions): Promise<number> {
  const format = opts.format as Format | undefined;
  if (format !== undefined && !FORMATS.includes(format)) throw createError('E_FORMAT', format, FORMATS.join(', '));
  if (opts.offsets !== undefined && opts.offsets !== 'utf16' && opts.offsets !== 'codepoint') throw createError('E_USAGE', `--offsets must be utf16 or codepoint, not ${opts.offsets}`);
  let published: string | undefined;
  if (opts.published !== undefined) {
    published = /^\d{4}-\d{2}-\d{2}$/.test(opts.published) ? toIsoDate(opts.published) : undefined;
    if (!published) throw createError('E_DATE', opts.published);
  }
  if ((paths.length === 0 || paths.includes('-')) && process.stdin.isTTY) {
    throw createError('E_USAGE', 'no input: give a file or directory, or pipe text to stdin (try: ascribe analyze examples/khojaly-2020.txt)');
  }
  if (opts.out) fs.mkdirSync(opts.out, { recursive: true });

  const write = writer();
  const bar = progress('analyze');
  const codepoints = opts.offsets === 'codepoint';
  let failures = 0;
  let mode: Format | undefined = format;
  // The first record is held until we know whether more follow: one document is pretty JSON,
  // several are JSONL (or a JSON array when --format json was asked for).
  let first: OutputRecord | undefined;
  let n = 0;

  const emit = async (rec: OutputRecord, index: number, several: boolean) => {
    const r = codepoints && !isErrorRecord(rec) ? toCodePointOffsets(rec, rec.text) : rec;
    switch (mode) {
      case 'jsonl':
        return write(JSON.stringify(r) + '\n');
      case 'json':
        return write((several ? (index === 1 ? '[\n' : ',\n') : '') + JSON.stringify(r, null, 2) + (several ? '' : '\n'));
      case 'text':
        if (isErrorRecord(rec)) return;
        return write((index > 1 ? '\n' : '') + textSummary(rec));
      case 'csv':
        if (index === 1) await write(csvHeader());
        if (isErrorRecord(rec)) return;
        return write(csvRows(rec));
      case 'brat':
        if (isErrorRecord(rec)) return;
        if (opts.out) {
          const base = path.join(opts.out, safeName(rec.doc.id));
          fs.writeFileSync(base + '.txt', rec.text);
          fs.writeFileSync(base + '.ann', bratAnn(rec));
          return;
        }
        if (several) throw createError('E_USAGE', 'brat output of several documents needs --out DIR');
        return write(bratAnn(rec));
    }
  };

  try {
    for await (const rec of analyzeMany(readInputs(paths), { published })) {
      n++;
      bar.tick(!isErrorRecord(rec));
      if (isErrorRecord(rec)) {
        failures++;
        warn(rec.error.code, rec.error.message);
      }
      if (n === 1) {
        first = rec;
        continue;
      }
      if (n === 2 && first) {
        mode ??= 'jsonl';
        await emit(first, 1, true);
      }
      await emit(rec, n, true);
    }
    if (n === 1 && first) {
      mode ??= 'json';
      await emit(first, 1, false);
    } else if (mode === 'json' && n >= 2) {
      await write('\n]\n');
    }
  } finally {
    bar.stop();
  }
  if (failures > 0 && n > 1) warn('summary', `${failures} of ${n} documents could not be analysed`);
  return failures > 0 ? 1 : 0;
}

function safeName(id: string): string {
  return path.basename(id).replace(/\.[^.]+$/, '').replace(/[^\w.-]+/g, '_') || 'doc';
}
