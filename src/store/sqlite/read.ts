/** Reading the corpus: every query the CLI, the API and the page make, as prepared statements. */
import { parseSearch, toFts5 } from '../fts-query.js';
import {
  QUOTE_NEAR_TRIGGER, assembleLedger, docSummary, entityMember, entitySummary, eventMember, eventSummary, figureRow, like, linkMap, page, quoteRow, storedRecord, type Row,
} from '../rows.js';
import type { Ledger } from '../../corpus/ledger.js';
import type {
  CorpusEntityDetail, CorpusEntitySummary, CorpusEventDetail, CorpusEventSummary, DocumentSummary, FigureRow, LedgerQuery, Page, QuoteQuery, QuoteRow, SearchHit, StoreStats,
  StoredDocument,
} from '../types.js';
import { isOlder, schemaVersion, type Db } from './db.js';
import { RECORD_CUE_TYPES } from './migrations/002-quote-cue-type.js';

const EVENT_COLS = `ev.*, (SELECT json_group_array(coalesce(en.name, p.value)) FROM json_each(ev.places) p LEFT JOIN entities en ON en.id = p.value) AS place_names`;

/**
 * Quotes' columns and the join that gives them, as `q.*` of a quote `q`. A corpus older than
 * quotes.cue_type (read without upgrading, ./db.ts) has each quote's cue type from a temporary
 * table filled from the stored records the way migration 002 fills the column (one pass over
 * the records per connection, on the first query that needs it).
 */
function quoteColumns(older: boolean) {
  if (!older) return { cols: 'q.*', join: '', cueType: 'q.cue_type' };
  return { cols: 'q.*, c.cue_type', join: 'LEFT JOIN temp.record_cue_types c ON c.doc_id = q.doc_id AND c.local_id = q.local_id', cueType: 'c.cue_type' };
}

export class Reader {
  private readonly st;
  private readonly quoteCols;
  /** Set while the temporary cue types of an older corpus are still to be computed. */
  private cueTypesPending: boolean;

