import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { PACKAGE_ROOT } from '../src/core/paths.js';

export const ROOT = PACKAGE_ROOT;
export const CLI = path.join(ROOT, 'dist', 'cli', 'main.js');

/** Runs the built CLI (npm test builds first) as a user would. */
export function cli(args: string[], input?: string | Buffer, timeout = 60_000) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, input, encoding: 'utf8', maxBuffer: 1 << 28, timeout });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, signal: r.signal };
}

const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schema', 'ascribe-v1.schema.json'), 'utf8'));
const ajv = new Ajv.default({ allErrors: true, strict: false });
const validateFn = ajv.compile(schema);

/** Schema errors of one output record, as readable strings (empty when valid). */
export function schemaErrors(record: unknown): string[] {
  return validateFn(record) ? [] : (validateFn.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

/** Every span in a record (any object with numeric start/end and string text) that does not match the text. */
export function badSpans(record: { text: string }): string[] {
  const bad: string[] = [];
  const t = record.text;
  const walk = (v: unknown, where: string) => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${where}[${i}]`));
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string') {
        if (!(o.start >= 0 && o.start <= o.end && o.end <= t.length) || t.slice(o.start, o.end) !== o.text) bad.push(`${where} [${o.start},${o.end}) "${o.text}"`);
      }
      for (const [k, x] of Object.entries(o)) if (k !== 'text' || typeof x !== 'string') walk(x, `${where}.${k}`);
    }
  };
  walk(record, '');
  return bad;
}

export function countSpans(record: unknown): number {
  let n = 0;
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string') n++;
      Object.values(o).forEach(walk);
    }
  };
  walk(record);
  return n;
}
