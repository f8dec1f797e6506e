/**
 * Linking a document's entities and events into the corpus, inside the write transaction:
 * candidates come from the key tables, the decision from src/corpus, and corpus rows are
 * updated incrementally (a full recount happens only when a document is removed).
 */
import type { Entity, Event } from '../../core/layers.js';
import type { LinkEvidence } from '../../corpus/evidence.js';
import { decideEntity, indexKeys, linkable, lookupKeys, preferredName, type EntityCandidate } from '../../corpus/link-entities.js';
import { anchorDay, candidateWindows, decideEvent, eventKeys, eventTime, type EventCandidate } from '../../corpus/link-events.js';
import { eventLabel } from '../../corpus/ledger.js';
import type Database from 'better-sqlite3';
import type { Db } from './db.js';
import type { SlugIds } from './ids.js';

const MAX_NAMES = 40;
const MAX_CANDIDATES = 100;

export interface EntityLinkResult {
  corpusId: string;
  evidence: LinkEvidence[];
}

export type Statements = Record<string, Database.Statement>;

export function statements(db: Db): Statements {
  return {
    entityCandidates: db.prepare(
      `SELECT e.id, e.type, e.name, e.names, e.docs
       FROM (SELECT DISTINCT entity_id FROM entity_keys WHERE key IN (SELECT value FROM json_each(?))) k CROSS JOIN entities e ON e.id = k.entity_id
       ORDER BY e.docs DESC LIMIT ${MAX_CANDIDATES}`,
    ),
    insertEntity: db.prepare('INSERT INTO entities (id, type, name, names, docs, mentions) VALUES (?, ?, ?, ?, 0, 0)'),
    updateEntityNames: db.prepare('UPDATE entities SET name = ?, names = ? WHERE id = ?'),
    bumpEntity: db.prepare('UPDATE entities SET docs = docs + 1, mentions = mentions + ? WHERE id = ?'),
    insertEntityKey: db.prepare('INSERT OR IGNORE INTO entity_keys (key, entity_id) VALUES (?, ?)'),
    insertDocEntity: db.prepare('INSERT INTO doc_entities (doc_id, local_id, entity_id, type, name, names, mentions, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
    // Candidates by key within a day window (index event_keys_day), most reported first.
    eventCandidates: db.prepare(
      `SELECT ev.id, ev.type, ev.time, ev.places, ev.participants, ev.first_reported, ev.last_reported, ev.docs
       FROM (SELECT DISTINCT event_id FROM event_keys WHERE key IN (SELECT value FROM json_each(@keys)) AND day BETWEEN @lo AND @hi) k
       CROSS JOIN events ev ON ev.id = k.event_id ORDER BY ev.docs DESC LIMIT ${MAX_CANDIDATES}`,
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
    insertDocEvent: db.prepare(
      'INSERT INTO doc_events (doc_id, local_id, event_id, type, trigger_start, trigger_end, trigger_text, time, places, participants, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    entityNames: db.prepare('SELECT name FROM entities WHERE id = ?').pluck(),
  };
}

/** Links every entity of one document; returns local id → corpus id. */
export function linkEntities(ids: SlugIds, st: Statements, docId: string, entities: readonly Entity[]): Map<string, string> {
  const map = new Map<string, string>();
  const touched = new Map<string, number>();
  for (const e of entities) {
    if (!linkable(e)) continue;
    const names = [e.name, ...(e.aliases ?? []).filter((a) => a && a !== e.name)];
    const rows = st.entityCandidates.all(JSON.stringify(lookupKeys(e))) as Array<{ id: string; type: string; name: string; names: string; docs: number }>;
    const candidates: EntityCandidate[] = rows.map((row) => ({ id: row.id, type: row.type, name: row.name, names: JSON.parse(row.names), docs: row.docs }));
    const decision = decideEntity(e, candidates);
    let corpusId: string;
    if (decision.join) {
      corpusId = decision.join;
      const c = candidates.find((x) => x.id === corpusId)!;
      const fresh = names.filter((n) => !c.names.includes(n));
      if (fresh.length && c.names.length < MAX_NAMES) {
        const all = [...c.names, ...fresh].slice(0, MAX_NAMES);
        st.updateEntityNames.run(preferredName(all), JSON.stringify(all), corpusId);
        for (const k of indexKeys(c.type, fresh)) st.insertEntityKey.run(k, corpusId);
      }
    } else {
      corpusId = ids.make('entities', preferredName(names), 'entity');
      st.insertEntity.run(corpusId, e.type, preferredName(names), JSON.stringify(names.slice(0, MAX_NAMES)));
      for (const k of indexKeys(e.type, names)) st.insertEntityKey.run(k, corpusId);
    }
    map.set(e.id, corpusId);
    touched.set(corpusId, (touched.get(corpusId) ?? 0) + e.mentions.length);
    st.insertDocEntity.run(docId, e.id, corpusId, e.type, e.name, JSON.stringify(names), e.mentions.length, JSON.stringify(decision.evidence));
  }
  for (const [id, mentions] of touched) st.bumpEntity.run(mentions, id);
  return map;
}

const parseList = (s: string): string[] => JSON.parse(s) as string[];

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
    const places = uniq(ev.places.map((p) => entityMap.get(p)));
    const participants = uniq(ev.participants.map((p) => entityMap.get(p.entity)));
    const input = { type: ev.type, time: ev.time, places, participants, published };
    const time = eventTime(ev.time);
    const keys = eventKeys(input);
    type Row = { id: string; type: string; time: string | null; places: string; participants: string; first_reported: string | null; last_reported: string | null; docs: number };
    const byId = new Map<string, Row>();
    if (keys.length) {
      for (const [lo, hi] of candidateWindows(time, published)) {
        for (const r of st.eventCandidates.all({ keys: JSON.stringify(keys), lo, hi }) as Row[]) byId.set(r.id, r);
      }
    }
    const rows = [...byId.values()];
    const candidates: EventCandidate[] = rows.map((r) => ({
      id: r.id, type: r.type, time: r.time, places: parseList(r.places), participants: parseList(r.participants), firstReported: r.first_reported, lastReported: r.last_reported, docs: r.docs, names,
    }));
    const decision = decideEvent(input, candidates);
    let corpusId: string;
    if (decision.join) {
      corpusId = decision.join;
      const c = candidates.find((x) => x.id === corpusId)!;
      const allPlaces = uniq([...c.places, ...places]);
      const allPeople = uniq([...c.participants, ...participants]);
      // A day beats a month beats nothing; the first day reported stays.
      const bestTime = !c.time || (time && time.length > c.time.length) ? time : c.time;
      if (allPlaces.length !== c.places.length || allPeople.length !== c.participants.length || bestTime !== c.time) {
        st.updateEvent.run(bestTime, JSON.stringify(allPlaces), JSON.stringify(allPeople), eventLabel(c.type, placeNames(st, allPlaces, entityName), bestTime, placeNames(st, allPeople, entityName)), corpusId);
        const day = anchorDay(bestTime, c.firstReported ?? published);
        for (const k of eventKeys({ type: c.type, places: allPlaces, participants: allPeople })) st.insertEventKey.run(k, corpusId, keyDay(day));
      }
    } else {
      const where = placeNames(st, places, entityName);
      const who = placeNames(st, participants, entityName);
      corpusId = slugs.make('events', `${ev.type} ${where[0] ?? who[0] ?? ''} ${time ?? published ?? ''}`, 'event');
      st.insertEvent.run(corpusId, ev.type, time, JSON.stringify(places), JSON.stringify(participants), eventLabel(ev.type, where, time, who));
      for (const k of keys) st.insertEventKey.run(k, corpusId, keyDay(anchorDay(time, published)));
    }
    map.set(ev.id, corpusId);
    touched.set(corpusId, (touched.get(corpusId) ?? 0) + 1);
    st.insertDocEvent.run(docId, ev.id, corpusId, ev.type, ev.trigger.start, ev.trigger.end, ev.trigger.text, ev.time ?? null, JSON.stringify(places), JSON.stringify(participants), JSON.stringify(decision.evidence));
  }
  for (const [id, mentions] of touched) st.bumpEvent.run({ mentions, published: published ?? null, id });
  return map;
}

function placeNames(st: Statements, ids: readonly string[], local: Map<string, string>): string[] {
  return ids.map((id) => (st.entityNames.get(id) as string | undefined) ?? local.get(id) ?? id);
}

/** An event with neither date nor report date still gets a key (never inside a window). */
function keyDay(day: number): number {
  return Number.isFinite(day) ? day : -1e9;
}

function uniq(xs: Array<string | undefined>): string[] {
  const out: string[] = [];
  for (const x of xs) if (x && !out.includes(x)) out.push(x);
  return out;
}
