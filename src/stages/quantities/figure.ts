import type { Hedge } from '../../core/layers.js';
import type { ReadingKind } from './read.js';

/** A number found in a sentence, with its hedge and unit: the working record before attribution. */
export interface Figure {
  /** The number as written (for a range: from the low number to the high one). */
  start: number;
  end: number;
  /** Token indices [first, last) of that span. */
  first: number;
  last: number;
  /** Token range of the whole expression: hedge words, currency sign, "between", "percent". */
  exprFirst: number;
  exprLast: number;
  /** Like exprFirst, but an approximating word ("about") is left out: where a bound begins. */
  boundFirst: number;
  value: number;
  low?: number;
  high?: number;
  hedge: Hedge;
  kind: ReadingKind | 'range' | 'ratio';
  percent: boolean;
  /** Token index after the percent word or sign, when there is one. */
  percentLast?: number;
  /** An explicit hedge phrase was written ("at least", "or more", "equal to"). */
  hedged: boolean;
  /** "percentage points" rather than "percent". */
  points: boolean;
  words: boolean;
  multiplier: number;
  unit?: string;
  /** The counted word a unit implies ("dollars", "km"). */
  unitCounted?: string;
  /** A number word glued to its noun ("ten-storey"): a property of the thing, never a back-reference. */
  glued?: boolean;
  money: boolean;
  /** A dash pair that is a score or a vote ("3-2"), not a range. */
  score: boolean;
  /** Token index where the counted noun phrase may begin. */
  after: number;
  /** The sentence's token window. */
  from: number;
  lim: number;
}
