/**
 * When it happened: the DATE/TIME timex of the trigger's sentence nearest to it, preferring a
 * calendar value (1992-02-26, XXXX-02) over a vague reference (PAST_REF). Durations and sets
 * say how long or how often, not when, and anniversaries date commemorations, so none of them
 * dates an event.
 */
import type { Timex } from '../../core/layers.js';
import type { Ctx } from './context.js';
import { itemsStartingIn } from './context.js';

export interface SentenceTimes {
  /** Calendar-valued DATE/TIME timexes, by start. */
  concrete: Timex[];
  /** Vague DATE/TIME references (PRESENT_REF, PAST_REF, FUTURE_REF), by start. */
  vague: Timex[];
  /** Whether the sentence has a DATE/TIME timex (then it does not inherit an earlier date). */
  any: boolean;
}

export function sentenceTimes(ctx: Ctx, si: number): SentenceTimes {
  const s = ctx.sentences[si];
  const [a, b] = itemsStartingIn(ctx.times, (x) => x.span.start, s.start, s.end);
  const concrete: Timex[] = [];
  const vague: Timex[] = [];
  let any = false;
  for (let i = a; i < b; i++) {
    const x = ctx.times[i];
    if ((x.type !== 'DATE' && x.type !== 'TIME') || !x.value) continue;
    any = true;
    // "the 28th anniversary (of the massacre)" dates a commemoration, never the event itself.
    if (/anniversar/i.test(x.span.text)) continue;
    (/^(?:\d|X)/.test(x.value) ? concrete : vague).push(x);
  }
  return { concrete, vague, any };
}

/** The timex in `sorted` nearest to [start, end), by binary search on starts. */
function nearest(sorted: Timex[], start: number, end: number): Timex | undefined {
  if (sorted.length === 0) return undefined;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].span.start < start) lo = mid + 1;
    else hi = mid;
  }
  const dist = (x: Timex): number => (x.span.end <= start ? start - x.span.end : x.span.start >= end ? x.span.start - end : 0);
  let best: Timex | undefined;
  // The nearest one starts just before or just after the trigger; an earlier long timex can
  // only win by overlapping, which its predecessor would show too.
  for (const i of [lo - 2, lo - 1, lo, lo + 1]) {
    const x = sorted[i];
    if (x && (!best || dist(x) < dist(best))) best = x;
  }
  return best;
}

export function timeOf(times: SentenceTimes, start: number, end: number): string | undefined {
  return (nearest(times.concrete, start, end) ?? nearest(times.vague, start, end))?.value;
}
