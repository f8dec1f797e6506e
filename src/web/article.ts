/** The article view: the text with nested highlights, and a side panel of everything found in it. */
import type { StoredDocument } from '../store/types.js';
import type { AscribeRecord } from '../record/types.js';
import { get, enc } from './api.js';
import { cueTypeBadge, el, entityHref, eventHref, link, quotation, type Child } from './dom.js';
import { marksOf, renderHighlighted } from './highlight.js';

function focus(kind: string, id: string): void {
  const nodes = document.querySelectorAll<HTMLElement>(`.article-text [data-kind="${kind}"][data-id="${CSS.escape(id)}"]`);
  nodes.forEach((n) => n.classList.add('flash'));
  nodes[0]?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  setTimeout(() => nodes.forEach((n) => n.classList.remove('flash')), 1500);
}

function item(kind: string, id: string, ...children: Child[]): HTMLLIElement {
  const li = el('li', { class: `item item-${kind}`, 'data-kind': kind, 'data-id': id, tabindex: '0' }, ...children);
  li.addEventListener('click', (ev) => {
    if ((ev.target as HTMLElement).closest('a')) return;
    focus(kind, id);
  });
  return li;
}

function panel(d: StoredDocument, r: AscribeRecord): HTMLElement {
  const entityName = new Map(r.entities.map((e) => [e.id, e.name]));
  const section = (title: string, n: number, list: HTMLElement) => el('section', {}, el('h3', {}, `${title} (${n})`), list);
  const quotes = el('ol', { class: 'panel-list' }, ...r.quotes.map((q) =>
    item('quote', q.id, el('span', { class: 'who' }, q.speaker?.name ?? 'unattributed'), q.speaker?.entity && d.entityLinks[q.speaker.entity] ? link(entityHref(d.entityLinks[q.speaker.entity]), ' →') : null,
      // "believes", "nominated": not a statement; marked so a reader can tell.
      cueTypeBadge(q.cueType, q.cue?.text ?? ''), ' ', quotation(q.content.text)),
  ));
  const figures = el('ol', { class: 'panel-list' }, ...r.quantities.map((f) => {
    const by = f.claimant.kind === 'speaker' ? f.claimant.name : (f.claimant.name ?? 'the outlet');
    return item('figure', f.id, el('b', {}, f.span.text), ` ${f.role ?? f.counted}`, el('span', { class: `hedge hedge-${f.hedge}` }, f.hedge), ' claimed by ', el('span', { class: 'who' }, by),
      ' ', f.event && d.eventLinks[f.event] ? link(eventHref(d.eventLinks[f.event]), 'ledger') : null);
  }));
  const entities = el('ol', { class: 'panel-list' }, ...r.entities.map((e) =>
    item('entity', e.id, el('span', { class: `etype etype-${e.type}` }, e.type), ' ', d.entityLinks[e.id] ? link(entityHref(d.entityLinks[e.id]), e.name) : e.name, ` ×${e.mentions.length}`),
  ));
  const dates = el('ol', { class: 'panel-list' }, ...r.times.map((t) => item('date', t.id, el('b', {}, t.span.text), ` ${t.value}`)));
  const events = el('ol', { class: 'panel-list' }, ...r.events.map((ev) =>
    el('li', { class: 'item' }, el('b', {}, ev.type), ` “${ev.trigger.text}” `, ev.time ?? '', ev.places.length ? ` in ${ev.places.map((p) => entityName.get(p) ?? p).join(', ')}` : '', ' ',
      d.eventLinks[ev.id] ? link(eventHref(d.eventLinks[ev.id]), 'ledger') : null),
  ));
  return el('aside', { class: 'panel' },
    section('Quotes', r.quotes.length, quotes), section('Figures', r.quantities.length, figures), section('Events', r.events.length, events),
    section('Entities', r.entities.length, entities), section('Dates', r.times.length, dates));
}

export async function articleView(id: string): Promise<HTMLElement> {
  const d = await get<StoredDocument>(`documents/${enc(id)}`);
  const head = el('header', { class: 'doc-head' },
    el('h2', {}, d.title ?? d.id),
    el('p', { class: 'meta' }, [d.source, d.published, d.id].filter(Boolean).join(' · '), ' ', d.url ? el('a', { href: d.url, rel: 'noopener noreferrer', target: '_blank' }, 'original') : null),
  );
  if (!d.record) return el('div', {}, head, el('p', { class: 'error' }, `Not analysed: ${d.error?.code ?? ''} ${d.error?.message ?? ''}`));
  const r = d.record;
  const legend = el('p', { class: 'legend' }, el('span', { class: 'hl hl-quote' }, 'quote'), ' ', el('span', { class: 'hl hl-entity' }, 'entity'), ' ', el('span', { class: 'hl hl-figure' }, 'figure'), ' ', el('span', { class: 'hl hl-date' }, 'date'));
  const text = el('div', { class: 'article-text' });
  text.appendChild(renderHighlighted(r.text, marksOf(r)));
  text.addEventListener('click', (ev) => {
    const hl = (ev.target as HTMLElement).closest<HTMLElement>('.hl');
    if (!hl) return;
    const li = document.querySelector<HTMLElement>(`.panel [data-kind="${hl.dataset.kind}"][data-id="${CSS.escape(hl.dataset.id ?? '')}"]`);
    li?.scrollIntoView({ block: 'nearest' });
    li?.classList.add('flash');
    setTimeout(() => li?.classList.remove('flash'), 1500);
  });
  return el('div', { class: 'article' }, el('div', { class: 'article-main' }, head, legend, text), panel(d, r));
}
