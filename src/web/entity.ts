/** The entity page: its names, every document that mentions it (with link evidence), all it said, every figure it claimed. */
import type { CorpusEntityDetail, FigureRow, QuoteRow } from '../store/types.js';
import { enc, get } from './api.js';
import { docHref, el, eventHref, link, quotation, table } from './dom.js';

export async function entityView(id: string): Promise<HTMLElement> {
  const [e, quotes, figures] = await Promise.all([
    get<CorpusEntityDetail>(`entities/${enc(id)}`),
    get<QuoteRow[]>('quotes', { entity: id, limit: 500 }),
    get<FigureRow[]>('figures', { entity: id, limit: 500 }),
  ]);
  const out = el('div', { class: 'entity' });
  out.append(
    el('h2', {}, e.name, ' ', el('span', { class: `etype etype-${e.type}` }, e.type)),
    el('p', { class: 'meta' }, `${e.docs} documents · ${e.mentions} mentions`, e.aliases.length ? ` · also: ${e.aliases.join(', ')}` : ''),
    el('h3', {}, `What ${e.name} said (${quotes.length})`),
    quotes.length
      ? el('ul', { class: 'quotes' }, ...quotes.map((q) => el('li', {}, quotation(q.text), ' ', el('small', {}, link(docHref(q.doc), `${q.title ?? q.doc}, ${q.published ?? ''}`)))))
      : el('p', { class: 'muted' }, 'No quotes attributed.'),
    el('h3', {}, `Figures ${e.name} claimed (${figures.length})`),
    figures.length
      ? table(['reported', 'figure', 'role', 'hedge', 'event', 'document'], figures.map((f) => [f.published ?? '', el('b', {}, f.text), f.role ?? f.counted, f.hedge, f.event ? link(eventHref(f.event), 'ledger') : '', link(docHref(f.doc), f.title ?? f.doc)]))
      : el('p', { class: 'muted' }, 'No figures claimed.'),
    el('h3', {}, 'Mentions across documents, and why they were linked'),
    table(['published', 'document', 'name there', 'evidence'], e.members.map((m) => [m.published ?? '', link(docHref(m.doc), m.title ?? m.doc), m.name, el('ul', { class: 'evidence' }, ...m.evidence.map((x) => el('li', {}, el('b', {}, x.rule), ' ', x.detail)))])),
  );
  return out;
}
