/** The start page and search: corpus counts, the most reported events and entities, recent articles. */
import type { CorpusEntitySummary, CorpusEventSummary, DocumentSummary, SearchHit, StoreStats } from '../store/types.js';
import { get } from './api.js';
import { docHref, el, entityHref, eventHref, link, snippet, table } from './dom.js';

export async function homeView(): Promise<HTMLElement> {
  const [stats, events, entities, docs] = await Promise.all([
    get<StoreStats>('stats'),
    get<CorpusEventSummary[]>('events', { limit: 25 }),
    get<CorpusEntitySummary[]>('entities', { limit: 25 }),
    get<DocumentSummary[]>('documents', { limit: 200 }),
  ]);
  return el('div', { class: 'home' },
    el('p', { class: 'meta' }, `${stats.documents} documents (${stats.errors} not analysed) · ${stats.entities} entities · ${stats.events} events · ${stats.quotes} quotes · ${stats.figures} figures`),
    el('div', { class: 'columns' },
      el('section', {}, el('h3', {}, 'Events, most reported first'),
        table(['event', 'sources', 'first reported'], events.map((e) => [link(eventHref(e.id), e.label), e.docs, e.firstReported ?? '']), 'events-table')),
      el('section', {}, el('h3', {}, 'Entities'),
        table(['entity', 'type', 'documents', 'quotes'], entities.map((e) => [link(entityHref(e.id), e.name), e.type, e.docs, e.quotes])))),
    el('h3', {}, 'Articles'),
    table(['published', 'title', 'quotes', 'figures', 'events'], docs.map((d) => [d.published ?? '', d.status === 'ok' ? link(docHref(d.id), d.title ?? d.id) : `${d.id} (${d.error?.code})`, d.quotes, d.figures, d.events]), 'docs-table'),
  );
}

export async function searchView(q: string): Promise<HTMLElement> {
  if (!q.trim()) return el('p', { class: 'muted' }, 'Type words to search articles and quotes.');
  const hits = await get<SearchHit[]>('search', { q, limit: 50 });
  return el('div', { class: 'search' },
    el('h2', {}, `Search: ${q}`),
    hits.length
      ? el('ol', { class: 'hits' }, ...hits.map((h) => el('li', { class: `hit hit-${h.kind}` },
          el('span', { class: 'kind' }, h.kind), ' ', link(docHref(h.doc), h.title ?? h.doc), h.published ? ` · ${h.published}` : '', h.speaker ? ` · ${h.speaker}` : '', el('br'), snippet(h.snippet))))
      : el('p', { class: 'muted' }, 'Nothing found.'),
  );
}
