import { MIGRATIONS, QUOTE_CUE_TYPE } from '../schema.js';
import { addColumnsSql, createTableSql } from './ddl.js';

export interface PgMigration {
  version: number;
  name: string;
  statements: string[];
}

/** Characters of an article indexed for search: a tsvector holds at most 1 MB. */
export const FTS_MAX_CHARS = 300_000;

const v1 = MIGRATIONS.find((m) => m.version === 1)!;

/**
 * Version 1: the portable tables, then full-text search as Postgres does it: a text search
 * configuration like SQLite's unicode61 tokenizer (no stemming, accents folded when the
 * unaccent extension can be had), stored tsvector columns kept by the database itself, and
 * GIN indexes over them.
 */
const migration001: PgMigration = {
  version: 1,
  name: v1.name,
  statements: [
    ...v1.creates.flatMap(createTableSql),
    // Optional: without unaccent, search is accent-sensitive but otherwise the same.
    `DO $$ BEGIN CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public; EXCEPTION WHEN others THEN NULL; END $$`,
    `CREATE TEXT SEARCH CONFIGURATION ascribe_text (COPY = pg_catalog.simple)`,
    `DO $$ DECLARE ns text; BEGIN
       SELECT quote_ident(n.nspname) INTO ns FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'unaccent';
       IF ns IS NOT NULL THEN
         EXECUTE format('ALTER TEXT SEARCH CONFIGURATION ascribe_text ALTER MAPPING FOR hword, hword_part, word WITH %s.unaccent, simple', ns);
       END IF;
     END $$`,
    `ALTER TABLE documents ADD COLUMN fts tsvector GENERATED ALWAYS AS (
       setweight(to_tsvector('ascribe_text', coalesce(title, '')), 'A') || setweight(to_tsvector('ascribe_text', left(coalesce(text, ''), ${FTS_MAX_CHARS})), 'B')) STORED`,
    `CREATE INDEX documents_fts ON documents USING GIN (fts)`,
    `ALTER TABLE quotes ADD COLUMN fts tsvector GENERATED ALWAYS AS (
       setweight(to_tsvector('ascribe_text', left(text, ${FTS_MAX_CHARS})), 'A') || setweight(to_tsvector('ascribe_text', coalesce(speaker, '')), 'B')) STORED`,
    `CREATE INDEX quotes_fts ON quotes USING GIN (fts)`,
    // The ledger's quote lookups: by document and position, and by the quote a figure cites.
    `CREATE INDEX quotes_doc_start ON quotes (doc_id, start)`,
    `CREATE INDEX figures_doc_quote ON figures (doc_id, quote_local)`,
    // Figures of documents with an event but not tied to it (the ledger's "document" figures).
    `CREATE INDEX figures_doc_role ON figures (doc_id) WHERE event_id IS NULL AND role IS NOT NULL`,
  ],
};

/**
 * Each stored quote's cue type as its document's record JSON holds it (`quotes[].cueType`; no
 * row, hence NULL, where a record has none), one row per (doc_id, local_id), each record parsed
 * once. Migration 002 fills the column from it; a reader of a version 1 corpus that could not be
 * upgraded joins it instead (./read.ts).
 */
export const RECORD_CUE_TYPES = `SELECT d.id AS doc_id, j->>'id' AS local_id, j->>'cueType' AS cue_type
           FROM documents d CROSS JOIN LATERAL json_array_elements(d.record::json->'quotes') j WHERE d.status = 'ok' AND d.record IS NOT NULL`;

/** Version 2: quotes.cue_type, filled for the quotes already stored (RECORD_CUE_TYPES). */
const migration002: PgMigration = {
  version: QUOTE_CUE_TYPE.version,
  name: QUOTE_CUE_TYPE.name,
  statements: [
    ...addColumnsSql(QUOTE_CUE_TYPE),
    `UPDATE quotes q SET cue_type = b.cue_type
     FROM (${RECORD_CUE_TYPES}) b
     WHERE q.doc_id = b.doc_id AND q.local_id = b.local_id`,
  ],
};

/** Every migration in order; add new ones at the end, never edit one that has shipped. */
export const PG_MIGRATIONS: PgMigration[] = [migration001, migration002];

export const VERSION_TABLE = 'ascribe_schema_version';
