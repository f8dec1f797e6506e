/**
 * Which figures measure which event: a Quantity in the same sentence whose role fits the event
 * type (killed → killing, hostages → hostage-taking, …), the nearest such event when there are
 * several; a casualty figure with no killing in its sentence measures the attack, clash or
 * disaster that caused it. A subset ("including 63 children") follows its total.
 */
import type { Quantity } from '../../core/layers.js';
import { ROLE_TYPES } from './lexicon.js';

export interface FigureTarget {
  type: string;
  /** Trigger offsets, for nearness. */
  start: number;
  end: number;
  quantities: string[];
}

export function typesForRole(role: string | undefined): readonly string[] {
  if (!role) return [];
  const r = role.toLowerCase();
  return ROLE_TYPES[r] ?? (r.endsWith('s') ? ROLE_TYPES[r.slice(0, -1)] : undefined) ?? [];
}

function distance(q: Quantity, e: FigureTarget): number {
  if (q.span.end <= e.start) return e.start - q.span.end;
  if (q.span.start >= e.end) return q.span.start - e.end;
  return 0;
}

/** The event in `list` (text order) nearest to the figure, by binary search. */
function nearestTo(list: FigureTarget[], q: Quantity): FigureTarget {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < q.span.start) lo = mid + 1;
    else hi = mid;
  }
  const before = list[lo - 1];
  const after = list[lo];
  if (!before) return after;
  if (!after) return before;
  return distance(q, after) < distance(q, before) ? after : before;
}

/**
 * Adds each figure's id to the event it measures. `events` are the sentence's events in text
 * order, `figures` the sentence's quantities. O(figures × log events).
 */
export function linkFigures(events: FigureTarget[], figures: readonly Quantity[]): void {
  if (events.length === 0 || figures.length === 0) return;
  const byType = new Map<string, FigureTarget[]>();
  for (const e of events) {
    const list = byType.get(e.type);
    if (list) list.push(e);
    else byType.set(e.type, [e]);
  }
  const owner = new Map<string, FigureTarget>();
  const place = (q: Quantity): void => {
    for (const type of typesForRole(q.role)) {
      const list = byType.get(type);
      if (!list) continue;
      const best = nearestTo(list, q);
      best.quantities.push(q.id);
      owner.set(q.id, best);
      return;
    }
  };
  // Totals first, so that subsets can follow them wherever their own role would lead.
  for (const q of figures) if (!q.partOf) place(q);
  for (const q of figures) {
    if (!q.partOf) continue;
    const total = owner.get(q.partOf);
    if (total) {
      total.quantities.push(q.id);
      owner.set(q.id, total);
    } else place(q);
  }
}
