/**
 * Writing documents: insert one analysed record with its quotes, figures and links, replace a
 * changed one, or remove one — the SQLite store's rules, in Postgres SQL. Every call runs in
 * the caller's transaction, under the corpus write lock (store.ts).
 */
import type { AscribeRecord } from '../../record/types.js';
import type { PutItem } from '../types.js';
import { indexKeys, preferredName } from '../../corpus/link-entities.js';
import { anchorDay, eventKeys, eventTime } from '../../corpus/link-events.js';
import { eventLabel } from '../../corpus/ledger.js';
import { SlugIds } from './ids.js';
import { linkEntities, linkEvents, SQL as LINK } from './link.js';
import { int4, type Sql } from './sql.js';

export type PutOutcome = 'added' | 'replaced' | 'unchanged' | 'error';

const DOC_COLUMNS = ['id', 'hash', 'status', 'error_code', 'error_message', 'title', 'published', 'source', 'url', 'text', 'record', 'n_quotes', 'n_figures', 'n_events', 'ingested_at'];
const QUOTE_COLUMNS = ['doc_id', 'local_id', 'kind', 'start', 'end', 'text', 'speaker', 'speaker_local', 'entity_id', 'cue'];
const FIGURE_COLUMNS = [
  'doc_id', 'local_id', 'start', 'end', 'text', 'value', 'low', 'high', 'hedge', 'counted', 'role', 'unit', 'claimant', 'claimant_kind', 'claimant_local', 'entity_id',
  'quote_local', 'event_local', 'event_id', 'part_of',
];

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
    const id = 'record' in item ? item.record.doc.id : item.error.id;
    const old = await this.sql.one<{ hash: string | null; status: string }>(SQL.doc, [id]);
    if (old && item.hash !== null && old.hash === item.hash && old.status === ('record' in item ? 'ok' : 'error')) return 'unchanged';
    // A file that could not be read this time does not wipe what was analysed before.
    if (old && 'error' in item && item.hash === null && old.status === 'ok') return 'error';
    if (old) await this.remove(id);
    if ('error' in item) {
      await this.sql.run(SQL.insertDoc, [id, item.hash, 'error', item.error.code, item.error.message, null, null, null, null, null, null, 0, 0, 0, now]);
      return 'error';
    }
    await this.insertRecord(item.record, item.hash, now);
    return old ? 'replaced' : 'added';
  }

  private async insertRecord(r: AscribeRecord, hash: string, now: string): Promise<void> {
    const id = r.doc.id;
    const { text, ...rest } = r;
    await this.sql.run(SQL.insertDoc, [
      id, hash, 'ok', null, null, r.doc.title ?? null, r.doc.published ?? null, r.doc.source ?? null, r.doc.url ?? null,
      text, JSON.stringify(rest), r.quotes.length, r.quantities.length, r.events.length, now,
    ]);

    const { map: entityMap, names: corpusNames } = await linkEntities(this.sql, this.ids, id, r.entities);
    const entityName = new Map<string, string>();
    for (const e of r.entities) {
      const c = entityMap.get(e.id);
      if (c && !entityName.has(c)) entityName.set(c, e.name);
    }
    const eventMap = await linkEvents(this.sql, this.ids, id, r.doc.published, r.events, entityMap, entityName, corpusNames);

    await this.sql.insertMany('quotes', QUOTE_COLUMNS, r.quotes.map((q) => {
      const sp = q.speaker;
      return [id, q.id, q.kind, q.content.start, q.content.end, q.content.text, sp?.name ?? null, sp?.entity ?? null, sp?.entity ? (entityMap.get(sp.entity) ?? null) : null, q.cue?.text ?? null];
    }));
    await this.sql.insertMany('figures', FIGURE_COLUMNS, r.quantities.map((f) => {
      const cl = f.claimant;
      const speaker = cl.kind === 'speaker';
      return [
        id, f.id, f.span.start, f.span.end, f.span.text, f.value, f.low ?? null, f.high ?? null, f.hedge, f.counted, f.role ?? null, f.unit ?? null,
        speaker ? cl.name : (cl.name ?? r.doc.source ?? 'the outlet'), cl.kind, speaker ? cl.entity : null, speaker && cl.entity ? (entityMap.get(cl.entity) ?? null) : null,
        speaker ? cl.quote : null, f.event ?? null, f.event ? (eventMap.get(f.event) ?? null) : null, f.partOf ?? null,
      ];
    }));
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
    const names: string[] = [];
    for (const m of members) for (const n of JSON.parse(m.names) as string[]) if (names.length < 40 && !names.includes(n)) names.push(n);
    const docs = new Set(members.map((m) => m.doc_id)).size;
    const mentions = members.reduce((s, m) => s + m.mentions, 0);
    await this.sql.run(SQL.setEntity, [preferredName(names), JSON.stringify(names), docs, mentions, id]);
    const [type] = await this.sql.col<string>(SQL.entityType, [id]);
    await this.sql.run(LINK.insertEntityKeys, [indexKeys(type, names), id]);
  }

  private async recountEvent(id: string): Promise<void> {
    const members = await this.sql.all<{ doc_id: string; time: string | null; places: string; participants: string; published: string | null }>(SQL.eventMembers, [id]);
    await this.sql.run(SQL.deleteEventKeys, [id]);
    if (members.length === 0) {
      await this.sql.run(SQL.deleteEvent, [id]);
      return;
    }
    const places = new Set<string>();
    const people = new Set<string>();
    const times = new Map<string, number>();
    const published: string[] = [];
    for (const m of members) {
      for (const p of JSON.parse(m.places) as string[]) places.add(p);
      for (const p of JSON.parse(m.participants) as string[]) people.add(p);
      const t = eventTime(m.time);
      if (t) times.set(t, (times.get(t) ?? 0) + 1);
      if (m.published) published.push(m.published);
    }
    // The most reported, most precise time.
    const time = [...times].sort((a, b) => b[0].length - a[0].length || b[1] - a[1])[0]?.[0] ?? null;
    published.sort();
    const [type] = await this.sql.col<string>(SQL.eventType, [id]);
    const placeList = [...places];
    const peopleList = [...people];
    const named = new Map((await this.sql.all<{ id: string; name: string }>(LINK.entityNames, [[...placeList, ...peopleList]])).map((r) => [r.id, r.name]));
    const nameOf = (p: string) => named.get(p) ?? p;
    await this.sql.run(SQL.setEvent, [
      time, JSON.stringify(placeList), JSON.stringify(peopleList), eventLabel(type, placeList.map(nameOf), time, peopleList.map(nameOf)),
      new Set(members.map((m) => m.doc_id)).size, members.length, published[0] ?? null, published[published.length - 1] ?? null, id,
    ]);
    const day = anchorDay(time, published[0] ?? null);
    await this.sql.run(LINK.insertEventKeys, [eventKeys({ type, places: placeList, participants: peopleList }), id, Number.isFinite(day) ? int4(day) : -1e9]);
  }
}
