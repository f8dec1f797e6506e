import type { EvalSection } from './types.js';

/** A section as an aligned plain-text table. */
export function renderSection(s: EvalSection): string {
  const cols = [...new Set(s.rows.flatMap((r) => Object.keys(r)))];
  const cell = (v: unknown) => (v === undefined ? '' : String(v));
  const width = cols.map((c) => Math.max(c.length, ...s.rows.map((r) => cell(r[c]).length)));
  const line = (vals: string[]) => '| ' + vals.map((v, i) => v.padEnd(width[i])).join(' | ') + ' |';
  const out = [`## ${s.title}`, '', line(cols), '|' + width.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...s.rows.map((r) => line(cols.map((c) => cell(r[c]))))];
  if (s.notes?.length) out.push('', ...s.notes.map((n) => `- ${n}`));
  return out.join('\n') + '\n';
}
