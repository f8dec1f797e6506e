/**
 * The store side of linking, shared by both stores: which candidates a document entity or event
 * is shown (and in what order), what joining or creating changes in the corpus rows, and the
 * totals a recount writes. The decisions themselves are src/corpus's; each store only runs the
 * SQL (SQLite one statement at a time, Postgres batched).
 */
import type { Entity, Event } from '../core/layers.js';
import type { LinkEvidence } from '../corpus/evidence.js';
import { indexKeys, preferredName, type EntityCandidate } from '../corpus/link-entities.js';
import { anchorDay, candidateWindows, decideEvent, eventKeys, eventTime, type DocEventInput, type EventCandidate, type EventDecision } from '../corpus/link-events.js';

/** A corpus entity keeps at most this many names. */
export const MAX_NAMES = 40;
/** A document entity or event is compared with at most this many corpus candidates (per query). */
export const MAX_CANDIDATES = 100;
/** The key day of an event with neither date nor report date: never inside a candidate window. */
export const NO_DAY = -1e9;

export function uniq(xs: Array<string | undefined>): string[] {
  const out: string[] = [];
  for (const x of xs) if (x && !out.includes(x)) out.push(x);
  return out;
}

const parseList = (s: string): string[] => JSON.parse(s) as string[];

/** An event with neither date nor report date still gets a key (never inside a window). */
export function keyDay(day: number): number {
  return Number.isFinite(day) ? day : NO_DAY;
}

// ---- Entities ----------------------------------------------------------------------------

/** An entities row as the candidate queries select it. */
export interface EntityCandidateRow {
  id: string;
  type: string;
  name: string;
  names: string;
  docs: number;
}

export function entityCandidate(row: EntityCandidateRow): EntityCandidate {
  return { id: row.id, type: row.type, name: row.name, names: JSON.parse(row.names), docs: row.docs };
}

