/**
 * Row → API object mappers shared by both stores: each store runs its own SQL, and the rows it
 * gets back (same column names in both dialects) become the same objects here.
 */
import type { LinkEvidence } from '../corpus/evidence.js';
import { buildLedger, type Ledger, type LedgerFigure, type LedgerQuote, type LedgerSource } from '../corpus/ledger.js';
import type { AscribeRecord } from '../record/types.js';
import type { CorpusEntitySummary, CorpusEventSummary, DocumentSummary, EntityMember, EventMember, FigureRow, LedgerQuery, Page, QuoteRow } from './types.js';

export type Row = Record<string, any>;

const MAX_LIMIT = 1000;

/** A quote this close to an event's trigger is about the event. */
export const QUOTE_NEAR_TRIGGER = 400;

export function page(q: Page | undefined, def = 50): { limit: number; offset: number } {
  const limit = Math.max(1, Math.min(MAX_LIMIT, Math.floor(Number(q?.limit ?? def)) || def));
  const offset = Math.max(0, Math.floor(Number(q?.offset ?? 0)) || 0);
  return { limit, offset };
}

/** A LIKE / ILIKE pattern (ESCAPE '\') matching `s` anywhere, its wildcards taken literally. */
export const like = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function docSummary(r: Row): DocumentSummary {
  return {
    id: r.id, title: r.title, published: r.published, source: r.source, url: r.url, status: r.status,
    error: r.status === 'error' ? { code: r.error_code, message: r.error_message } : null,
    quotes: r.n_quotes ?? 0, figures: r.n_figures ?? 0, events: r.n_events ?? 0,
  };
}

/** The stored record (written without its text) with the text put back, keys in the order analyze writes them: schema, doc, text, layers. */
export function storedRecord(record: string, text: string): AscribeRecord {
  const { schema, doc, text: _, ...layers } = JSON.parse(record);
  return { schema, doc, text, ...layers } as AscribeRecord;
}

/** local id → corpus id, from doc_entities or doc_events rows. */
export function linkMap(rows: readonly Row[], target: 'entity_id' | 'event_id'): Record<string, string> {
  return Object.fromEntries(rows.map((x) => [x.local_id, x[target]]));
}

export function quoteRow(r: Row): QuoteRow {
  return {
    doc: r.doc_id, title: r.title ?? null, source: r.source ?? null, published: r.published ?? null, id: r.local_id, kind: r.kind,
    start: r.start, end: r.end, text: r.text, speaker: r.speaker, entity: r.entity_id, cue: r.cue, cueType: r.cue_type ?? null,
  };
}

export function figureRow(r: Row): FigureRow {
  return {
    doc: r.doc_id, title: r.title ?? null, source: r.source ?? null, published: r.published ?? null, id: r.local_id, start: r.start, end: r.end,
    text: r.text, value: r.value, low: r.low, high: r.high, hedge: r.hedge, counted: r.counted, role: r.role, unit: r.unit,
    claimant: r.claimant, claimantKind: r.claimant_kind, entity: r.entity_id, quote: r.quote_local, event: r.event_id,
  };
}

export function eventSummary(r: Row): CorpusEventSummary {
  return {
    id: r.id, type: r.type, time: r.time, places: placeNamesOf(r), label: r.label, docs: r.docs, mentions: r.mentions,
    firstReported: r.first_reported, lastReported: r.last_reported,
  };
}

export function placeNamesOf(r: Row): string[] {
  return r.place_names ? (JSON.parse(r.place_names) as string[]) : [];
}

export function entitySummary(r: Row): CorpusEntitySummary {
  return { id: r.id, type: r.type, name: r.name, aliases: (JSON.parse(r.names) as string[]).filter((n) => n !== r.name), docs: r.docs, mentions: r.mentions, quotes: r.n_quotes ?? 0, figures: r.n_figures ?? 0 };
}

/** A doc_entities row joined with its document. */
export function entityMember(m: Row): EntityMember {
  return { doc: m.doc_id, title: m.title, published: m.published, local: m.local_id, name: m.name, evidence: JSON.parse(m.evidence) as LinkEvidence[] };
}

/** A doc_events row joined with its document. */
export function eventMember(m: Row): EventMember {
  return {
    doc: m.doc_id, title: m.title, source: m.source, published: m.published, local: m.local_id, trigger: m.trigger_text, time: m.time,
    evidence: JSON.parse(m.evidence) as LinkEvidence[],
  };
}

export function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

/** The rows one event's ledger is built from, as each store's set queries return them. */
export interface LedgerRows {
  /** The events row (with place_names). */
  event: Row;
  /** Its doc_events rows joined with their documents, in member order. */
  members: Row[];
  /** Figures rows, each with how it came to the event. */
  figures: Array<{ f: Row; attached: 'event' | 'document' }>;
  /** Quotes rows near a mention or holding a figure (repeats allowed: the last of a local id wins, in the first one's place). */
  quotes: Row[];
}

function group<T>(xs: T[], key: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of xs) {
    const k = key(x);
    const list = m.get(k);
    if (list) list.push(x);
    else m.set(k, [x]);
  }
  return m;
}

/** "23 killed, including four children": a part's role names what it counts ("killed (children)"). */
function partRole(role: string, counted: string, partOf: string | null): string {
  return partOf ? `${role} (${counted || 'part'})` : role;
}

/**
 * One source per member document, its figures and quotes in text order, then the ledger.
 * `only.cueType` keeps only the listed quotes of that type; figures stay (each shows its quote's type).
 */
export function assembleLedger({ event: r, members, figures, quotes }: LedgerRows, only: LedgerQuery = {}): Ledger {
  const figuresByDoc = group(figures, (x) => x.f.doc_id);
  const quotesByDoc = group(quotes, (q) => q.doc_id);
  const sources: LedgerSource[] = [];
  for (const [doc, mentions] of group(members, (m) => m.doc_id)) {
    const head = mentions[0];
    const docQuotes = new Map<string, Row>();
    for (const q of (quotesByDoc.get(doc) ?? []).sort((a, b) => a.start - b.start)) docQuotes.set(q.local_id, q);
    const figs: LedgerFigure[] = (figuresByDoc.get(doc) ?? [])
      .sort((a, b) => a.f.start - b.f.start)
      .map(({ f, attached }) => {
        const q = f.quote_local ? docQuotes.get(f.quote_local) : undefined;
        return {
          id: f.local_id, text: f.text, start: f.start, end: f.end, role: partRole(f.role ?? f.counted, f.counted, f.part_of), value: f.value, low: f.low, high: f.high, hedge: f.hedge,
          counted: f.counted, unit: f.unit, claimant: f.claimant, claimantKind: f.claimant_kind, entity: f.entity_id,
          quote: q ? { id: q.local_id, text: q.text, speaker: q.speaker, cueType: q.cue_type ?? null } : null, partOf: f.part_of ?? null, attached,
        };
      });
    const related: LedgerQuote[] = [...docQuotes.values()]
      .filter((x) => !only.cueType || x.cue_type === only.cueType)
      .map((x) => ({ id: x.local_id, kind: x.kind, text: x.text, start: x.start, end: x.end, speaker: x.speaker, entity: x.entity_id, cueType: x.cue_type ?? null }));
    sources.push({
      doc, outlet: head.source ?? hostOf(head.url), title: head.title, published: head.published, url: head.url,
      evidence: JSON.parse(head.evidence) as LinkEvidence[], triggers: mentions.map((m) => m.trigger_text as string), figures: figs, quotes: related,
    });
  }
  return buildLedger({ id: r.id, type: r.type, time: r.time, places: placeNamesOf(r), label: r.label }, sources);
}
