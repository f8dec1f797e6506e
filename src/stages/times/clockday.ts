import type { Ymd } from './calendar.js';
import type { Found } from './find.js';
import { resolveValue, type TenseCue } from './resolve.js';
import { ZONES } from './slots.js';
import type { Toks } from './tokens.js';

/** What may stand between a clock time and the day it is on: "10:35 a.m. (0735 GMT) Friday", "8 p.m. local time on Wednesday". */
const BETWEEN = new Set(['(', ')', ',', 'on', 'local', 'time', '-', '–']);
/** How many tokens that filler may take. */
const GAP = 8;

/**
 * The day a bare clock time (found[k]) is on when the same sentence names it right after:
 * "at about 10:35 a.m. (0735 GMT) Friday". Null when no day follows that closely.
 */
export function followingDay(tt: Toks, found: readonly Found[], k: number, anchor: Ymd | null, tense: (f: Found) => TenseCue): Ymd | null {
  const f = found[k];
  const next = found[k + 1];
  if (!next || next.spec.ana || next.spec.type !== 'DATE' || next.start - f.end > GAP || tt.sent[next.start] !== tt.sent[f.start]) return null;
  if (next.spec.wd === undefined && next.spec.d === undefined && next.spec.rel?.unit !== 'D') return null;
  for (let i = f.end; i < next.start; i++) {
    const w = tt.word(i);
    if (!BETWEEN.has(w) && !ZONES.has(w) && tt.at(i).digits === 0) return null;
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(resolveValue(next.spec, anchor, tense(next)));
  return m ? { y: +m[1], m: +m[2], d: +m[3] } : null;
}
