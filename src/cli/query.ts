import { createError } from '../core/errors.js';
import { CUE_TYPES, type CueType } from '../core/layers.js';
import { csvLine } from '../io/writers/csv.js';
import { claimText, type Ledger } from '../corpus/ledger.js';
import { DEFAULT_DB, openStore } from '../store/index.js';
import type { Store } from '../store/types.js';
import { writer } from './output.js';

export const QUERY_FORMATS = ['table', 'jsonl', 'csv'] as const;
type QueryFormat = (typeof QUERY_FORMATS)[number];
export const QUERIES = ['events', 'ledger', 'quotes', 'figures', 'search', 'entities', 'documents'] as const;

export interface QueryCliOptions {
  db?: string;
  format?: string;
  speaker?: string;
  role?: string;
  entity?: string;
  cueType?: string;
  event?: string;
  type?: string;
  minDocs?: string;
  limit?: string;
}

type Cell = string | number | null | undefined;
interface Rows {
  columns: string[];
  rows: Cell[][];
  /** Full objects for jsonl (one per row). */
  objects: unknown[];
}

/** `ascribe query ...`: prints rows as an aligned table, JSON lines, or CSV with a header row. */
export async function runQuery(what: string, args: string[], opts: QueryCliOptions): Promise<number> {
  const format = (opts.format ?? 'table') as QueryFormat;
  if (!QUERY_FORMATS.includes(format)) throw createError('E_FORMAT', format, QUERY_FORMATS.join(', '));
  if (!(QUERIES as readonly string[]).includes(what)) throw createError('E_USAGE', `unknown query "${what}" (expected one of ${QUERIES.join(', ')})`);
  const limit = opts.limit === undefined ? 50 : Number(opts.limit);
  if (!(Number.isInteger(limit) && limit > 0)) throw createError('E_USAGE', `--limit must be a positive integer, not ${opts.limit}`);
  const cueType = cueTypeOption(opts.cueType);
  const store = openStore(opts.db ?? DEFAULT_DB, { readonly: true });
  const write = writer();
  try {
    if (what === 'ledger') {
      const id = args[0];
      if (!id) throw createError('E_USAGE', 'query ledger needs an event id (see: ascribe query events)');
      const ledger = await store.ledger(id, { cueType });
      if (!ledger) throw createError('E_USAGE', `no event "${id}" in ${opts.db ?? DEFAULT_DB} (see: ascribe query events)`);
      if (format === 'table') await write(ledgerText(ledger));
      else await write(render(ledgerRows(ledger), format));
      return 0;
    }
    const rows = await select(store, what, args, { ...opts, cueType }, limit);
    await write(render(rows, format));
    return 0;
  } finally {
    await store.close();
  }
}

/** --cue-type, checked against the labels the quotes stage gives. */
function cueTypeOption(v: string | undefined): CueType | undefined {
  if (v === undefined) return undefined;
  if (!(CUE_TYPES as readonly string[]).includes(v)) throw createError('E_USAGE', `--cue-type must be one of ${CUE_TYPES.join(', ')}, not "${v}"`);
  return v as CueType;
}

async function select(store: Store, what: string, args: string[], o: Omit<QueryCliOptions, 'cueType'> & { cueType?: CueType }, limit: number): Promise<Rows> {
  switch (what) {
    case 'events': {
      const xs = await store.events({ type: o.type, minDocs: o.minDocs ? Number(o.minDocs) : undefined, limit });
      return { columns: ['id', 'type', 'time', 'places', 'docs', 'mentions', 'first_reported', 'last_reported'], rows: xs.map((e) => [e.id, e.type, e.time, e.places.join('; '), e.docs, e.mentions, e.firstReported, e.lastReported]), objects: xs };
    }
    case 'quotes': {
      const xs = await store.quotes({ speaker: o.speaker, entity: o.entity, cueType: o.cueType, limit });
      return {
        columns: ['doc', 'published', 'id', 'speaker', 'entity', 'kind', 'cue', 'cue_type', 'text'],
        rows: xs.map((q) => [q.doc, q.published, q.id, q.speaker, q.entity, q.kind, q.cue, q.cueType, q.text]),
        objects: xs,
      };
    }
    case 'figures': {
      const xs = await store.figures({ role: o.role, entity: o.entity, event: o.event, limit });
      return {
        columns: ['doc', 'published', 'id', 'role', 'claim', 'value', 'low', 'high', 'hedge', 'counted', 'claimant', 'event', 'text'],
        rows: xs.map((f) => [f.doc, f.published, f.id, f.role, claimText(f), f.value, f.low, f.high, f.hedge, f.counted, f.claimant, f.event, f.text]),
        objects: xs,
      };
    }
    case 'search': {
      const text = args.join(' ').trim();
      if (!text) throw createError('E_USAGE', 'query search needs some text');
      const xs = await store.search(text, { limit });
      const plain = (s: string) => s.replace(/[\u0002\u0003]/g, '');
      return { columns: ['kind', 'doc', 'published', 'id', 'speaker', 'snippet'], rows: xs.map((h) => [h.kind, h.doc, h.published, h.id, h.speaker, plain(h.snippet)]), objects: xs.map((h) => ({ ...h, snippet: plain(h.snippet) })) };
    }
    case 'entities': {
      const xs = await store.entities({ type: o.type, name: args.join(' ') || undefined, limit });
      return { columns: ['id', 'type', 'name', 'docs', 'mentions', 'quotes', 'figures', 'aliases'], rows: xs.map((e) => [e.id, e.type, e.name, e.docs, e.mentions, e.quotes, e.figures, e.aliases.join('; ')]), objects: xs };
    }
    default: {
      const xs = await store.documents({ limit });
      return { columns: ['id', 'published', 'source', 'status', 'quotes', 'figures', 'events', 'title'], rows: xs.map((d) => [d.id, d.published, d.source, d.status === 'error' ? `error ${d.error?.code}` : 'ok', d.quotes, d.figures, d.events, d.title]), objects: xs };
    }
  }
}

