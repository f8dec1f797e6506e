/**
 * Writing documents: insert one analysed record with its quotes, figures and links, replace
 * a changed one, or remove one. Every call runs inside the caller's transaction. The rows come
 * from ../record-rows.ts and the recounts from ../link-rules.ts, as in the Postgres store.
 */
import type { AscribeRecord } from '../../record/types.js';
import type { PutItem } from '../types.js';
import { indexKeys } from '../../corpus/link-entities.js';
import { eventKeys } from '../../corpus/link-events.js';
import { eventLabel } from '../../corpus/ledger.js';
import { entityTotals, eventTotals } from '../link-rules.js';
import {
  DOC_COLUMNS, FIGURE_COLUMNS, QUOTE_COLUMNS, docValues, errorDocValues, figureValues, localNames, putId, putSkip, quoteValues, type PutOutcome,
} from '../record-rows.js';
import type { Db } from './db.js';
import { SlugIds } from './ids.js';
import { linkEntities, linkEvents, statements } from './link.js';

export type { PutOutcome };

const Q_TEXT = QUOTE_COLUMNS.indexOf('text');
const Q_SPEAKER = QUOTE_COLUMNS.indexOf('speaker');

const insertSql = (table: string, columns: readonly string[]) =>
  `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;

export class Writer {
  private readonly st;
  private readonly link;
  private readonly ids: SlugIds;

  constructor(private readonly db: Db) {
    this.link = statements(db);
    this.ids = new SlugIds(db);
    this.st = {
      doc: db.prepare('SELECT rowid, hash, status, title, text FROM documents WHERE id = ?'),
      insertDoc: db.prepare(insertSql('documents', DOC_COLUMNS)),
      ftsDocInsert: db.prepare('INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)'),
      ftsDocDelete: db.prepare("INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', ?, ?, ?)"),
      insertQuote: db.prepare(insertSql('quotes', QUOTE_COLUMNS)),
      ftsQuoteInsert: db.prepare('INSERT INTO quotes_fts (rowid, text, speaker) VALUES (?, ?, ?)'),
      ftsQuoteDelete: db.prepare("INSERT INTO quotes_fts (quotes_fts, rowid, text, speaker) VALUES ('delete', ?, ?, ?)"),
      quotesOf: db.prepare('SELECT rowid, text, speaker FROM quotes WHERE doc_id = ?'),
      insertFigure: db.prepare(insertSql('figures', FIGURE_COLUMNS)),
      entitiesOf: db.prepare('SELECT DISTINCT entity_id FROM doc_entities WHERE doc_id = ?').pluck(),
      eventsOf: db.prepare('SELECT DISTINCT event_id FROM doc_events WHERE doc_id = ?').pluck(),
      deleteFrom: (['quotes', 'figures', 'doc_entities', 'doc_events', 'documents'] as const).map((t) =>
        db.prepare(`DELETE FROM ${t} WHERE ${t === 'documents' ? 'id' : 'doc_id'} = ?`),
      ),
      entityMembers: db.prepare('SELECT doc_id, names, mentions FROM doc_entities WHERE entity_id = ?'),
      entityType: db.prepare('SELECT type FROM entities WHERE id = ?').pluck(),
      deleteEntity: db.prepare('DELETE FROM entities WHERE id = ?'),
      deleteEntityKeys: db.prepare('DELETE FROM entity_keys WHERE entity_id = ?'),
      setEntity: db.prepare('UPDATE entities SET name = ?, names = ?, docs = ?, mentions = ? WHERE id = ?'),
      eventMembers: db.prepare(
        'SELECT e.doc_id, e.time, e.places, e.participants, d.published FROM doc_events e JOIN documents d ON d.id = e.doc_id WHERE e.event_id = ?',
      ),
      eventType: db.prepare('SELECT type FROM events WHERE id = ?').pluck(),
      deleteEvent: db.prepare('DELETE FROM events WHERE id = ?'),
      deleteEventKeys: db.prepare('DELETE FROM event_keys WHERE event_id = ?'),
      setEvent: db.prepare(
        'UPDATE events SET time = ?, places = ?, participants = ?, label = ?, docs = ?, mentions = ?, first_reported = ?, last_reported = ? WHERE id = ?',
      ),
      entityName: db.prepare('SELECT name FROM entities WHERE id = ?').pluck(),
    };
  }

  put(item: PutItem, now: string): PutOutcome {
    const id = putId(item);
    const old = this.st.doc.get(id) as { hash: string | null; status: string } | undefined;
    const skip = putSkip(item, old);
    if (skip) return skip;
    if (old) this.remove(id);
    if ('error' in item) {
      this.st.insertDoc.run(...errorDocValues(id, item.hash, item.error, now));
      return 'error';
    }
    this.insertRecord(item.record, item.hash, now);
    return old ? 'replaced' : 'added';
  }

  private insertRecord(r: AscribeRecord, hash: string, now: string): void {
    const id = r.doc.id;
    const info = this.st.insertDoc.run(...docValues(r, hash, now));
    this.st.ftsDocInsert.run(info.lastInsertRowid, r.doc.title ?? '', r.text);

    const entityMap = linkEntities(this.ids, this.link, id, r.entities);
    const entityName = localNames(r, entityMap);
    const eventMap = linkEvents(this.ids, this.link, id, r.doc.published, r.events, entityMap, entityName);

    for (const q of quoteValues(r, entityMap)) {
      const qi = this.st.insertQuote.run(...q);
      this.st.ftsQuoteInsert.run(qi.lastInsertRowid, q[Q_TEXT], q[Q_SPEAKER] ?? '');
    }
    for (const f of figureValues(r, entityMap, eventMap)) this.st.insertFigure.run(...f);
  }

  /** Removes a document and everything derived from it; recounts the corpus rows it touched. */
  remove(id: string): boolean {
    const old = this.st.doc.get(id) as { rowid: number; status: string; title: string | null; text: string | null } | undefined;
    if (!old) return false;
    const entities = this.st.entitiesOf.all(id) as string[];
    const events = this.st.eventsOf.all(id) as string[];
    if (old.status === 'ok') this.st.ftsDocDelete.run(old.rowid, old.title ?? '', old.text ?? '');
    for (const q of this.st.quotesOf.all(id) as Array<{ rowid: number; text: string; speaker: string | null }>) {
      this.st.ftsQuoteDelete.run(q.rowid, q.text, q.speaker ?? '');
    }
    for (const del of this.st.deleteFrom) del.run(id);
    for (const e of entities) this.recountEntity(e);
    for (const e of events) this.recountEvent(e);
    return true;
  }

  private recountEntity(id: string): void {
    const members = this.st.entityMembers.all(id) as Array<{ doc_id: string; names: string; mentions: number }>;
    this.st.deleteEntityKeys.run(id);
    if (members.length === 0) {
      this.st.deleteEntity.run(id);
      return;
    }
    const t = entityTotals(members);
    this.st.setEntity.run(t.name, JSON.stringify(t.names), t.docs, t.mentions, id);
    const type = this.st.entityType.get(id) as string;
    for (const k of indexKeys(type, t.names)) this.link.insertEntityKey.run(k, id);
  }

  private recountEvent(id: string): void {
    const members = this.st.eventMembers.all(id) as Array<{ doc_id: string; time: string | null; places: string; participants: string; published: string | null }>;
    this.st.deleteEventKeys.run(id);
    if (members.length === 0) {
      this.st.deleteEvent.run(id);
      return;
    }
    const t = eventTotals(members);
    const type = this.st.eventType.get(id) as string;
    const nameOf = (p: string) => (this.st.entityName.get(p) as string | undefined) ?? p;
    this.st.setEvent.run(
      t.time, JSON.stringify(t.places), JSON.stringify(t.participants), eventLabel(type, t.places.map(nameOf), t.time, t.participants.map(nameOf)),
      t.docs, t.mentions, t.firstReported, t.lastReported, id,
    );
    for (const k of eventKeys({ type, places: t.places, participants: t.participants })) this.link.insertEventKey.run(k, id, t.day);
  }
}
