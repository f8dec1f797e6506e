/**
 * Linking a document's entities and events into the corpus, inside the write transaction:
 * candidates come from the key tables, the decision from src/corpus, what a join or a new row
 * changes from ../link-rules.ts, and corpus rows are updated incrementally (a full recount
 * happens only when a document is removed).
 */
import type { Entity, Event } from '../../core/layers.js';
import type { LinkEvidence } from '../../corpus/evidence.js';
import { decideEntity, linkable, lookupKeys } from '../../corpus/link-entities.js';
import { anchorDay } from '../../corpus/link-events.js';
import { eventLabel } from '../../corpus/ledger.js';
import {
  DOC_ENTITY_COLUMNS, DOC_EVENT_COLUMNS, MAX_CANDIDATES, decideEventLink, docEntityValues, docEvent, docEventValues, entityCandidate, entityNames, eventSlugText, eventWindows,
  joinedEntity, keyDay, newEntity, type EntityCandidateRow, type EventCandidateRow,
} from '../link-rules.js';
import type Database from 'better-sqlite3';
import type { Db } from './db.js';
import type { SlugIds } from './ids.js';

export interface EntityLinkResult {
  corpusId: string;
  evidence: LinkEvidence[];
}

export type Statements = Record<string, Database.Statement>;

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

export function statements(db: Db): Statements {
  return {
    // Candidates by key, most reported first, ties by id (as the Postgres store orders them).
    entityCandidates: db.prepare(
      `SELECT e.id, e.type, e.name, e.names, e.docs
       FROM (SELECT DISTINCT entity_id FROM entity_keys WHERE key IN (SELECT value FROM json_each(?))) k CROSS JOIN entities e ON e.id = k.entity_id
       ORDER BY e.docs DESC, e.id LIMIT ${MAX_CANDIDATES}`,
    ),
    insertEntity: db.prepare('INSERT INTO entities (id, type, name, names, docs, mentions) VALUES (?, ?, ?, ?, 0, 0)'),
    updateEntityNames: db.prepare('UPDATE entities SET name = ?, names = ? WHERE id = ?'),
    bumpEntity: db.prepare('UPDATE entities SET docs = docs + 1, mentions = mentions + ? WHERE id = ?'),
    insertEntityKey: db.prepare('INSERT OR IGNORE INTO entity_keys (key, entity_id) VALUES (?, ?)'),
    insertDocEntity: db.prepare(`INSERT INTO doc_entities (${DOC_ENTITY_COLUMNS.join(', ')}) VALUES (${placeholders(DOC_ENTITY_COLUMNS.length)})`),
    // Candidates by key within a day window (index event_keys_day), most reported first, ties by id.
    eventCandidates: db.prepare(
      `SELECT ev.id, ev.type, ev.time, ev.places, ev.participants, ev.first_reported, ev.last_reported, ev.docs
       FROM (SELECT DISTINCT event_id FROM event_keys WHERE key IN (SELECT value FROM json_each(@keys)) AND day BETWEEN @lo AND @hi) k
       CROSS JOIN events ev ON ev.id = k.event_id ORDER BY ev.docs DESC, ev.id LIMIT ${MAX_CANDIDATES}`,
    ),
    insertEvent: db.prepare('INSERT INTO events (id, type, time, places, participants, label, docs, mentions, first_reported, last_reported) VALUES (?, ?, ?, ?, ?, ?, 0, 0, NULL, NULL)'),
    updateEvent: db.prepare('UPDATE events SET time = ?, places = ?, participants = ?, label = ? WHERE id = ?'),
    bumpEvent: db.prepare(
      `UPDATE events SET docs = docs + 1, mentions = mentions + @mentions,
         first_reported = CASE WHEN @published IS NULL THEN first_reported WHEN first_reported IS NULL OR @published < first_reported THEN @published ELSE first_reported END,
         last_reported = CASE WHEN @published IS NULL THEN last_reported WHEN last_reported IS NULL OR @published > last_reported THEN @published ELSE last_reported END
       WHERE id = @id`,
    ),
    insertEventKey: db.prepare('INSERT OR REPLACE INTO event_keys (key, event_id, day) VALUES (?, ?, ?)'),
    insertDocEvent: db.prepare(`INSERT INTO doc_events (${DOC_EVENT_COLUMNS.join(', ')}) VALUES (${placeholders(DOC_EVENT_COLUMNS.length)})`),
    entityNames: db.prepare('SELECT name FROM entities WHERE id = ?').pluck(),
  };
}

