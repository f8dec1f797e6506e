/** Row → API object mappers: the same shapes the SQLite reader returns. */
import type { CorpusEntitySummary, CorpusEventSummary, DocumentSummary, FigureRow, Page, QuoteRow } from '../types.js';
import type { Row } from './sql.js';

const MAX_LIMIT = 1000;

export function page(q: Page | undefined, def = 50): { limit: number; offset: number } {
  const limit = Math.max(1, Math.min(MAX_LIMIT, Math.floor(Number(q?.limit ?? def)) || def));
  const offset = Math.max(0, Math.floor(Number(q?.offset ?? 0)) || 0);
  return { limit, offset };
}

/** An ILIKE pattern matching `s` anywhere, its wildcards taken literally. */
export const like = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function docSummary(r: Row): DocumentSummary {
  return {
    id: r.id, title: r.title, published: r.published, source: r.source, url: r.url, status: r.status,
    error: r.status === 'error' ? { code: r.error_code, message: r.error_message } : null,
    quotes: r.n_quotes ?? 0, figures: r.n_figures ?? 0, events: r.n_events ?? 0,
  };
}

export function quoteRow(r: Row): QuoteRow {
  return {
    doc: r.doc_id, title: r.title ?? null, source: r.source ?? null, published: r.published ?? null, id: r.local_id, kind: r.kind,
    start: r.start, end: r.end, text: r.text, speaker: r.speaker, entity: r.entity_id, cue: r.cue,
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

export function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}
