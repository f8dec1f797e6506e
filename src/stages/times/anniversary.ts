import { firstStartingAtOrAfter } from '../../core/span.js';
import type { Ymd } from './calendar.js';
import { pad } from './calendar.js';
import type { Found } from './find.js';

/** How many candidate dates on each side of an anniversary are looked at (keeps huge texts linear). */
const REACH = 500;

/** Explicit dates with a year ("On February 26, 1992", "in 1988"), in text order: anniversary candidates. */
export function datedEvents(found: readonly Found[]): Found[] {
  return found.filter((f) => f.spec.y !== undefined && f.spec.rel === undefined && f.spec.anniv === undefined);
}

/**
 * Dates "the 28th anniversary (of X)": the year of an event dated elsewhere in the same text plus
 * the ordinal. With a publication date, the candidate whose anniversary falls within a year of it
 * wins (exact year first, then dates with a month, then the nearest in the text). With no
 * candidate, null: TE3 leaves an anniversary that no date of the text anchors untagged.
 */
export function anniversaryValue(n: number, at: number, events: readonly Found[], anchor: Ymd | null): string | null {
  // First candidate at or after the anniversary, then look both ways.
  const lo = firstStartingAtOrAfter(events, at);
  let best: { y: number; score: number } | null = null;
  for (let k = Math.max(0, lo - REACH); k < Math.min(events.length, lo + REACH); k++) {
    const s = events[k].spec;
    const y = s.y! + n;
    if (anchor && Math.abs(y - anchor.y) > 1) continue;
    const score = (anchor ? Math.abs(y - anchor.y) * 1e9 : 0) + (s.m === undefined ? 1e8 : 0) + Math.abs(events[k].start - at);
    if (!best || score < best.score) best = { y, score };
  }
  return best ? pad(best.y, 4) : null;
}