/** Links every entity of one document; returns local id → corpus id. */
export function linkEntities(ids: SlugIds, st: Statements, docId: string, entities: readonly Entity[]): Map<string, string> {
  const map = new Map<string, string>();
  const touched = new Map<string, number>();
  for (const e of entities) {
    if (!linkable(e)) continue;
    const names = entityNames(e);
    const candidates = (st.entityCandidates.all(JSON.stringify(lookupKeys(e))) as EntityCandidateRow[]).map(entityCandidate);
    const decision = decideEntity(e, candidates);
    let corpusId: string;
    if (decision.join) {
      corpusId = decision.join;
      const joined = joinedEntity(candidates.find((x) => x.id === corpusId)!, names);
      if (joined) {
        st.updateEntityNames.run(joined.name, JSON.stringify(joined.names), corpusId);
        for (const k of joined.keys) st.insertEntityKey.run(k, corpusId);
      }
    } else {
      const created = newEntity(e, names);
      corpusId = ids.make('entities', created.name, 'entity');
      st.insertEntity.run(corpusId, e.type, created.name, JSON.stringify(created.names));
      for (const k of created.keys) st.insertEntityKey.run(k, corpusId);
    }
    map.set(e.id, corpusId);
    touched.set(corpusId, (touched.get(corpusId) ?? 0) + e.mentions.length);
    st.insertDocEntity.run(...docEntityValues(docId, e, corpusId, names, decision.evidence));
  }
  for (const [id, mentions] of touched) st.bumpEntity.run(mentions, id);
  return map;
}

/** Links every event of one document; returns local id → corpus id. */
export function linkEvents(
  slugs: SlugIds,
  st: Statements,
  docId: string,
  published: string | undefined,
  events: readonly Event[],
  entityMap: Map<string, string>,
  entityName: Map<string, string>,
): Map<string, string> {
  const map = new Map<string, string>();
  const touched = new Map<string, number>();
  const names: Record<string, string> = Object.fromEntries(entityName);
  for (const ev of events) {
    const d = docEvent(ev, published, entityMap);
    const { places, participants, time, keys } = d;
    const rows = eventWindows(d, published).flatMap(([lo, hi]) => st.eventCandidates.all({ keys: JSON.stringify(keys), lo, hi }) as EventCandidateRow[]);
    const decision = decideEventLink(d, rows, names, published);
    let corpusId: string;
    if (decision.joined) {
      const { c, change } = decision.joined;
      corpusId = c.id;
      if (change) {
        const label = eventLabel(c.type, placeNames(st, change.places, entityName), change.time, placeNames(st, change.participants, entityName));
        st.updateEvent.run(change.time, JSON.stringify(change.places), JSON.stringify(change.participants), label, corpusId);
        for (const k of change.keys) st.insertEventKey.run(k, corpusId, change.day);
      }
    } else {
      const where = placeNames(st, places, entityName);
      const who = placeNames(st, participants, entityName);
      corpusId = slugs.make('events', eventSlugText(ev.type, where, who, time, published), 'event');
      st.insertEvent.run(corpusId, ev.type, time, JSON.stringify(places), JSON.stringify(participants), eventLabel(ev.type, where, time, who));
      for (const k of keys) st.insertEventKey.run(k, corpusId, keyDay(anchorDay(time, published)));
    }
    map.set(ev.id, corpusId);
    touched.set(corpusId, (touched.get(corpusId) ?? 0) + 1);
    st.insertDocEvent.run(...docEventValues(docId, ev, corpusId, places, participants, decision.evidence));
  }
  for (const [id, mentions] of touched) st.bumpEvent.run({ mentions, published: published ?? null, id });
  return map;
}

function placeNames(st: Statements, ids: readonly string[], local: Map<string, string>): string[] {
  return ids.map((id) => (st.entityNames.get(id) as string | undefined) ?? local.get(id) ?? id);
}
