/**
 * Who claims a figure: the speaker of the innermost quote whose content holds it, the
 * outlet otherwise (also for quotes with no speaker).
 */
import type { Claimant, Quote } from '../../core/layers.js';
import type { Range } from '../../core/span.js';

export interface ClaimantIndex {
  of(r: Range): Claimant;
}

export function claimantIndex(quotes: readonly Quote[], outlet: string | null): ClaimantIndex {
  const sorted = [...quotes].sort((a, b) => a.content.start - b.content.start);
  // Longest content end so far, for an early stop in the backward walk.
  const maxEnd: number[] = [];
  let m = -1;
  for (const q of sorted) maxEnd.push((m = Math.max(m, q.content.end)));
  const outletClaim: Claimant = { kind: 'outlet', name: outlet };
  return {
    of(r: Range): Claimant {
      let lo = 0;
      let hi = sorted.length - 1;
      let at = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (sorted[mid].content.start <= r.start) {
          at = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      let best: Quote | null = null;
      for (let i = at; i >= 0 && maxEnd[i] >= r.end; i--) {
        const q = sorted[i];
        if (q.content.start <= r.start && r.end <= q.content.end) {
          if (!best || q.content.end - q.content.start < best.content.end - best.content.start) best = q;
        }
      }
      if (!best || !best.speaker) return outletClaim;
      return { kind: 'speaker', name: best.speaker.name, entity: best.speaker.entity, quote: best.id };
    },
  };
}