  constructor(private readonly db: Db) {
    const older = isOlder(db);
    this.cueTypesPending = older;
    if (older) db.exec('CREATE TEMP TABLE record_cue_types (doc_id TEXT, local_id TEXT, cue_type TEXT, PRIMARY KEY (doc_id, local_id))');
    const qc = (this.quoteCols = quoteColumns(older));
    const fig = `SELECT f.*, d.title, d.source, d.published FROM figures f JOIN documents d ON d.id = f.doc_id`;
    const quo = `SELECT ${qc.cols}, d.title, d.source, d.published FROM quotes q JOIN documents d ON d.id = q.doc_id ${qc.join}`;
    this.st = {
      counts: db.prepare(
        `SELECT (SELECT count(*) FROM documents WHERE status = 'ok') documents, (SELECT count(*) FROM documents WHERE status = 'error') errors,
                (SELECT count(*) FROM entities) entities, (SELECT count(*) FROM events) events, (SELECT count(*) FROM quotes) quotes, (SELECT count(*) FROM figures) figures`,
      ),
      hash: db.prepare('SELECT id, hash FROM documents WHERE id IN (SELECT value FROM json_each(?))'),
      doc: db.prepare('SELECT * FROM documents WHERE id = ?'),
      docEntityLinks: db.prepare('SELECT local_id, entity_id FROM doc_entities WHERE doc_id = ?'),
      docEventLinks: db.prepare('SELECT local_id, event_id FROM doc_events WHERE doc_id = ?'),
      entity: db.prepare(
        `SELECT e.*, (SELECT count(*) FROM quotes WHERE entity_id = e.id) n_quotes, (SELECT count(*) FROM figures WHERE entity_id = e.id) n_figures FROM entities e WHERE e.id = ?`,
      ),
      entityMembers: db.prepare(
        `SELECT m.doc_id, m.local_id, m.name, m.evidence, d.title, d.published FROM doc_entities m JOIN documents d ON d.id = m.doc_id WHERE m.entity_id = ? ORDER BY d.published, m.doc_id LIMIT 500`,
      ),
      event: db.prepare(`SELECT ${EVENT_COLS} FROM events ev WHERE ev.id = ?`),
      eventMembers: db.prepare(
        `SELECT m.*, d.title, d.source, d.published, d.url FROM doc_events m JOIN documents d ON d.id = m.doc_id WHERE m.event_id = ? ORDER BY d.published, m.doc_id, m.trigger_start`,
      ),
      ledgerFigures: db.prepare('SELECT * FROM figures WHERE event_id = ?'),
      // A figure with a role but no event belongs to the event when it is its document's only one.
      ledgerDocFigures: db.prepare(
        `SELECT f.* FROM figures f WHERE f.event_id IS NULL AND f.role IS NOT NULL AND f.doc_id IN (SELECT doc_id FROM doc_events WHERE event_id = ?)
           AND NOT EXISTS (SELECT 1 FROM doc_events o WHERE o.doc_id = f.doc_id AND o.event_id != ?)`,
      ),
      ledgerQuotesNear: db.prepare(
        `SELECT ${qc.cols} FROM doc_events m JOIN quotes q ON q.doc_id = m.doc_id AND q."end" >= m.trigger_start - ${QUOTE_NEAR_TRIGGER} AND q.start <= m.trigger_end + ${QUOTE_NEAR_TRIGGER} ${qc.join}
         WHERE m.event_id = ?`,
      ),
      ledgerQuotesOfFigures: db.prepare(
        `SELECT ${qc.cols} FROM figures f JOIN quotes q ON q.doc_id = f.doc_id AND (q.local_id = f.quote_local OR (q.start <= f.start AND f."end" <= q."end")) ${qc.join}
         WHERE f.event_id = ?`,
      ),
      quote: db.prepare(`SELECT ${qc.cols} FROM quotes q ${qc.join} WHERE q.doc_id = ? AND q.local_id = ?`),
      searchDocs: db.prepare('SELECT rowid, rank FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?'),
      searchQuotes: db.prepare('SELECT rowid, rank FROM quotes_fts WHERE quotes_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?'),
      docByRowid: db.prepare('SELECT id, title, published FROM documents WHERE rowid = ?'),
      quoteByRowid: db.prepare('SELECT q.doc_id, q.local_id, q.speaker, q.text, d.title, d.published FROM quotes q JOIN documents d ON d.id = q.doc_id WHERE q.rowid = ?'),
      docSnippet: db.prepare("SELECT snippet(documents_fts, 1, char(2), char(3), '…', 16) FROM documents_fts WHERE documents_fts MATCH ? AND rowid = ?").pluck(),
      quoteSnippet: db.prepare("SELECT snippet(quotes_fts, 0, char(2), char(3), '…', 24) FROM quotes_fts WHERE quotes_fts MATCH ? AND rowid = ?").pluck(),
      fig,
      quo,
    };
  }

  /** Fills the temporary cue types of an older corpus, once (see quoteColumns). */
  private computeCueTypes(): void {
    if (!this.cueTypesPending) return;
    this.db.exec(`INSERT OR IGNORE INTO temp.record_cue_types ${RECORD_CUE_TYPES}`);
    this.cueTypesPending = false;
  }

  stats(): StoreStats {
    const c = this.st.counts.get() as Row;
    return { documents: c.documents, errors: c.errors, entities: c.entities, events: c.events, quotes: c.quotes, figures: c.figures, schemaVersion: schemaVersion(this.db) };
  }

  hashes(ids: readonly string[]): Map<string, string | null> {
    const out = new Map<string, string | null>();
    for (const r of this.st.hash.all(JSON.stringify(ids)) as Row[]) out.set(r.id, r.hash);
    return out;
  }

