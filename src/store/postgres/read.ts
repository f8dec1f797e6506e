/**
 * Reading the corpus: every query the CLI, the API and the page make, as the SQLite reader
 * answers them (same rows, same order: NULL dates sort first ascending and last descending,
 * as in SQLite), with search on tsvector columns and their GIN indexes.
 */
import type { Ledger } from '../../corpus/ledger.js';
import { parseSearch } from '../fts-query.js';
import {
  QUOTE_NEAR_TRIGGER, assembleLedger, docSummary, entityMember, entitySummary, eventMember, eventSummary, figureRow, like, linkMap, page, quoteRow, storedRecord,
} from '../rows.js';
import type {
  CorpusEntityDetail, CorpusEntitySummary, CorpusEventDetail, CorpusEventSummary, DocumentSummary, FigureRow, LedgerQuery, Page, QuoteQuery, QuoteRow, SearchHit, StoreStats, StoredDocument,
} from '../types.js';
import { FTS_MAX_CHARS, RECORD_CUE_TYPES } from './migrations.js';
import { headline, toTsQuery } from './search.js';
import type { Sql } from './sql.js';

// Ties (two quotes starting at one offset) go in record order, as SQLite's rowid order gives
// them: local ids are numbered in record order (q9 before q10, hence length first).

const DOC = 'd.id, d.hash, d.status, d.error_code, d.error_message, d.title, d.published, d.source, d.url, d.n_quotes, d.n_figures, d.n_events';
const EVENT_COLS = `ev.*, (SELECT json_agg(coalesce(en.name, p.value) ORDER BY p.ord)::text
  FROM json_array_elements_text(ev.places::json) WITH ORDINALITY p(value, ord) LEFT JOIN entities en ON en.id = p.value) AS place_names`;
const ENTITY_COLS = 'e.*, (SELECT count(*)::int FROM quotes WHERE entity_id = e.id) n_quotes, (SELECT count(*)::int FROM figures WHERE entity_id = e.id) n_figures';
const FIG = 'SELECT f.*, d.title, d.source, d.published FROM figures f JOIN documents d ON d.id = f.doc_id';

const SQL = {
  counts: `SELECT (SELECT count(*)::int FROM documents WHERE status = 'ok') documents, (SELECT count(*)::int FROM documents WHERE status = 'error') errors,
     (SELECT count(*)::int FROM entities) entities, (SELECT count(*)::int FROM events) events, (SELECT count(*)::int FROM quotes) quotes, (SELECT count(*)::int FROM figures) figures`,
  hash: 'SELECT id, hash FROM documents WHERE id = ANY($1::text[])',
  doc: `SELECT ${DOC}, d.text, d.record FROM documents d WHERE d.id = $1`,
  docEntityLinks: 'SELECT local_id, entity_id FROM doc_entities WHERE doc_id = $1',
  docEventLinks: 'SELECT local_id, event_id FROM doc_events WHERE doc_id = $1',
  entity: `SELECT ${ENTITY_COLS} FROM entities e WHERE e.id = $1`,
  entityMembers: `SELECT m.doc_id, m.local_id, m.name, m.evidence, d.title, d.published FROM doc_entities m JOIN documents d ON d.id = m.doc_id
     WHERE m.entity_id = $1 ORDER BY d.published NULLS FIRST, m.doc_id LIMIT 500`,
  event: `SELECT ${EVENT_COLS} FROM events ev WHERE ev.id = $1`,
  eventMembers: `SELECT m.*, d.title, d.source, d.published, d.url FROM doc_events m JOIN documents d ON d.id = m.doc_id
     WHERE m.event_id = $1 ORDER BY d.published NULLS FIRST, m.doc_id, m.trigger_start`,
  ledgerFigures: 'SELECT * FROM figures WHERE event_id = $1',
  // A figure with a role but no event belongs to the event when it is its document's only one.
  ledgerDocFigures: `SELECT f.* FROM figures f WHERE f.event_id IS NULL AND f.role IS NOT NULL AND f.doc_id IN (SELECT doc_id FROM doc_events WHERE event_id = $1)
     AND NOT EXISTS (SELECT 1 FROM doc_events o WHERE o.doc_id = f.doc_id AND o.event_id != $1)`,
  // Rank the matches, take the page, and only then build a headline for each hit on it.
  searchDocs: `WITH hits AS (
       SELECT d.id, d.title, d.published, ts_rank_cd(d.fts, tq) AS rank FROM documents d, to_tsquery('ascribe_text', $1) tq
       WHERE d.fts @@ tq ORDER BY rank DESC, d.id LIMIT $2 OFFSET $3)
     SELECT h.*, ts_headline('ascribe_text', left(d.text, ${FTS_MAX_CHARS}), to_tsquery('ascribe_text', $1), $4) AS snippet
     FROM hits h JOIN documents d ON d.id = h.id ORDER BY h.rank DESC, h.id`,
  searchQuotes: `WITH hits AS (
       SELECT q.doc_id, q.local_id, q.speaker, q.text, ts_rank_cd(q.fts, tq) AS rank FROM quotes q, to_tsquery('ascribe_text', $1) tq
       WHERE q.fts @@ tq ORDER BY rank DESC, q.doc_id, q.local_id LIMIT $2 OFFSET $3)
     SELECT h.*, d.title, d.published, ts_headline('ascribe_text', h.text, to_tsquery('ascribe_text', $1), $4) AS snippet
     FROM hits h JOIN documents d ON d.id = h.doc_id ORDER BY h.rank DESC, h.doc_id, h.local_id`,
};

