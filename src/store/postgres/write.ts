/**
 * Writing documents: insert one analysed record with its quotes, figures and links, replace a
 * changed one, or remove one — the SQLite store's rules, in Postgres SQL. Every call runs in
 * the caller's transaction, under the corpus write lock (store.ts).
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
import { SlugIds } from './ids.js';
import { keyDay, linkEntities, linkEvents, SQL as LINK } from './link.js';
import type { Sql } from './sql.js';

export type { PutOutcome };

const SQL = {
  doc: 'SELECT hash, status FROM documents WHERE id = $1',
  insertDoc: `INSERT INTO documents (${DOC_COLUMNS.map((c) => `"${c}"`).join(', ')}) VALUES (${DOC_COLUMNS.map((_, i) => `$${i + 1}`).join(', ')})`,
  entitiesOf: 'SELECT DISTINCT entity_id FROM doc_entities WHERE doc_id = $1',
  eventsOf: 'SELECT DISTINCT event_id FROM doc_events WHERE doc_id = $1',
  deleteFrom: (['quotes', 'figures', 'doc_entities', 'doc_events', 'documents'] as const).map((t) => `DELETE FROM ${t} WHERE ${t === 'documents' ? 'id' : 'doc_id'} = $1`),
  entityMembers: 'SELECT doc_id, names, mentions FROM doc_entities WHERE entity_id = $1',
  entityType: 'SELECT type FROM entities WHERE id = $1',
  deleteEntity: 'DELETE FROM entities WHERE id = $1',
  deleteEntityKeys: 'DELETE FROM entity_keys WHERE entity_id = $1',
  setEntity: 'UPDATE entities SET name = $1, names = $2, docs = $3, mentions = $4 WHERE id = $5',
  eventMembers: 'SELECT e.doc_id, e.time, e.places, e.participants, d.published FROM doc_events e JOIN documents d ON d.id = e.doc_id WHERE e.event_id = $1',
  eventType: 'SELECT type FROM events WHERE id = $1',
  deleteEvent: 'DELETE FROM events WHERE id = $1',
  deleteEventKeys: 'DELETE FROM event_keys WHERE event_id = $1',
  setEvent: 'UPDATE events SET time = $1, places = $2, participants = $3, label = $4, docs = $5, mentions = $6, first_reported = $7, last_reported = $8 WHERE id = $9',
};

export class Writer {
  private readonly ids: SlugIds;

  /** One writer per transaction (its slug memory is only valid inside it). */
  constructor(private readonly sql: Sql) {
    this.ids = new SlugIds(sql);
  }

  async put(item: PutItem, now: string): Promise<PutOutcome> {
    const id = putId(item);
    const old = await this.sql.one<{ hash: string | null; status: string }>(SQL.doc, [id]);
    const skip = putSkip(item, old);
    if (skip) return skip;
    if (old) await this.remove(id);
    if ('error' in item) {
      await this.sql.run(SQL.insertDoc, errorDocValues(id, item.hash, item.error, now));
      return 'error';
    }
    await this.insertRecord(item.record, item.hash, now);
    return old ? 'replaced' : 'added';
  }

  private async insertRecord(r: AscribeRecord, hash: string, now: string): Promise<void> {
    const id = r.doc.id;
    await this.sql.run(SQL.insertDoc, docValues(r, hash, now));

    const { map: entityMap, names: corpusNames } = await linkEntities(this.sql, this.ids, id, r.entities);
    const entityName = localNames(r, entityMap);
    const eventMap = await linkEvents(this.sql, this.ids, id, r.doc.published, r.events, entityMap, entityName, corpusNames);

    await this.sql.insertMany('quotes', QUOTE_COLUMNS, quoteValues(r, entityMap));
    await this.sql.insertMany('figures', FIGURE_COLUMNS, figureValues(r, entityMap, eventMap));
  }

  /** Removes a document and everything derived from it; recounts the corpus rows it touched. */
  async remove(id: string): Promise<boolean> {
    if (!(await this.sql.one(SQL.doc, [id]))) return false;
    const entities = await this.sql.col<string>(SQL.entitiesOf, [id]);
    const events = await this.sql.col<string>(SQL.eventsOf, [id]);
    // The search index is a generated column: deleting the rows deletes their index entries.
    for (const del of SQL.deleteFrom) await this.sql.run(del, [id]);
    for (const e of entities) await this.recountEntity(e);
    for (const e of events) await this.recountEvent(e);
    return true;
  }

  private async recountEntity(id: string): Promise<void> {
    const members = await this.sql.all<{ doc_id: string; names: string; mentions: number }>(SQL.entityMembers, [id]);
    await this.sql.run(SQL.deleteEntityKeys, [id]);
    if (members.length === 0) {
      await this.sql.run(SQL.deleteEntity, [id]);
      return;
    }
    const t = entityTotals(members);
    await this.sql.run(SQL.setEntity, [t.name, JSON.stringify(t.names), t.docs, t.mentions, id]);
    const [type] = await this.sql.col<string>(SQL.entityType, [id]);
    await this.sql.run(LINK.insertEntityKeys, [indexKeys(type, t.names), id]);
  }

  private async recountEvent(id: string): Promise<void> {
    const members = await this.sql.all<{ doc_id: string; time: string | null; places: string; participants: string; published: string | null }>(SQL.eventMembers, [id]);
    await this.sql.run(SQL.deleteEventKeys, [id]);
    if (members.length === 0) {
      await this.sql.run(SQL.deleteEvent, [id]);
      return;
    }
    const t = eventTotals(members);
    const [type] = await this.sql.col<string>(SQL.eventType, [id]);
    const named = new Map((await this.sql.all<{ id: string; name: string }>(LINK.entityNames, [[...t.places, ...t.participants]])).map((r) => [r.id, r.name]));
    const nameOf = (p: string) => named.get(p) ?? p;
    await this.sql.run(SQL.setEvent, [
      t.time, JSON.stringify(t.places), JSON.stringify(t.participants), eventLabel(type, t.places.map(nameOf), t.time, t.participants.map(nameOf)),
      t.docs, t.mentions, t.firstReported, t.lastReported, id,
    ]);
    await this.sql.run(LINK.insertEventKeys, [eventKeys({ type, places: t.places, participants: t.participants }), id, keyDay(t.day)]);
  }
}