  documents(q: Page & { status?: 'ok' | 'error' } = {}): DocumentSummary[] {
    const { limit, offset } = page(q);
    const where = q.status ? 'WHERE status = ?' : '';
    const args: unknown[] = q.status ? [q.status] : [];
    const rows = this.db
      .prepare(`SELECT id, title, published, source, url, status, error_code, error_message, n_quotes, n_figures, n_events FROM documents ${where} ORDER BY published DESC, id LIMIT ? OFFSET ?`)
      .all(...args, limit, offset) as Row[];
    return rows.map(docSummary);
  }

  document(id: string): StoredDocument | null {
    const r = this.st.doc.get(id) as Row | undefined;
    if (!r) return null;
    if (!r.record) return { ...docSummary(r), record: null, entityLinks: {}, eventLinks: {} };
    return {
      ...docSummary(r), record: storedRecord(r.record, r.text),
      entityLinks: linkMap(this.st.docEntityLinks.all(id) as Row[], 'entity_id'),
      eventLinks: linkMap(this.st.docEventLinks.all(id) as Row[], 'event_id'),
    };
  }

  entities(q: Page & { type?: string; name?: string } = {}): CorpusEntitySummary[] {
    const { limit, offset } = page(q);
    const cond: string[] = [];
    const args: unknown[] = [];
    if (q.type) (cond.push('e.type = ?'), args.push(q.type.toUpperCase()));
    if (q.name) (cond.push("e.names LIKE ? ESCAPE '\\'"), args.push(like(q.name)));
    const rows = this.db
      .prepare(
        `SELECT e.*, (SELECT count(*) FROM quotes WHERE entity_id = e.id) n_quotes, (SELECT count(*) FROM figures WHERE entity_id = e.id) n_figures
         FROM entities e ${cond.length ? 'WHERE ' + cond.join(' AND ') : ''} ORDER BY e.docs DESC, e.mentions DESC, e.id LIMIT ? OFFSET ?`,
      )
      .all(...args, limit, offset) as Row[];
    return rows.map(entitySummary);
  }

  entity(id: string): CorpusEntityDetail | null {
    const r = this.st.entity.get(id) as Row | undefined;
    if (!r) return null;
    const members = (this.st.entityMembers.all(id) as Row[]).map(entityMember);
    return { ...entitySummary(r), members };
  }

  quotes(q: QuoteQuery = {}): QuoteRow[] {
    this.computeCueTypes();
    const { limit, offset } = page(q);
    const cond: string[] = [];
    const args: unknown[] = [];
    if (q.doc) (cond.push('q.doc_id = ?'), args.push(q.doc));
    if (q.entity) (cond.push('q.entity_id = ?'), args.push(q.entity));
    if (q.cueType) (cond.push(`${this.quoteCols.cueType} = ?`), args.push(q.cueType));
    if (q.speaker) {
      cond.push(`(q.speaker LIKE ? ESCAPE '\\' OR q.entity_id IN (SELECT id FROM entities WHERE names LIKE ? ESCAPE '\\'))`);
      args.push(like(q.speaker), like(q.speaker));
    }
    const rows = this.db
      .prepare(`${this.st.quo} ${cond.length ? 'WHERE ' + cond.join(' AND ') : ''} ORDER BY d.published, q.doc_id, q.start, length(q.local_id), q.local_id LIMIT ? OFFSET ?`)
      .all(...args, limit, offset) as Row[];
    return rows.map(quoteRow);
  }

  figures(q: Page & { role?: string; entity?: string; event?: string; doc?: string } = {}): FigureRow[] {
    const { limit, offset } = page(q);
    const cond: string[] = [];
    const args: unknown[] = [];
    if (q.role) (cond.push('f.role = ?'), args.push(q.role.toLowerCase()));
    if (q.entity) (cond.push('f.entity_id = ?'), args.push(q.entity));
    if (q.event) (cond.push('f.event_id = ?'), args.push(q.event));
    if (q.doc) (cond.push('f.doc_id = ?'), args.push(q.doc));
    const rows = this.db
      .prepare(`${this.st.fig} ${cond.length ? 'WHERE ' + cond.join(' AND ') : ''} ORDER BY d.published, f.doc_id, f.start, length(f.local_id), f.local_id LIMIT ? OFFSET ?`)
      .all(...args, limit, offset) as Row[];
    return rows.map(figureRow);
  }

