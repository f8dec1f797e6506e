/**
 * Record → row builders shared by both stores' writers: the documents, quotes and figures rows
 * one analysed record (or one failed file) becomes, in the column orders below, and whether a
 * put writes at all.
 */
import type { AscribeRecord } from '../record/types.js';
import type { PutItem } from './types.js';

export type PutOutcome = 'added' | 'replaced' | 'unchanged' | 'error';

export const DOC_COLUMNS = ['id', 'hash', 'status', 'error_code', 'error_message', 'title', 'published', 'source', 'url', 'text', 'record', 'n_quotes', 'n_figures', 'n_events', 'ingested_at'] as const;
export const QUOTE_COLUMNS = ['doc_id', 'local_id', 'kind', 'start', 'end', 'text', 'speaker', 'speaker_local', 'entity_id', 'cue', 'cue_type'] as const;
export const FIGURE_COLUMNS = [
  'doc_id', 'local_id', 'start', 'end', 'text', 'value', 'low', 'high', 'hedge', 'counted', 'role', 'unit', 'claimant', 'claimant_kind', 'claimant_local', 'entity_id',
  'quote_local', 'event_local', 'event_id', 'part_of',
] as const;

/** The id a put item is stored under. */
export function putId(item: PutItem): string {
  return 'record' in item ? item.record.doc.id : item.error.id;
}

/**
 * What a put does given the stored row (if any): nothing when the same content is already
 * there ('unchanged'), nothing but report the error when a file that could not be read this
 * time would wipe what was analysed before ('error'), else replace (or add).
 */
export function putSkip(item: PutItem, old: { hash: string | null; status: string } | undefined): 'unchanged' | 'error' | null {
  if (old && item.hash !== null && old.hash === item.hash && old.status === ('record' in item ? 'ok' : 'error')) return 'unchanged';
  if (old && 'error' in item && item.hash === null && old.status === 'ok') return 'error';
  return null;
}

/** The documents row of a file that could not be analysed, in DOC_COLUMNS order. */
export function errorDocValues(id: string, hash: string | null, error: { code: string; message: string }, now: string): unknown[] {
  return [id, hash, 'error', error.code, error.message, null, null, null, null, null, null, 0, 0, 0, now];
}

/** The documents row of an analysed record (stored without its text, which has a column of its own), in DOC_COLUMNS order. */
export function docValues(r: AscribeRecord, hash: string, now: string): unknown[] {
  const { text, ...rest } = r;
  return [
    r.doc.id, hash, 'ok', null, null, r.doc.title ?? null, r.doc.published ?? null, r.doc.source ?? null, r.doc.url ?? null,
    text, JSON.stringify(rest), r.quotes.length, r.quantities.length, r.events.length, now,
  ];
}

/** The quotes rows of a record, in QUOTE_COLUMNS order (`entityMap`: local entity id → corpus id). */
export function quoteValues(r: AscribeRecord, entityMap: ReadonlyMap<string, string>): unknown[][] {
  return r.quotes.map((q) => {
    const sp = q.speaker;
    return [
      r.doc.id, q.id, q.kind, q.content.start, q.content.end, q.content.text, sp?.name ?? null, sp?.entity ?? null, sp?.entity ? (entityMap.get(sp.entity) ?? null) : null, q.cue?.text ?? null,
      q.cueType ?? null,
    ];
  });
}

/** The figures rows of a record, in FIGURE_COLUMNS order (`eventMap`: local event id → corpus id). */
export function figureValues(r: AscribeRecord, entityMap: ReadonlyMap<string, string>, eventMap: ReadonlyMap<string, string>): unknown[][] {
  return r.quantities.map((f) => {
    const cl = f.claimant;
    const speaker = cl.kind === 'speaker';
    return [
      r.doc.id, f.id, f.span.start, f.span.end, f.span.text, f.value, f.low ?? null, f.high ?? null, f.hedge, f.counted, f.role ?? null, f.unit ?? null,
      speaker ? cl.name : (cl.name ?? r.doc.source ?? 'the outlet'), cl.kind, speaker ? cl.entity : null, speaker && cl.entity ? (entityMap.get(cl.entity) ?? null) : null,
      speaker ? cl.quote : null, f.event ?? null, f.event ? (eventMap.get(f.event) ?? null) : null, f.partOf ?? null,
    ];
  });
}

/** Corpus entity id → the name its document first calls it (for labels before it has a stored name). */
export function localNames(r: AscribeRecord, entityMap: ReadonlyMap<string, string>): Map<string, string> {
  const entityName = new Map<string, string>();
  for (const e of r.entities) {
    const c = entityMap.get(e.id);
    if (c && !entityName.has(c)) entityName.set(c, e.name);
  }
  return entityName;
}
