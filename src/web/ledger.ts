/** The ledger view of one corpus event: sources × figures × quotes, spread, claimants, chart, evidence. */
import type { Ledger } from '../corpus/ledger.js';
import type { CorpusEventDetail } from '../store/types.js';
import { enc, get } from './api.js';
import { ledgerChart } from './chart.js';
import { cueTypeBadge, docHref, el, entityHref, link, quotation, table, type Child } from './dom.js';

function claim(f: { value: number; low: number | null; high: number | null; hedge: string }): string {
  const n = (x: number) => x.toLocaleString('en-US');
  if (f.hedge === 'approx') return `about ${n(f.value)}`;
  if (f.hedge === 'at-least') return `at least ${n(f.low ?? f.value)}`;
  if (f.hedge === 'at-most') return `at most ${n(f.high ?? f.value)}`;
  if (f.hedge === 'range') return `${n(f.low ?? f.value)}–${n(f.high ?? f.value)}`;
  return n(f.value);
}

const CUE_TYPE_CHOICES: Array<[string, string]> = [['', 'all quotes'], ['speech', 'statements (speech)'], ['thought', 'beliefs (thought)'], ['other', 'acts and stances (other)']];

/** A choice of which quotes to show by cue type (e.g. statements only); hides the others in `list`. */
function cueTypeFilter(list: HTMLElement, types: ReadonlyArray<string | null>): HTMLElement {
  const count = (t: string) => (t ? types.filter((x) => x === t).length : types.length);
  const select = el('select', { class: 'cue-type-filter', 'aria-label': 'show quotes by cue type' },
    ...CUE_TYPE_CHOICES.map(([value, label]) => el('option', { value }, `${label} (${count(value)})`)));
  select.addEventListener('change', () => {
    for (const li of list.querySelectorAll<HTMLElement>('li')) li.hidden = select.value !== '' && li.dataset.cueType !== select.value;
  });
  return el('p', { class: 'muted' }, 'Show ', select);
}

export async function ledgerView(id: string): Promise<HTMLElement> {
  const [l, ev] = await Promise.all([get<Ledger>(`events/${enc(id)}/ledger`), get<CorpusEventDetail>(`events/${enc(id)}`)]);
  const out = el('div', { class: 'ledger' });
  out.appendChild(el('h2', {}, l.event.label));
  out.appendChild(el('p', { class: 'meta' }, `${l.sources.length} source${l.sources.length === 1 ? '' : 's'}`,
    l.earliest ? ` · first reported ${l.earliest.published}` : '', l.latest ? ` · latest ${l.latest.published}` : '', ` · id ${l.event.id}`));

  const rows: Child[][] = [];
  for (const s of l.sources) {
    // A new element for each row: one DOM node appended to several rows would end up in the last one only.
    const src = () => el('span', {}, link(docHref(s.doc), s.title ?? s.doc), el('br'), el('small', {}, s.outlet ?? ''));
    if (s.figures.length === 0) rows.push([s.published ?? '', src(), '', el('i', {}, 'no figure'), '', '', '']);
    for (const f of s.figures) {
      rows.push([
        s.published ?? '', src(), f.role, el('b', {}, claim(f)), el('span', { class: `hedge hedge-${f.hedge}` }, f.hedge),
        f.entity ? link(entityHref(f.entity), f.claimant) : f.claimant,
        f.quote ? el('span', {}, quotation(f.quote.text), cueTypeBadge(f.quote.cueType)) : el('span', { class: 'muted' }, `“${f.text}” in the outlet’s own words`),
      ]);
    }
  }
  out.appendChild(el('h3', {}, 'Sources and figures'));
  out.appendChild(table(['reported', 'source', 'role', 'figure', 'hedge', 'claimant', 'quote'], rows, 'ledger-table'));

  const chart = ledgerChart(l);
  if (chart) out.append(el('h3', {}, 'Figures over time, by source'), chart);

  if (l.spread.length) {
    out.appendChild(el('h3', {}, 'Spread by role'));
    out.appendChild(el('p', { class: 'muted' }, 'Every distinct figure is kept; nothing is merged or averaged.'));
    out.appendChild(table(['role', 'lowest', 'highest', 'figures', 'sources', 'claims', 'earliest report', 'latest report'],
      l.spread.map((s) => [s.role, s.min.toLocaleString('en-US'), s.max.toLocaleString('en-US'), s.figures, s.sources, s.claims.join(' · '), `${s.earliest.value} (${s.earliest.published ?? '?'})`, `${s.latest.value} (${s.latest.published ?? '?'})`])));
    out.appendChild(el('h3', {}, 'Who claims what'));
    out.appendChild(table(['claimant', 'role', 'claims', 'sources'], l.claims.map((c) => [c.entity ? link(entityHref(c.entity), c.claimant) : c.claimant, c.role, c.claims.join(' · '), c.docs.length])));
  }

  const quotes = l.sources.flatMap((s) => s.quotes.map((q) => ({ s, q })));
  if (quotes.length) {
    out.appendChild(el('h3', {}, `Quotes about it (${quotes.length})`));
    const list = el('ul', { class: 'quotes' }, ...quotes.map(({ s, q }) =>
      el('li', { 'data-cue-type': q.cueType ?? '' }, el('span', { class: 'who' }, q.entity ? link(entityHref(q.entity), q.speaker ?? '?') : (q.speaker ?? 'unattributed')), cueTypeBadge(q.cueType), ': ', quotation(q.text), ' ',
        el('small', {}, link(docHref(s.doc), `${s.outlet ?? s.doc}, ${s.published ?? ''}`)))));
    out.append(cueTypeFilter(list, quotes.map(({ q }) => q.cueType)), list);
  }

  out.appendChild(el('h3', {}, 'Why these reports are one event'));
  out.appendChild(table(['reported', 'document', 'mention', 'evidence'], ev.members.map((m) => [
    m.published ?? '', link(docHref(m.doc), m.title ?? m.doc), m.trigger, el('ul', { class: 'evidence' }, ...m.evidence.map((e) => el('li', {}, el('b', {}, e.rule), ' ', e.detail))),
  ])));
  return out;
}
