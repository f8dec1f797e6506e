/**
 * Writing documents: insert one analysed record with its quotes, figures and links, replace
 * a changed one, or remove one. Every call runs inside the caller's transaction.
 */
import type { AscribeRecord } from '../../record/types.js';
import type { PutItem } from '../types.js';
import { indexKeys, preferredName } from '../../corpus/link-entities.js';
import { anchorDay, eventKeys, eventTime } from '../../corpus/link-events.js';
import { eventLabel } from '../../corpus/ledger.js';
import type { Db } from './db.js';
import { SlugIds } from './ids.js';
import { linkEntities, linkEvents, statements } from './link.js';

export type PutOutcome = 'added' | 'replaced' | 'unchanged' | 'error';

export class Writer {
  private readonly st;
  private readonly link;
  private readonly ids: SlugIds;

  constructor(private readonly db: Db) {
    this.link = statements(db);
    this.ids = new SlugIds(db);
    this.st = {
      doc: db.prepare('SELECT rowid, hash, status, title, text FROM documents WHERE id = ?'),
      insertDoc: db.prepare(
        `INSERT INTO documents (id, hash, status, error_code, error_message, title, published, source, url, text, record, n_quotes, n_figures, n_events, ingested_at)
         VALUES (@id, @hash, @status, @error_code, @error_message, @title, @published, @source, @url, @text, @record, @n_quotes, @n_figures, @n_events, @ingested_at)`,
      ),
      ftsDocInsert: db.prepare('INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)'),
      ftsDocDelete: db.prepare("INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', ?, ?, ?)"),
      insertQuote: db.prepare(
        'INSERT INTO quotes (doc_id, local_id, kind, start, "end", text, speaker, speaker_local, entity_id, cue) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      ftsQuoteInsert: db.prepare('INSERT INTO quotes_fts (rowid, text, speaker) VALUES (?, ?, ?)'),
      ftsQuoteDelete: db.prepare("INSERT INTO quotes_fts (quotes_fts, rowid, text, speaker) VALUES ('delete', ?, ?, ?)"),
      quotesOf: db.prepare('SELECT rowid, text, speaker FROM quotes WHERE doc_id = ?'),
      insertFigure: db.prepare(
        `INSERT INTO figures (doc_id, local_id, start, "end", text, value, low, high, hedge, counted, role, unit, claimant, claimant_kind, claimant_local, entity_id, quote_local, event_local, event_id, part_of)
         VALUES (@doc_id, @local_id, @start, @end, @text, @value, @low, @high, @hedge, @counted, @role, @unit, @claimant, @claimant_kind, @claimant_local, @entity_id, @quote_local, @event_local, @event_id, @part_of)`,
      ),
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
    const id = 'record' in item ? item.record.doc.id : item.error.id;
    const old = this.st.doc.get(id) as { hash: string | null; status: string } | undefined;
    if (old && item.hash !== null && old.hash === item.hash && old.status === ('record' in item ? 'ok' : 'error')) return 'unchanged';
    // A file that could not be read this time does not wipe what was analysed before.
    if (old && 'error' in item && item.hash === null && old.status === 'ok') return 'error';
    if (old) this.remove(id);
    if ('error' in item) {
      this.st.insertDoc.run({
        id, hash: item.hash, status: 'error', error_code: item.error.code, error_message: item.error.message,
        title: null, published: null, source: null, url: null, text: null, record: null, n_quotes: 0, n_figures: 0, n_events: 0, ingested_at: now,
      });
      return 'error';
    }
    this.insertRecord(item.record, item.hash, now);
    return old ? 'replaced' : 'added';
  }

  private insertRecord(r: AscribeRecord, hash: string, now: string): void {
    const id = r.doc.id;
    const { text, ...rest } = r;
    const info = this.st.insertDoc.run({
      id, hash, status: 'ok', error_code: null, error_message: null,
      title: r.doc.title ?? null, published: r.doc.published ?? null, source: r.doc.source ?? null, url: r.doc.url ?? null,
      text, record: JSON.stringify(rest), n_quotes: r.quotes.length, n_figures: r.quantities.length, n_events: r.events.length, ingested_at: now,
    });
    this.st.ftsDocInsert.run(info.lastInsertRowid, r.doc.title ?? '', text);

    const entityMap = linkEntities(this.ids, this.link, id, r.entities);
    const entityName = new Map<string, string>();
    for (const e of r.entities) {
      const c = entityMap.get(e.id);
      if (c && !entityName.has(c)) entityName.set(c, e.name);
    }
    const eventMap = linkEvents(this.ids, this.link, id, r.doc.published, r.events, entityMap, entityName);

    for (const q of r.quotes) {
      const sp = q.speaker;
      const qi = this.st.insertQuote.run(
        id, q.id, q.kind, q.content.start, q.content.end, q.content.text, sp?.name ?? null, sp?.entity ?? null,
        sp?.entity ? (entityMap.get(sp.entity) ?? null) : null, q.cue?.text ?? null,
      );
      this.st.ftsQuoteInsert.run(qi.lastInsertRowid, q.content.text, sp?.name ?? '');
    }
    for (const f of r.quantities) {
      const cl = f.claimant;
      const speaker = cl.kind === 'speaker';
      this.st.insertFigure.run({
        doc_id: id, local_id: f.id, start: f.span.start, end: f.span.end, text: f.span.text, value: f.value,
        low: f.low ?? null, high: f.high ?? null, hedge: f.hedge, counted: f.counted, role: f.role ?? null, unit: f.unit ?? null,
        claimant: speaker ? cl.name : (cl.name ?? r.doc.source ?? 'the outlet'), claimant_kind: cl.kind,
        claimant_local: speaker ? cl.entity : null, entity_id: speaker && cl.entity ? (entityMap.get(cl.entity) ?? null) : null,
        quote_local: speaker ? cl.quote : null, event_local: f.event ?? null, event_id: f.event ? (eventMap.get(f.event) ?? null) : null, part_of: f.partOf ?? null,
      });
    }
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
    const names: string[] = [];
    for (const m of members) for (const n of JSON.parse(m.names) as string[]) if (names.length < 40 && !names.includes(n)) names.push(n);
    const docs = new Set(members.map((m) => m.doc_id)).size;
    const mentions = members.reduce((s, m) => s + m.mentions, 0);
    this.st.setEntity.run(preferredName(names), JSON.stringify(names), docs, mentions, id);
    const type = this.st.entityType.get(id) as string;
    for (const k of indexKeys(type, names)) this.link.insertEntityKey.run(k, id);
  }

  private recountEvent(id: string): void {
    const members = this.st.eventMembers.all(id) as Array<{ doc_id: string; time: string | null; places: string; participants: string; published: string | null }>;
    this.st.deleteEventKeys.run(id);
    if (members.length === 0) {
      this.st.deleteEvent.run(id);
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
    const type = this.st.eventType.get(id) as string;
    const placeList = [...places];
    const nameOf = (p: string) => (this.st.entityName.get(p) as string | undefined) ?? p;
    const names = placeList.map(nameOf);
    this.st.setEvent.run(
      time, JSON.stringify(placeList), JSON.stringify([...people]), eventLabel(type, names, time, [...people].map(nameOf)),
      new Set(members.map((m) => m.doc_id)).size, members.length, published[0] ?? null, published[published.length - 1] ?? null, id,
    );
    const day = anchorDay(time, published[0] ?? null);
    for (const k of eventKeys({ type, places: placeList, participants: [...people] })) this.link.insertEventKey.run(k, id, Number.isFinite(day) ? day : -1e9);
  }
}
