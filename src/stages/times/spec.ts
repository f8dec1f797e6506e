import type { TimexType } from '../../core/layers.js';

/** Granularities a relative expression moves by ("last week" moves the anchor's week by -1). */
export type RelUnit = 'D' | 'W' | 'WE' | 'M' | 'Q' | 'H' | 'SE' | 'Y' | 'DE' | 'CE';

/**
 * What a matched expression means before it is anchored: either a final `value`, or calendar
 * fields that may still need the publication date (missing year, weekday, relative offset).
 */
export interface Spec {
  type: TimexType;
  /** A value that needs no anchor: durations, sets, *_REF, full dates. */
  value?: string;
  y?: number;
  m?: number;
  d?: number;
  /** A weekday (Monday = 1) to place near the anchor. */
  wd?: number;
  /** Explicit direction of a weekday/month: last (-1), this (0), next (+1); absent = from tense. */
  dir?: -1 | 0 | 1;
  /** Offset from the anchor in a unit: today (D 0), last week (W -1), two years ago (Y -2). */
  rel?: { unit: RelUnit; n: number };
  /** Part of a year: Q1..Q4, H1, H2, SU, WI, SP, FA. */
  sub?: string;
  /** Time of day: a part of the day ('MO', 'NI') or a clock time ('15:00'). */
  tod?: string;
  /** The n-th weekday of month `m` (Thanksgiving: 4th Thursday of November): [n, weekday]. */
  nth?: [number, number];
  /**
   * A week named by its month: the week of day `d` ("the week of March 6": 0), the n-th week of
   * month `m` (1–4: "the second week of April") or its last week (-1). Valued as an ISO week.
   */
  weekOf?: number;
  /** Easter (its Sunday, or its ISO week: "Easter week"); `m` is 4 so that its tense is read, the year is Easter's own (resolve.ts easterValue). */
  easter?: 'day' | 'week';
  /** "a year ago", "year-earlier": in a story about a quarter, the same quarter that many years back. */
  yearsBack?: number;
  /**
   * An earnings-story period ("the quarter", "the latest period", "the year-ago quarter", "the 1988
   * period"): the quarter last named in the text, `back` years earlier or in year `y`.
   */
  qref?: { back: number; y?: number };
  /**
   * Anaphoric ("that year", "the following day", "the previous Friday"): `rel`/`wd` are counted
   * from the date last mentioned in the text instead of the publication date.
   */
  ana?: boolean;
  /** "the 28th anniversary": dated from the document's own dates after matching. */
  anniv?: number;
  /** Read (so that no shorter rule takes the words) but not output: TE3 leaves it untagged. */
  skip?: boolean;
  /** TIMEX3 mod: START, END, APPROX, MORE_THAN, ... */
  mod?: string;
}
