import { firstStartingAtOrAfter } from '../../core/span.js';
import type { Ymd } from './calendar.js';
import { daysBetween, pad } from './calendar.js';
import type { Found } from './find.js';

/** How many candidate dates on each side of an anniversary are looked at (keeps huge texts linear). */
const REACH = 500;

/** Explicit dates with a year ("On February 26, 1992", "in 1988"), in text order: anniversary candidates. */
export function datedEvents(found: readonly Found[]): Found[] {
  return found.filter((f) => f.spec.y !== undefined && f.spec.rel === undefined && f.spec.anniv === undefined);
}

/**
 * Dates "the 28th anniversary (of X)": the year of an event dated elsewhere in the same text plus
 * the ordinal. With a publication date, only a candidate whose anniversary falls in its year counts, or,
 * for an event dated to the month, within half a year of it (a story of January 2 about a December 28
 * anniversary); an event year that lands a year off is another event ("today, the 39th anniversary of
 * the Bay of Pigs" next to "left Cuba in 1962"). Dates with a month first, then the nearest in the text. With no
 * candidate, null: TE3 leaves an anniversary that no date of the text anchors untagged.
 */
export function anniversaryValue(n: number, at: number, events: readonly Found[], anchor: Ymd | null): string | null {
  // First candidate at or after the anniversary, then look both ways.
  const lo = firstStartingAtOrAfter(events, at);
  let best: { y: number; score: number } | null = null;
  for (let k = Math.max(0, lo - REACH); k < Math.min(events.length, lo + REACH); k++) {
    const s = events[k].spec;
    const y = s.y! + n;
    if (anchor && !nearAnchor(anchor, y, s.m, s.d)) continue;
    const score = (s.m === undefined ? 1e8 : 0) + Math.abs(events[k].start - at);
    if (!best || score < best.score) best = { y, score };
  }
  return best ? pad(best.y, 4) : null;
}

/** Whether an anniversary in year y (month m, day d when known) falls in the anchor's year, or within half a year of it. */
function nearAnchor(anchor: Ymd, y: number, m: number | undefined, d: number | undefined): boolean {
  if (y === anchor.y) return true;
  if (m === undefined) return false;
  return Math.abs(daysBetween(anchor, { y, m, d: d ?? 15 })) <= HALF_YEAR;
}

const HALF_YEAR = 183;