/** The ledger flattened: one row per source × figure (with its quote), then one per related quote. */
export function ledgerRows(l: Ledger): Rows {
  const columns = ['event', 'row', 'doc', 'outlet', 'published', 'title', 'role', 'claim', 'value', 'low', 'high', 'hedge', 'claimant', 'quote_speaker', 'quote', 'quote_cue_type', 'text'];
  const rows: Cell[][] = [];
  const objects: unknown[] = [];
  for (const s of l.sources) {
    for (const f of s.figures) {
      rows.push([l.event.id, 'figure', s.doc, s.outlet, s.published, s.title, f.role, claimText(f), f.value, f.low, f.high, f.hedge, f.claimant, f.quote?.speaker, f.quote?.text, f.quote?.cueType, f.text]);
      objects.push({ event: l.event.id, row: 'figure', doc: s.doc, outlet: s.outlet, published: s.published, title: s.title, figure: f });
    }
    for (const q of s.quotes) {
      rows.push([l.event.id, 'quote', s.doc, s.outlet, s.published, s.title, null, null, null, null, null, null, q.speaker, q.speaker, q.text, q.cueType, null]);
      objects.push({ event: l.event.id, row: 'quote', doc: s.doc, outlet: s.outlet, published: s.published, title: s.title, quote: q });
    }
  }
  return { columns, rows, objects };
}

function ledgerText(l: Ledger): string {
  const out: string[] = [];
  out.push(`${l.event.label}  [${l.event.id}]`);
  out.push(`${l.sources.length} sources; first reported ${l.earliest?.published ?? '?'} (${l.earliest?.doc ?? '-'}), latest ${l.latest?.published ?? '?'} (${l.latest?.doc ?? '-'})`, '');
  if (l.spread.length) {
    out.push('Spread by role (figures are listed as given, never averaged):');
    out.push(table(['role', 'min', 'max', 'figures', 'sources', 'claims', 'earliest', 'latest'], l.spread.map((s) => [s.role, s.min, s.max, s.figures, s.sources, s.claims.join('; '), `${s.earliest.value} (${s.earliest.published ?? '?'})`, `${s.latest.value} (${s.latest.published ?? '?'})`])));
    out.push('Who claims what:');
    out.push(table(['claimant', 'role', 'claims', 'docs'], l.claims.map((c) => [c.claimant, c.role, c.claims.join('; '), c.docs.length])));
  } else out.push('No figures attached to this event.', '');
  out.push('Sources:');
  const rows: Cell[][] = [];
  for (const s of l.sources) {
    if (s.figures.length === 0) rows.push([s.published, s.outlet, s.doc, '', '', '', `(${s.quotes.length} quotes)`]);
    for (const f of s.figures) rows.push([s.published, s.outlet, s.doc, f.role, claimText(f), f.claimant, f.quote ? `“${f.quote.text}”` : '']);
  }
  out.push(table(['published', 'outlet', 'doc', 'role', 'claim', 'claimant', 'quote'], rows));
  return out.join('\n');
}

function render(r: Rows, format: QueryFormat): string {
  if (format === 'jsonl') return r.objects.map((o) => JSON.stringify(o) + '\n').join('');
  if (format === 'csv') return csvLine(r.columns) + r.rows.map((row) => csvLine(row)).join('');
  return table(r.columns, r.rows);
}

const MAX_CELL = 60;

/** A plain aligned table for a terminal; long cells are cut with an ellipsis, line breaks flattened. */
function table(columns: string[], rows: Cell[][]): string {
  const cell = (v: Cell) => {
    const s = v === null || v === undefined ? '' : String(v).replace(/\s+/g, ' ');
    return s.length > MAX_CELL ? s.slice(0, MAX_CELL - 1) + '…' : s;
  };
  const cells = rows.map((r) => r.map(cell));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i]?.length ?? 0)));
  const line = (r: string[]) => r.map((s, i) => s.padEnd(widths[i])).join('  ').trimEnd();
  return [line(columns), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n') + `\n(${rows.length} rows)\n\n`;
}