  events(q: Page & { type?: string; minDocs?: number } = {}): CorpusEventSummary[] {
    const { limit, offset } = page(q);
    const cond: string[] = [];
    const args: unknown[] = [];
    if (q.type) (cond.push('ev.type = ?'), args.push(q.type));
    if (q.minDocs) (cond.push('ev.docs >= ?'), args.push(q.minDocs));
    const rows = this.db
      .prepare(`SELECT ${EVENT_COLS} FROM events ev ${cond.length ? 'WHERE ' + cond.join(' AND ') : ''} ORDER BY ev.docs DESC, ev.mentions DESC, ev.id LIMIT ? OFFSET ?`)
      .all(...args, limit, offset) as Row[];
    return rows.map(eventSummary);
  }

  event(id: string): CorpusEventDetail | null {
    const r = this.st.event.get(id) as Row | undefined;
    if (!r) return null;
    const members = (this.st.eventMembers.all(id) as Row[]).map(eventMember);
    return { ...eventSummary(r), members };
  }

  /**
   * The ledger in a fixed number of set queries, however many sources the event has: the
   * figures tied to it, the figures of documents whose only event it is, and the quotes that
   * hold those figures or sit near one of its mentions.
   */
  ledger(id: string, only: LedgerQuery = {}): Ledger | null {
    const r = this.st.event.get(id) as Row | undefined;
    if (!r) return null;
    this.computeCueTypes();
    const members = this.st.eventMembers.all(id) as Row[];
    const figures = [
      ...(this.st.ledgerFigures.all(id) as Row[]).map((f) => ({ f, attached: 'event' as const })),
      ...(this.st.ledgerDocFigures.all(id, id) as Row[]).map((f) => ({ f, attached: 'document' as const })),
    ];
    const quotes = [...(this.st.ledgerQuotesNear.all(id) as Row[]), ...(this.st.ledgerQuotesOfFigures.all(id) as Row[])];
    for (const { f, attached } of figures) {
      if (attached === 'document' && f.quote_local) {
        const q = this.st.quote.get(f.doc_id, f.quote_local) as Row | undefined;
        if (q) quotes.push(q);
      }
    }
    return assembleLedger({ event: r, members, figures, quotes }, only);
  }

  /**
   * Ranked hits first (bm25 over the index only), then a snippet for each hit alone: computing
   * snippets inside the ranked query would build one for every matching row, not just the page.
   */
  search(text: string, q: Page & { kind?: 'document' | 'quote' } = {}): SearchHit[] {
    const match = toFts5(parseSearch(text));
    if (!match) return [];
    const { limit, offset } = page(q, 20);
    const hits: SearchHit[] = [];
    if (q.kind !== 'quote') {
      for (const h of this.st.searchDocs.all(match, limit, offset) as Row[]) {
        const d = this.st.docByRowid.get(h.rowid) as Row;
        const snip = this.st.docSnippet.get(match, h.rowid) as string | undefined;
        hits.push({ kind: 'document', doc: d.id, title: d.title, published: d.published, id: null, speaker: null, snippet: snip ?? '', rank: h.rank });
      }
    }
    if (q.kind !== 'document') {
      for (const h of this.st.searchQuotes.all(match, limit, offset) as Row[]) {
        const r = this.st.quoteByRowid.get(h.rowid) as Row;
        const snip = this.st.quoteSnippet.get(match, h.rowid) as string | undefined;
        hits.push({ kind: 'quote', doc: r.doc_id, title: r.title, published: r.published, id: r.local_id, speaker: r.speaker, snippet: snip ?? r.text, rank: h.rank });
      }
    }
    // bm25: lower is better.
    return hits.sort((a, b) => a.rank - b.rank);
  }
}
