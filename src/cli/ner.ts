import fs from 'node:fs';
import { createError } from '../core/errors.js';
import { decodeText } from '../io/decode.js';
import { tagSentences } from '../stages/entities/ner/index.js';
import { writer } from './output.js';

/**
 * `ascribe ner --conll FILE`: every input line unchanged plus one column, the predicted IOB2
 * tag (PER/ORG/LOC/MISC). Blank lines stay blank; `-DOCSTART-` lines are passed through with
 * an O, and delimit the documents inside which the tagger keeps names consistent.
 */
export async function runNer(file: string): Promise<number> {
  if (file === '-' && process.stdin.isTTY) throw createError('E_USAGE', 'ner --conll -: pipe a CoNLL file to stdin');
  let bytes: Buffer;
  try {
    bytes = file === '-' ? fs.readFileSync(0) : fs.readFileSync(file);
  } catch {
    throw createError('E_NOT_FOUND', file);
  }
  const lines = decodeText(bytes, file).replace(/^\ufeff/, '').split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const write = writer();
  let docStart = 0;
  const flush = async (end: number) => {
    if (end > docStart) await write(tagDocument(lines.slice(docStart, end)));
    docStart = end;
  };
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].startsWith('-DOCSTART-')) {
      await flush(i);
      await write(`${lines[i]} O\n`);
      docStart = i + 1;
    }
  }
  await flush(lines.length);
  return 0;
}

/** Tags one document's lines (sentences separated by blank lines). */
function tagDocument(lines: string[]): string {
  const sentences: string[][] = [];
  const where: Array<[number, number] | null> = [];
  let current: string[] = [];
  for (const line of lines) {
    const token = line.trim().split(/\s+/)[0] ?? '';
    if (token === '') {
      if (current.length) sentences.push(current);
      current = [];
      where.push(null);
    } else {
      where.push([sentences.length, current.length]);
      current.push(token);
    }
  }
  if (current.length) sentences.push(current);
  const tags = tagSentences(sentences);
  let out = '';
  lines.forEach((line, i) => {
    const w = where[i];
    out += w ? `${line} ${tags[w[0]][w[1]]}\n` : `${line}\n`;
  });
  return out;
}
