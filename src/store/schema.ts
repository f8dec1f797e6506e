/**
 * The corpus schema, once, as data: every implementation (sqlite/ now, postgres/ later) renders
 * these tables in its own dialect, so the same queries and contract tests hold for both.
 * Full-text search is dialect-specific (FTS5 here, tsvector in Postgres) and lives beside each
 * implementation. A change to the schema is a new entry in MIGRATIONS, never an edit of an old one.
 */

export type ColumnType = 'text' | 'integer' | 'real' | 'json';

export interface ColumnDef {
  name: string;
  type: ColumnType;
  notNull?: boolean;
}

export interface TableDef {
  name: string;
  columns: ColumnDef[];
  primaryKey: string[];
  indexes?: Array<{ name: string; columns: string[] }>;
}

const c = (name: string, type: ColumnType, notNull = false): ColumnDef => ({ name, type, notNull });

/** Version 1: documents and their analysed layers, corpus entities and events with link evidence. */
export const TABLES_V1: TableDef[] = [
  {
    name: 'documents',
    columns: [
      c('id', 'text', true), c('hash', 'text'), c('status', 'text', true), c('error_code', 'text'), c('error_message', 'text'),
      c('title', 'text'), c('published', 'text'), c('source', 'text'), c('url', 'text'), c('text', 'text'),
      // The record without its text (which is the column above), as JSON.
      c('record', 'json'), c('n_quotes', 'integer'), c('n_figures', 'integer'), c('n_events', 'integer'), c('ingested_at', 'text', true),
    ],
    primaryKey: ['id'],
    indexes: [{ name: 'documents_published', columns: ['published'] }, { name: 'documents_status', columns: ['status'] }],
  },
  {
    name: 'entities',
    columns: [c('id', 'text', true), c('type', 'text', true), c('name', 'text', true), c('names', 'json', true), c('docs', 'integer', true), c('mentions', 'integer', true)],
    primaryKey: ['id'],
    indexes: [{ name: 'entities_docs', columns: ['docs'] }, { name: 'entities_name', columns: ['name'] }],
  },
  {
    name: 'entity_keys',
    columns: [c('key', 'text', true), c('entity_id', 'text', true)],
    primaryKey: ['key', 'entity_id'],
    indexes: [{ name: 'entity_keys_entity', columns: ['entity_id'] }],
  },
  {
    name: 'doc_entities',
    columns: [
      c('doc_id', 'text', true), c('local_id', 'text', true), c('entity_id', 'text', true), c('type', 'text', true), c('name', 'text', true),
      c('names', 'json', true), c('mentions', 'integer', true), c('evidence', 'json', true),
    ],
    primaryKey: ['doc_id', 'local_id'],
    indexes: [{ name: 'doc_entities_entity', columns: ['entity_id'] }],
  },
  {
    name: 'events',
    columns: [
      c('id', 'text', true), c('type', 'text', true), c('time', 'text'), c('places', 'json', true), c('participants', 'json', true),
      c('label', 'text', true), c('docs', 'integer', true), c('mentions', 'integer', true), c('first_reported', 'text'), c('last_reported', 'text'),
    ],
    primaryKey: ['id'],
    indexes: [{ name: 'events_docs', columns: ['docs'] }, { name: 'events_type', columns: ['type'] }],
  },
  {
    name: 'event_keys',
    // `day`: the day the event is anchored to (its date, else its first report), as days since
    // 1970, so candidates are looked up by key and time window through one index.
    columns: [c('key', 'text', true), c('event_id', 'text', true), c('day', 'integer', true)],
    primaryKey: ['key', 'event_id'],
    indexes: [{ name: 'event_keys_event', columns: ['event_id'] }, { name: 'event_keys_day', columns: ['key', 'day'] }],
  },
  {
    name: 'doc_events',
    columns: [
      c('doc_id', 'text', true), c('local_id', 'text', true), c('event_id', 'text', true), c('type', 'text', true),
      c('trigger_start', 'integer', true), c('trigger_end', 'integer', true), c('trigger_text', 'text', true), c('time', 'text'),
      c('places', 'json', true), c('participants', 'json', true), c('evidence', 'json', true),
    ],
    primaryKey: ['doc_id', 'local_id'],
    indexes: [{ name: 'doc_events_event', columns: ['event_id'] }],
  },
  {
    name: 'quotes',
    columns: [
      c('doc_id', 'text', true), c('local_id', 'text', true), c('kind', 'text', true), c('start', 'integer', true), c('end', 'integer', true),
      c('text', 'text', true), c('speaker', 'text'), c('speaker_local', 'text'), c('entity_id', 'text'), c('cue', 'text'),
    ],
    primaryKey: ['doc_id', 'local_id'],
    indexes: [{ name: 'quotes_entity', columns: ['entity_id'] }, { name: 'quotes_speaker', columns: ['speaker'] }],
  },
  {
    name: 'figures',
    columns: [
      c('doc_id', 'text', true), c('local_id', 'text', true), c('start', 'integer', true), c('end', 'integer', true), c('text', 'text', true),
      c('value', 'real', true), c('low', 'real'), c('high', 'real'), c('hedge', 'text', true), c('counted', 'text', true), c('role', 'text'),
      c('unit', 'text'), c('claimant', 'text', true), c('claimant_kind', 'text', true), c('claimant_local', 'text'), c('entity_id', 'text'),
      c('quote_local', 'text'), c('event_local', 'text'), c('event_id', 'text'), c('part_of', 'text'),
    ],
    primaryKey: ['doc_id', 'local_id'],
    indexes: [{ name: 'figures_role', columns: ['role'] }, { name: 'figures_entity', columns: ['entity_id'] }, { name: 'figures_event', columns: ['event_id'] }],
  },
];

export interface MigrationDef {
  version: number;
  name: string;
  /** Tables this version creates (dialects render them). */
  creates: TableDef[];
  /** Nullable columns this version adds to existing tables (dialects render them; each fills its own backfill). */
  adds?: Array<{ table: string; column: ColumnDef }>;
}

/**
 * Version 2: each quote's cue type (speech | thought | other, core/layers.ts CueType), so quotes
 * can be filtered to statements; older rows are filled from the stored record's quotes.
 */
export const QUOTE_CUE_TYPE: MigrationDef = { version: 2, name: 'quote-cue-type', creates: [], adds: [{ table: 'quotes', column: c('cue_type', 'text') }] };

export const MIGRATIONS: MigrationDef[] = [{ version: 1, name: 'init', creates: TABLES_V1 }, QUOTE_CUE_TYPE];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
