/**
 * Linking a document's entities and events into the corpus, inside the write transaction:
 * the same candidates, decisions (src/corpus, ../link-rules.ts) and incremental updates as the
 * SQLite store, in Postgres SQL. The caller holds the corpus write lock, so no other worker links meanwhile.
 */
import type { Entity, Event } from '../../core/layers.js';
import { decideEntity, linkable, lookupKeys, preferredName, type EntityCandidate } from '../../corpus/link-entities.js';
import { anchorDay, eventTime } from '../../corpus/link-events.js';
import { eventLabel } from '../../corpus/ledger.js';
import {
  DOC_ENTITY_COLUMNS, DOC_EVENT_COLUMNS, MAX_CANDIDATES, candidateOrder, decideEventLink, docEntityValues, docEvent, docEventValues, entityCandidate, entityNames,
  eventSlugText, eventWindows, joinedEntity, keyDay as anyKeyDay, newEntity, type EntityCandidateRow, type EventCandidateRow,
} from '../link-rules.js';
import { slugBase, type SlugIds } from './ids.js';
import { int4, type Sql } from './sql.js';

export const SQL = {
  // Every corpus entity under any of the keys (one index probe per key, whatever the table's statistics).
  entityCandidatesByKey: `SELECT ek.key, e.id, e.type, e.name, e.names, e.docs FROM entity_keys ek JOIN entities e ON e.id = ek.entity_id
     WHERE ek.key = ANY($1::text[])`,
  renameEntities: 'UPDATE entities e SET name = u.name, names = u.names FROM unnest($1::text[], $2::text[], $3::text[]) u(id, name, names) WHERE e.id = u.id',
  bumpEntities: 'UPDATE entities e SET docs = e.docs + 1, mentions = e.mentions + u.m FROM unnest($1::text[], $2::int[]) u(id, m) WHERE e.id = u.id',
  insertEntityKeyPairs: 'INSERT INTO entity_keys (key, entity_id) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING',
  insertEntityKeys: 'INSERT INTO entity_keys (key, entity_id) SELECT k, $2::text FROM unnest($1::text[]) k ON CONFLICT DO NOTHING',
  eventCandidates: `SELECT ev.id, ev.type, ev.time, ev.places, ev.participants, ev.first_reported, ev.last_reported, ev.docs
     FROM (SELECT DISTINCT event_id FROM event_keys WHERE key = ANY($1::text[]) AND day BETWEEN $2 AND $3) k
     JOIN events ev ON ev.id = k.event_id ORDER BY ev.docs DESC, ev.id LIMIT ${MAX_CANDIDATES}`,
  insertEvent: 'INSERT INTO events (id, type, time, places, participants, label, docs, mentions, first_reported, last_reported) VALUES ($1, $2, $3, $4, $5, $6, 0, 0, NULL, NULL)',
  updateEvent: 'UPDATE events SET time = $1, places = $2, participants = $3, label = $4 WHERE id = $5',
  bumpEvents: `UPDATE events ev SET docs = ev.docs + 1, mentions = ev.mentions + u.m,
       first_reported = CASE WHEN $3::text IS NULL THEN ev.first_reported WHEN ev.first_reported IS NULL OR $3::text < ev.first_reported THEN $3::text ELSE ev.first_reported END,
       last_reported = CASE WHEN $3::text IS NULL THEN ev.last_reported WHEN ev.last_reported IS NULL OR $3::text > ev.last_reported THEN $3::text ELSE ev.last_reported END
     FROM unnest($1::text[], $2::int[]) u(id, m) WHERE ev.id = u.id`,
  insertEventKeys: `INSERT INTO event_keys (key, event_id, day) SELECT DISTINCT k, $2::text, $3::integer FROM unnest($1::text[]) k
     ON CONFLICT (key, event_id) DO UPDATE SET day = EXCLUDED.day`,
  entityNames: 'SELECT id, name FROM entities WHERE id = ANY($1::text[])',
};