/**
 * The statements that read quotes, as `q`. A corpus older than quotes.cue_type (read without
 * upgrading, ./store.ts) has each quote's cue type computed from the stored records by migration
 * 002's own query, joined in each statement (no temporary table: a read-only transaction may
 * not create one). Prepared under names of their own, as their texts differ.
 */
function quoteStatements(older: boolean) {
  const cueType = older ? 'c.cue_type' : 'q.cue_type';
  const QUOTE = `q.doc_id, q.local_id, q.kind, q.start, q."end", q.text, q.speaker, q.speaker_local, q.entity_id, q.cue, ${cueType}`;
  const CUE = older ? `LEFT JOIN (${RECORD_CUE_TYPES}) c ON c.doc_id = q.doc_id AND c.local_id = q.local_id` : '';
  return {
    cueType,
    quo: `SELECT ${QUOTE}, d.title, d.source, d.published FROM quotes q JOIN documents d ON d.id = q.doc_id ${CUE}`,
    ledgerQuotesNear: `SELECT ${QUOTE} FROM doc_events m JOIN quotes q ON q.doc_id = m.doc_id
       AND q."end" >= m.trigger_start - ${QUOTE_NEAR_TRIGGER} AND q.start <= m.trigger_end + ${QUOTE_NEAR_TRIGGER} ${CUE} WHERE m.event_id = $1`,
    ledgerQuotesOfFigures: `SELECT ${QUOTE} FROM figures f JOIN quotes q ON q.doc_id = f.doc_id
       AND (q.local_id = f.quote_local OR (q.start <= f.start AND f."end" <= q."end")) ${CUE} WHERE f.event_id = $1`,
    quotesById: `SELECT ${QUOTE} FROM quotes q JOIN unnest($1::text[], $2::text[]) k(doc, local) ON q.doc_id = k.doc AND q.local_id = k.local ${CUE}`,
  };
}

const QUOTES = { latest: quoteStatements(false), older: quoteStatements(true) };

export class Reader {
  private readonly quoteSql;

  /** `older`: the corpus predates quotes.cue_type and is read without upgrading (see quoteStatements). */
  constructor(private readonly sql: Sql, private readonly version: () => Promise<number>, older = false) {
    this.quoteSql = older ? QUOTES.older : QUOTES.latest;
  }

  async stats(): Promise<StoreStats> {
    const c = (await this.sql.one(SQL.counts))!;
    return { documents: c.documents, errors: c.errors, entities: c.entities, events: c.events, quotes: c.quotes, figures: c.figures, schemaVersion: await this.version() };
  }

  async hashes(ids: readonly string[]): Promise<Map<string, string | null>> {
    const out = new Map<string, string | null>();
    if (ids.length === 0) return out;
    for (const r of await this.sql.all(SQL.hash, [ids])) out.set(r.id, r.hash);
    return out;
  }

