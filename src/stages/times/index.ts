import { need, textOf } from '../../core/doc.js';
import type { SegmentLayer, Timex } from '../../core/layers.js';
import { defineStage } from '../../core/pipeline.js';
import { span } from '../../core/span.js';
import { anniversaryValue, datedEvents } from './anniversary.js';
import { parseIsoDate } from './calendar.js';
import { followingDay } from './clockday.js';
import { datelineAnchor } from './dateline.js';
import { findExpressions, type Found } from './find.js';
import { References } from './reference.js';
import { resolveValue } from './resolve.js';
import { governedByPast, tenseCueAt } from './tense.js';
import { timeTokens } from './tokens.js';

/**
 * TIMEX3 expressions of a text (TempEval-3 conventions), normalised against the publication
 * date `published` (YYYY-MM-DD), or against the story date of a wire dateline within a week of
 * it ("WASHINGTON, August 11 (Xinhua) --"); without one, relative values stay underspecified.
 */
export function findTimes(text: string, seg: SegmentLayer, published?: string): Timex[] {
  const tt = timeTokens(text, seg);
  const found = findExpressions(tt);
  const publishedOn = parseIsoDate(published);
  const anchor = datelineAnchor(tt, found, publishedOn) ?? publishedOn;
  const out: Timex[] = [];
  const events = datedEvents(found);
  const refs = new References();
  const tense = (f: Found) => (needsTense(f.spec) ? tenseCueAt(tt, f.start, f.end) : -1);
  for (let k = 0; k < found.length; k++) {
    const f = found[k];
    const s = f.spec;
    const sent = tt.at(f.start).sent;
    const bareClock = s.type === 'TIME' && s.ana === true && s.rel?.unit === 'D' && s.rel.n === 0;
    const day = bareClock ? followingDay(tt, found, k, anchor, tense) : null;
    const anniv = s.anniv !== undefined ? anniversaryValue(s.anniv, f.start, events, anchor) : undefined;
    if (anniv === null) continue;
    // (A past verb places a month before the publication date, not before a date the text moved to.)
    const ref = day ?? refs.anchorFor(s, sent);
    let value = anniv ?? refs.unsaidDay(s) ?? resolveValue(s, ref ?? anchor, tense(f), !ref && s.m !== undefined && s.y === undefined && governedByPast(tt, f.start));
    value = refs.settle(s, value, sent);
    const t: Timex = { id: `t${out.length + 1}`, span: span(text, tt.at(f.start).s, tt.at(f.end - 1).e), type: s.type, value };
    if (s.mod) t.mod = s.mod;
    out.push(t);
  }
  return out;
}

const needsTense = (s: { value?: string; wd?: number; y?: number; m?: number; d?: number; sub?: string; rel?: unknown }): boolean =>
  s.value === undefined && s.rel === undefined && (s.wd !== undefined || (s.y === undefined && (s.m !== undefined || s.d !== undefined || s.sub !== undefined)));

export const times = defineStage({
  provides: 'times',
  requires: ['segment'],
  run: (doc): Timex[] => findTimes(textOf(doc), need(doc, 'segment'), doc.meta.published),
});