/**
 * Links every entity of one document; returns local id → corpus id, and the current name of
 * every corpus entity it touched. Decides exactly as one query per entity would (the SQLite
 * store's way) in a fixed number of round trips: the candidates of every key are fetched at
 * once, each entity takes the best 100 of its own keys', and what this document
 * creates or renames is kept in memory so that its later entities see it; writes go last, batched.
 */
export async function linkEntities(sql: Sql, ids: SlugIds, docId: string, entities: readonly Entity[]): Promise<{ map: Map<string, string>; names: Map<string, string> }> {
  const map = new Map<string, string>();
  const linkable_ = entities.filter(linkable);
  const known = new Map<string, EntityCandidate>();
  const byKey = new Map<string, Set<string>>();
  const index = (key: string, id: string) => {
    let set = byKey.get(key);
    if (!set) byKey.set(key, (set = new Set()));
    set.add(id);
  };
  const allKeys = [...new Set(linkable_.flatMap((e) => lookupKeys(e)))];
  if (allKeys.length) {
    for (const r of await sql.all<EntityCandidateRow & { key: string }>(SQL.entityCandidatesByKey, [allKeys])) {
      if (!known.has(r.id)) known.set(r.id, entityCandidate(r));
      index(r.key, r.id);
    }
  }
  await ids.prefetch('entities', linkable_.map((e) => slugBase(preferredName(entityNames(e)))));

  const created = new Set<string>();
  const renamed = new Set<string>();
  const keyRows: Array<[string, string]> = [];
  const touched = new Map<string, number>();
  const rows: unknown[][] = [];
  for (const e of linkable_) {
    const names = entityNames(e);
    const found = new Set<string>();
    for (const k of lookupKeys(e)) for (const id of byKey.get(k) ?? []) found.add(id);
    const candidates = [...found].map((id) => known.get(id)!).sort(candidateOrder).slice(0, MAX_CANDIDATES);
    const decision = decideEntity(e, candidates);
    let corpusId: string;
    if (decision.join) {
      corpusId = decision.join;
      const c = known.get(corpusId)!;
      const joined = joinedEntity(c, names);
      if (joined) {
        known.set(corpusId, { ...c, name: joined.name, names: joined.names });
        if (!created.has(corpusId)) renamed.add(corpusId);
        for (const k of joined.keys) (keyRows.push([k, corpusId]), index(k, corpusId));
      }
    } else {
      const fresh = newEntity(e, names);
      corpusId = await ids.make('entities', fresh.name, 'entity');
      known.set(corpusId, { id: corpusId, type: e.type, name: fresh.name, names: fresh.names, docs: 0 });
      created.add(corpusId);
      for (const k of fresh.keys) (keyRows.push([k, corpusId]), index(k, corpusId));
    }
    map.set(e.id, corpusId);
    touched.set(corpusId, (touched.get(corpusId) ?? 0) + e.mentions.length);
    rows.push(docEntityValues(docId, e, corpusId, names, decision.evidence));
  }
  const news = [...created].map((id) => known.get(id)!);
  await sql.insertMany('entities', ['id', 'type', 'name', 'names', 'docs', 'mentions'], news.map((c) => [c.id, c.type, c.name, JSON.stringify(c.names), 0, 0]));
  if (renamed.size) {
    const r = [...renamed].map((id) => known.get(id)!);
    await sql.run(SQL.renameEntities, [r.map((c) => c.id), r.map((c) => c.name), r.map((c) => JSON.stringify(c.names))]);
  }
  if (keyRows.length) await sql.run(SQL.insertEntityKeyPairs, [keyRows.map((k) => k[0]), keyRows.map((k) => k[1])]);
  await sql.insertMany('doc_entities', DOC_ENTITY_COLUMNS, rows);
  if (touched.size) await sql.run(SQL.bumpEntities, [[...touched.keys()], [...touched.values()]]);
  const names = new Map<string, string>();
  for (const id of touched.keys()) names.set(id, known.get(id)!.name);
  return { map, names };
}