/** Candidate order, in both stores: most reported first, then by id (bytewise). */
export function candidateOrder(a: { id: string; docs: number }, b: { id: string; docs: number }): number {
  return b.docs - a.docs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Every name a document entity goes by, its own first. */
export function entityNames(e: Entity): string[] {
  return [e.name, ...(e.aliases ?? []).filter((a) => a && a !== e.name)];
}

/** A corpus entity created for a document entity: its display name, stored names and index keys. */
export function newEntity(e: Entity, names: readonly string[]): { name: string; names: string[]; keys: string[] } {
  return { name: preferredName(names), names: names.slice(0, MAX_NAMES), keys: indexKeys(e.type, names) };
}

/**
 * What joining corpus entity `c` under `names` changes: its new name and name list and the
 * keys of the names it did not have; null when it keeps its names.
 */
export function joinedEntity(c: EntityCandidate, names: readonly string[]): { name: string; names: string[]; keys: string[] } | null {
  const fresh = names.filter((n) => !c.names.includes(n));
  if (!fresh.length || c.names.length >= MAX_NAMES) return null;
  const all = [...c.names, ...fresh].slice(0, MAX_NAMES);
  return { name: preferredName(all), names: all, keys: indexKeys(c.type, fresh) };
}

export const DOC_ENTITY_COLUMNS = ['doc_id', 'local_id', 'entity_id', 'type', 'name', 'names', 'mentions', 'evidence'] as const;

/** A doc_entities row, in DOC_ENTITY_COLUMNS order. */
export function docEntityValues(docId: string, e: Entity, corpusId: string, names: readonly string[], evidence: readonly LinkEvidence[]): unknown[] {
  return [docId, e.id, corpusId, e.type, e.name, JSON.stringify(names), e.mentions.length, JSON.stringify(evidence)];
}

/** A recounted corpus entity from its doc_entities rows (at least one). */
export function entityTotals(members: ReadonlyArray<{ doc_id: string; names: string; mentions: number }>): { name: string; names: string[]; docs: number; mentions: number } {
  const names: string[] = [];
  for (const m of members) for (const n of JSON.parse(m.names) as string[]) if (names.length < MAX_NAMES && !names.includes(n)) names.push(n);
  return { name: preferredName(names), names, docs: new Set(members.map((m) => m.doc_id)).size, mentions: members.reduce((s, m) => s + m.mentions, 0) };
}

// ---- Events ------------------------------------------------------------------------------

/** An events row as the candidate query selects it. */
export interface EventCandidateRow {
  id: string;
  type: string;
  time: string | null;
  places: string;
  participants: string;
  first_reported: string | null;
  last_reported: string | null;
  docs: number;
}

export function eventCandidate(r: EventCandidateRow, names: Record<string, string>): EventCandidate {
  return {
    id: r.id, type: r.type, time: r.time, places: parseList(r.places), participants: parseList(r.participants), firstReported: r.first_reported, lastReported: r.last_reported, docs: r.docs, names,
  };
}

/** A document event in corpus terms: its places and participants as corpus entity ids, its time, and its lookup keys. */
export function docEvent(ev: Event, published: string | undefined, entityMap: ReadonlyMap<string, string>): { input: DocEventInput; places: string[]; participants: string[]; time: string | null; keys: string[] } {
  const places = uniq(ev.places.map((p) => entityMap.get(p)));
  const participants = uniq(ev.participants.map((p) => entityMap.get(p.entity)));
  const input = { type: ev.type, time: ev.time, places, participants, published };
  return { input, places, participants, time: eventTime(ev.time), keys: eventKeys(input) };
}

/**
 * What joining corpus event `c` changes: the merged places and participants, the better time
 * (a day beats a month beats nothing; the first day reported stays), and its keys and key day;
 * null when nothing changes.
 */
export function joinedEvent(
  c: EventCandidate, places: readonly string[], participants: readonly string[], time: string | null, published: string | undefined,
): { time: string | null; places: string[]; participants: string[]; keys: string[]; day: number } | null {
  const allPlaces = uniq([...c.places, ...places]);
  const allPeople = uniq([...c.participants, ...participants]);
  const bestTime = !c.time || (time && time.length > c.time.length) ? time : c.time;
  if (allPlaces.length === c.places.length && allPeople.length === c.participants.length && bestTime === c.time) return null;
  return {
    time: bestTime, places: allPlaces, participants: allPeople,
    keys: eventKeys({ type: c.type, places: allPlaces, participants: allPeople }), day: keyDay(anchorDay(bestTime, c.firstReported ?? published)),
  };
}

/** The day windows to look up a document event's candidates in (none when it has no keys). */
export function eventWindows(d: { time: string | null; keys: readonly string[] }, published: string | undefined): Array<[number, number]> {
  return d.keys.length ? candidateWindows(d.time, published) : [];
}

/**
 * The link decision for a document event given the candidate rows of all its windows (a row
 * seen twice counts once), and, when it joins, the corpus event it joins and what changes.
 */
export function decideEventLink(
  d: { input: DocEventInput; places: readonly string[]; participants: readonly string[]; time: string | null },
  rows: readonly EventCandidateRow[], names: Record<string, string>, published: string | undefined,
): EventDecision & { joined: { c: EventCandidate; change: ReturnType<typeof joinedEvent> } | null } {
  const byId = new Map<string, EventCandidateRow>();
  for (const r of rows) byId.set(r.id, r);
  const candidates = [...byId.values()].map((r) => eventCandidate(r, names));
  const decision = decideEvent(d.input, candidates);
  if (!decision.join) return { ...decision, joined: null };
  const c = candidates.find((x) => x.id === decision.join)!;
  return { ...decision, joined: { c, change: joinedEvent(c, d.places, d.participants, d.time, published) } };
}

/** What a new corpus event's slug is made from (`where`/`who`: names of its places and participants). */
export function eventSlugText(type: string, where: readonly string[], who: readonly string[], time: string | null, published: string | undefined): string {
  return `${type} ${where[0] ?? who[0] ?? ''} ${time ?? published ?? ''}`;
}

export const DOC_EVENT_COLUMNS = ['doc_id', 'local_id', 'event_id', 'type', 'trigger_start', 'trigger_end', 'trigger_text', 'time', 'places', 'participants', 'evidence'] as const;

/** A doc_events row, in DOC_EVENT_COLUMNS order. */
export function docEventValues(docId: string, ev: Event, corpusId: string, places: readonly string[], participants: readonly string[], evidence: readonly LinkEvidence[]): unknown[] {
  return [docId, ev.id, corpusId, ev.type, ev.trigger.start, ev.trigger.end, ev.trigger.text, ev.time ?? null, JSON.stringify(places), JSON.stringify(participants), JSON.stringify(evidence)];
}

/** A recounted corpus event from its doc_events rows (at least one), each with its document's publication date. */
export function eventTotals(members: ReadonlyArray<{ doc_id: string; time: string | null; places: string; participants: string; published: string | null }>): {
  time: string | null; places: string[]; participants: string[]; docs: number; mentions: number; firstReported: string | null; lastReported: string | null; day: number;
} {
  const places = new Set<string>();
  const people = new Set<string>();
  const times = new Map<string, number>();
  const published: string[] = [];
  for (const m of members) {
    for (const p of parseList(m.places)) places.add(p);
    for (const p of parseList(m.participants)) people.add(p);
    const t = eventTime(m.time);
    if (t) times.set(t, (times.get(t) ?? 0) + 1);
    if (m.published) published.push(m.published);
  }
  // The most reported, most precise time.
  const time = [...times].sort((a, b) => b[0].length - a[0].length || b[1] - a[1])[0]?.[0] ?? null;
  published.sort();
  return {
    time, places: [...places], participants: [...people], docs: new Set(members.map((m) => m.doc_id)).size, mentions: members.length,
    firstReported: published[0] ?? null, lastReported: published[published.length - 1] ?? null, day: keyDay(anchorDay(time, published[0] ?? null)),
  };
}
