/**
 * Nested highlights over an article's text: entity mentions, quotes (with their speaker),
 * figures (with hedge and claimant) and dates, as nested elements built from text nodes.
 * Spans may nest (a figure inside a quote) or cross; a crossing span is split into pieces
 * that carry the same id. Linear in text length plus the number of spans (after one sort).
 */
import type { AscribeRecord } from '../record/types.js';
import { el } from './dom.js';

export type Kind = 'quote' | 'entity' | 'figure' | 'date';

export interface Mark {
  start: number;
  end: number;
  kind: Kind;
  /** Local id (q1, e3, n2, t1) for the side panel. */
  id: string;
  /** Tooltip text. */
  title: string;
  /** Shown as a tag at the start of the span (a quote's speaker). */
  tag?: string;
}

const KIND_ORDER: Record<Kind, number> = { quote: 0, entity: 1, figure: 2, date: 3 };

export function marksOf(r: AscribeRecord): Mark[] {
  const marks: Mark[] = [];
  for (const q of r.quotes) {
    const who = q.speaker?.name ?? 'unattributed';
    marks.push({ start: q.content.start, end: q.content.end, kind: 'quote', id: q.id, title: `${q.kind} quote — ${who}${q.cue ? ` (${q.cue.text})` : ''}`, tag: who });
  }
  for (const e of r.entities) for (const m of e.mentions) marks.push({ start: m.start, end: m.end, kind: 'entity', id: e.id, title: `${e.type}: ${e.name}` });
  for (const f of r.quantities) {
    const by = f.claimant.kind === 'speaker' ? f.claimant.name : (f.claimant.name ?? 'the outlet');
    marks.push({ start: f.span.start, end: f.span.end, kind: 'figure', id: f.id, title: `${f.role ?? f.counted}: ${f.value}${f.low !== undefined || f.high !== undefined ? ` [${f.low ?? ''}–${f.high ?? ''}]` : ''}, ${f.hedge}; claimed by ${by}` });
  }
  for (const t of r.times) marks.push({ start: t.span.start, end: t.span.end, kind: 'date', id: t.id, title: `${t.type} ${t.value}` });
  return marks.filter((m) => m.start >= 0 && m.end > m.start && m.end <= r.text.length);
}

/** The article text as a fragment of nested highlight elements. */
export function renderHighlighted(text: string, marks: readonly Mark[]): DocumentFragment {
  const sorted = [...marks].sort((a, b) => a.start - b.start || b.end - a.end || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
  // Boundaries where the set of open spans changes.
  const cuts = new Set<number>([0, text.length]);
  for (const m of sorted) (cuts.add(m.start), cuts.add(m.end));
  const points = [...cuts].sort((a, b) => a - b);
  const root = document.createDocumentFragment();
  const stack: Array<{ mark: Mark; node: HTMLElement }> = [];
  const active: Mark[] = [];
  let next = 0;
  const tagged = new Set<Mark>();
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i];
    const to = points[i + 1];
    for (let k = active.length - 1; k >= 0; k--) if (active[k].end <= from) active.splice(k, 1);
    while (next < sorted.length && sorted[next].start === from) active.push(sorted[next++]);
    // Desired nesting: outer (earlier start, longer) first — the order they were opened in.
    let common = 0;
    while (common < stack.length && common < active.length && stack[common].mark === active[common]) common++;
    stack.length = common;
    for (let k = common; k < active.length; k++) {
      const m = active[k];
      const node = el('span', { class: `hl hl-${m.kind}`, 'data-kind': m.kind, 'data-id': m.id, title: m.title });
      if (m.tag && !tagged.has(m)) {
        tagged.add(m);
        node.appendChild(el('span', { class: 'speaker-tag', 'aria-hidden': 'true' }, m.tag));
      }
      (stack.length ? stack[stack.length - 1].node : root).appendChild(node);
      stack.push({ mark: m, node });
    }
    const parent: Node = stack.length ? stack[stack.length - 1].node : root;
    parent.appendChild(document.createTextNode(text.slice(from, to)));
  }
  return root;
}