/** Links every event of one document; returns local id → corpus id. */
export async function linkEvents(
  sql: Sql,
  slugs: SlugIds,
  docId: string,
  published: string | undefined,
  events: readonly Event[],
  entityMap: Map<string, string>,
  entityName: Map<string, string>,
  corpusNames: Map<string, string>,
): Promise<Map<string, string>> {
  const map = new Map<string, string>();
  const touched = new Map<string, number>();
  const names: Record<string, string> = Object.fromEntries(entityName);
  const rows: unknown[][] = [];
  // The slug bases new events would get, probed in one query (the names are all known here).
  const label = (ids: readonly string[]) => ids.map((id) => corpusNames.get(id) ?? entityName.get(id) ?? id);
  await slugs.prefetch('events', events.map((ev) => {
    const { places, participants } = docEvent(ev, published, entityMap);
    return slugBase(eventSlugText(ev.type, label(places), label(participants), eventTime(ev.time), published));
  }));
  for (const ev of events) {
    const d = docEvent(ev, published, entityMap);
    const { places, participants, time, keys } = d;
    const found: EventCandidateRow[] = [];
    for (const [lo, hi] of eventWindows(d, published)) found.push(...(await sql.all<EventCandidateRow>(SQL.eventCandidates, [keys, int4(lo), int4(hi)])));
    const decision = decideEventLink(d, found, names, published);
    let corpusId: string;
    if (decision.joined) {
      const { c, change } = decision.joined;
      corpusId = c.id;
      if (change) {
        const label = eventLabel(c.type, await placeNames(sql, change.places, entityName, corpusNames), change.time, await placeNames(sql, change.participants, entityName, corpusNames));
        await sql.run(SQL.updateEvent, [change.time, JSON.stringify(change.places), JSON.stringify(change.participants), label, corpusId]);
        await sql.run(SQL.insertEventKeys, [change.keys, corpusId, int4(change.day)]);
      }
    } else {
      const where = await placeNames(sql, places, entityName, corpusNames);
      const who = await placeNames(sql, participants, entityName, corpusNames);
      corpusId = await slugs.make('events', eventSlugText(ev.type, where, who, time, published), 'event');
      await sql.run(SQL.insertEvent, [corpusId, ev.type, time, JSON.stringify(places), JSON.stringify(participants), eventLabel(ev.type, where, time, who)]);
      await sql.run(SQL.insertEventKeys, [keys, corpusId, keyDay(anchorDay(time, published))]);
    }
    map.set(ev.id, corpusId);
    touched.set(corpusId, (touched.get(corpusId) ?? 0) + 1);
    rows.push(docEventValues(docId, ev, corpusId, places, participants, decision.evidence));
  }
  await sql.insertMany('doc_events', DOC_EVENT_COLUMNS, rows);
  if (touched.size) await sql.run(SQL.bumpEvents, [[...touched.keys()], [...touched.values()], published ?? null]);
  return map;
}

/**
 * Corpus names of entity ids (as stored, else as this document calls them, else the id).
 * `current` holds the stored names already known (the entities this document just linked).
 */
export async function placeNames(sql: Sql, ids: readonly string[], local: Map<string, string>, current: Map<string, string>): Promise<string[]> {
  const ask = ids.filter((id) => !current.has(id));
  const stored = ask.length ? new Map((await sql.all<{ id: string; name: string }>(SQL.entityNames, [ask])).map((r) => [r.id, r.name])) : new Map<string, string>();
  return ids.map((id) => current.get(id) ?? stored.get(id) ?? local.get(id) ?? id);
}

/** A key day inside INTEGER's range (../link-rules.ts keyDay). */
export function keyDay(day: number): number {
  return int4(anyKeyDay(day));
}