  async documents(q: Page & { status?: 'ok' | 'error' } = {}): Promise<DocumentSummary[]> {
    const { limit, offset } = page(q);
    const args: unknown[] = q.status ? [q.status] : [];
    const where = q.status ? 'WHERE d.status = $1' : '';
    const rows = await this.sql.dynamic(`SELECT ${DOC} FROM documents d ${where} ORDER BY d.published DESC NULLS LAST, d.id LIMIT $${args.length + 1} OFFSET $${args.length + 2}`, [...args, limit, offset]);
    return rows.map(docSummary);
  }

  async document(id: string): Promise<StoredDocument | null> {
    const r = await this.sql.one(SQL.doc, [id]);
    if (!r) return null;
    if (!r.record) return { ...docSummary(r), record: null, entityLinks: {}, eventLinks: {} };
    const [ents, evs] = await Promise.all([this.sql.all(SQL.docEntityLinks, [id]), this.sql.all(SQL.docEventLinks, [id])]);
    return { ...docSummary(r), record: storedRecord(r.record, r.text), entityLinks: linkMap(ents, 'entity_id'), eventLinks: linkMap(evs, 'event_id') };
  }

  async entities(q: Page & { type?: string; name?: string } = {}): Promise<CorpusEntitySummary[]> {
    const { limit, offset } = page(q);
    const cond: string[] = [];
    const args: unknown[] = [];
    if (q.type) (args.push(q.type.toUpperCase()), cond.push(`e.type = $${args.length}`));
    if (q.name) (args.push(like(q.name)), cond.push(`e.names ILIKE $${args.length}`));
    args.push(limit, offset);
    const rows = await this.sql.dynamic(
      `SELECT ${ENTITY_COLS} FROM entities e ${cond.length ? 'WHERE ' + cond.join(' AND ') : ''}
       ORDER BY e.docs DESC, e.mentions DESC, e.id LIMIT $${args.length - 1} OFFSET $${args.length}`,
      args,
    );
    return rows.map(entitySummary);
  }

  async entity(id: string): Promise<CorpusEntityDetail | null> {
    const r = await this.sql.one(SQL.entity, [id]);
    if (!r) return null;
    const members = (await this.sql.all(SQL.entityMembers, [id])).map(entityMember);
    return { ...entitySummary(r), members };
  }

  async quotes(q: QuoteQuery = {}): Promise<QuoteRow[]> {
    const { limit, offset } = page(q);
    const cond: string[] = [];
    const args: unknown[] = [];
    if (q.doc) (args.push(q.doc), cond.push(`q.doc_id = $${args.length}`));
    if (q.entity) (args.push(q.entity), cond.push(`q.entity_id = $${args.length}`));
    if (q.cueType) (args.push(q.cueType), cond.push(`${this.quoteSql.cueType} = $${args.length}`));
    if (q.speaker) (args.push(like(q.speaker)), cond.push(`(q.speaker ILIKE $${args.length} OR q.entity_id IN (SELECT id FROM entities WHERE names ILIKE $${args.length}))`));
    args.push(limit, offset);
    const rows = await this.sql.dynamic(
      `${this.quoteSql.quo} ${cond.length ? 'WHERE ' + cond.join(' AND ') : ''} ORDER BY d.published NULLS FIRST, q.doc_id, q.start, length(q.local_id), q.local_id LIMIT $${args.length - 1} OFFSET $${args.length}`,
      args,
    );
    return rows.map(quoteRow);
  }

  async figures(q: Page & { role?: string; entity?: string; event?: string; doc?: string } = {}): Promise<FigureRow[]> {
    const { limit, offset } = page(q);
    const cond: string[] = [];
    const args: unknown[] = [];
    if (q.role) (args.push(q.role.toLowerCase()), cond.push(`f.role = $${args.length}`));
    if (q.entity) (args.push(q.entity), cond.push(`f.entity_id = $${args.length}`));
    if (q.event) (args.push(q.event), cond.push(`f.event_id = $${args.length}`));
    if (q.doc) (args.push(q.doc), cond.push(`f.doc_id = $${args.length}`));
    args.push(limit, offset);
    const rows = await this.sql.dynamic(
      `${FIG} ${cond.length ? 'WHERE ' + cond.join(' AND ') : ''} ORDER BY d.published NULLS FIRST, f.doc_id, f.start, length(f.local_id), f.local_id LIMIT $${args.length - 1} OFFSET $${args.length}`,
      args,
    );
    return rows.map(figureRow);
  }

