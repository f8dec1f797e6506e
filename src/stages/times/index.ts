import { need, textOf } from '../../core/doc.js';
import type { SegmentLayer, Timex } from '../../core/layers.js';
import { defineStage } from '../../core/pipeline.js';
import { span } from '../../core/span.js';
import { anniversaryValue, datedEvents } from './anniversary.js';
import { pad, parseIsoDate } from './calendar.js';
import { findExpressions } from './find.js';
import { resolveValue } from './resolve.js';
import { tenseAt } from './tense.js';
import { timeTokens } from './tokens.js';

/**
 * TIMEX3 expressions of a text (TempEval-3 conventions), normalised against the publication
 * date `published` (YYYY-MM-DD); without one, relative values stay underspecified.
 */
export function findTimes(text: string, seg: SegmentLayer, published?: string): Timex[] {
  const anchor = parseIsoDate(published);
  const tt = timeTokens(text, seg);
  const found = findExpressions(tt);
  const out: Timex[] = [];
  const events = datedEvents(found);
  // The last quarter talked about, for "a year ago" in earnings stories (→ that quarter a year back).
  let quarter: { y: number; q: number; sent: number } | null = null;
  for (const f of found) {
    const s = f.spec;
    let value = s.anniv !== undefined
      ? anniversaryValue(s.anniv, f.start, events, anchor)
      : resolveValue(s, anchor, needsTense(s) ? tenseAt(tt, f.start, f.end) : -1);
    const sent = tt.at(f.start).sent;
    const q = QUARTER.exec(value);
    // Only a quarter named as such sets the context, not one derived from "a year ago" itself.
    if (q && s.yearsBack === undefined && !(s.rel && s.rel.n < -1)) quarter = { y: +q[1], q: +q[2], sent };
    else if (s.yearsBack !== undefined && quarter && sent - quarter.sent <= 2) value = `${pad(quarter.y - s.yearsBack, 4)}-Q${quarter.q}`;
    const t: Timex = { id: `t${out.length + 1}`, span: span(text, tt.at(f.start).s, tt.at(f.end - 1).e), type: s.type, value };
    if (s.mod) t.mod = s.mod;
    out.push(t);
  }
  return out;
}

const QUARTER = /^(\d{4})-Q([1-4])$/;

const needsTense = (s: { value?: string; wd?: number; y?: number; m?: number; sub?: string; rel?: unknown }): boolean =>
  s.value === undefined && s.rel === undefined && (s.wd !== undefined || (s.y === undefined && (s.m !== undefined || s.sub !== undefined)));

export const times = defineStage({
  provides: 'times',
  requires: ['segment'],
  run: (doc): Timex[] => findTimes(textOf(doc), need(doc, 'segment'), doc.meta.published),
});
