/**
 * Quotations by their marks (the quotes stage's own finder), for figures inside a quotation that
 * no quote of the quotes layer holds: the quotes stage often splits a long quotation or keeps
 * only part of it ("... 47 percent of the country. That adds up to 185,000 ..."), and its other
 * parts still tell who speaks.
 */
import type { Range } from '../../core/span.js';
import { findQuoted, type Quoted } from '../quotes/quote-marks.js';

/** Fewer words than this between the marks: a title or a scare quote ("the “47 percent” comment"), not speech. */
const MIN_WORDS = 6;
/** Opening marks findQuoted knows: none before the figure in its paragraph, no quotation holds it. */
const MARKS = /[“"‘«„]|''/;

export interface Quotations {
  /** The closed quotation of at least MIN_WORDS words holding `r`, or null. */
  holding(r: Range): Range | null;
}

export function quotations(text: string, paragraphs: readonly Range[]): Quotations {
  // Per paragraph, found on first use: most figures are claimed by a quote and never ask.
  const cache = new Map<number, Quoted[]>();
  return {
    holding(r: Range): Range | null {
      let lo = 0;
      let hi = paragraphs.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (paragraphs[mid].start <= r.start) lo = mid;
        else hi = mid - 1;
      }
      const p = paragraphs[lo];
      if (!p || p.end < r.end || !MARKS.test(text.slice(p.start, r.start))) return null;
      let qs = cache.get(lo);
      if (!qs) cache.set(lo, (qs = findQuoted(text, p.start, p.end).filter((q) => q.closed)));
      const q = qs.find((x) => x.start <= r.start && r.end <= x.end);
      if (!q) return null;
      return (text.slice(q.start, q.end).match(/[\p{L}\p{N}]+/gu)?.length ?? 0) >= MIN_WORDS ? { start: q.start, end: q.end } : null;
    },
  };
}