  async events(q: Page & { type?: string; minDocs?: number } = {}): Promise<CorpusEventSummary[]> {
    const { limit, offset } = page(q);
    const cond: string[] = [];
    const args: unknown[] = [];
    if (q.type) (args.push(q.type), cond.push(`ev.type = $${args.length}`));
    if (q.minDocs) (args.push(Math.floor(Number(q.minDocs)) || 0), cond.push(`ev.docs >= $${args.length}`));
    args.push(limit, offset);
    const rows = await this.sql.dynamic(
      `SELECT ${EVENT_COLS} FROM events ev ${cond.length ? 'WHERE ' + cond.join(' AND ') : ''} ORDER BY ev.docs DESC, ev.mentions DESC, ev.id LIMIT $${args.length - 1} OFFSET $${args.length}`,
      args,
    );
    return rows.map(eventSummary);
  }

  async event(id: string): Promise<CorpusEventDetail | null> {
    const r = await this.sql.one(SQL.event, [id]);
    if (!r) return null;
    const members = (await this.sql.all(SQL.eventMembers, [id])).map(eventMember);
    return { ...eventSummary(r), members };
  }

  /**
   * The ledger in a fixed number of set queries, however many sources the event has (the
   * SQLite reader's plan): figures tied to the event, figures of documents whose only event
   * it is, and the quotes that hold those figures or sit near one of its mentions.
   */
  async ledger(id: string, only: LedgerQuery = {}): Promise<Ledger | null> {
    const r = await this.sql.one(SQL.event, [id]);
    if (!r) return null;
    const [members, tied, byDoc, near, ofFigures] = await Promise.all([
      this.sql.all(SQL.eventMembers, [id]),
      this.sql.all(SQL.ledgerFigures, [id]),
      this.sql.all(SQL.ledgerDocFigures, [id]),
      this.sql.all(this.quoteSql.ledgerQuotesNear, [id]),
      this.sql.all(this.quoteSql.ledgerQuotesOfFigures, [id]),
    ]);
    const figures = [...tied.map((f) => ({ f, attached: 'event' as const })), ...byDoc.map((f) => ({ f, attached: 'document' as const }))];
    const quotes = [...near, ...ofFigures];
    const cited = byDoc.filter((f) => f.quote_local);
    if (cited.length) quotes.push(...(await this.sql.all(this.quoteSql.quotesById, [cited.map((f) => f.doc_id), cited.map((f) => f.quote_local)])));
    return assembleLedger({ event: r, members, figures, quotes }, only);
  }

  /** Ranked hits (ts_rank_cd over the GIN-indexed tsvector), a headline for each hit on the page. */
  async search(text: string, q: Page & { kind?: 'document' | 'quote' } = {}): Promise<SearchHit[]> {
    const match = toTsQuery(parseSearch(text));
    if (!match) return [];
    const { limit, offset } = page(q, 20);
    const hits: SearchHit[] = [];
    // Negated so that, as with SQLite's bm25, lower is better.
    if (q.kind !== 'quote') {
      for (const h of await this.sql.all(SQL.searchDocs, [match, limit, offset, headline(16)])) {
        hits.push({ kind: 'document', doc: h.id, title: h.title, published: h.published, id: null, speaker: null, snippet: h.snippet ?? '', rank: -h.rank });
      }
    }
    if (q.kind !== 'document') {
      for (const h of await this.sql.all(SQL.searchQuotes, [match, limit, offset, headline(24)])) {
        hits.push({ kind: 'quote', doc: h.doc_id, title: h.title, published: h.published, id: h.local_id, speaker: h.speaker, snippet: h.snippet ?? h.text, rank: -h.rank });
      }
    }
    return hits.sort((a, b) => a.rank - b.rank);
  }
}
