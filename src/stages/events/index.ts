/**
 * The events stage: what happened, when, where, to whom and by whom — as the text alleges it.
 *
 * find (find.ts, filters.ts) → attribute (clause.ts, participants.ts, places.ts, time.ts,
 * figures.ts, story.ts) → keep (here). One event per trigger: "ambushed and killed 613 people"
 * gives an attack and a killing that share agent, time and place, and the killed figure goes
 * to the killing. Two words of one type in a row ("killed and massacred") make one event.
 * An event needs a trigger and at least one of time, place, participant or figure.
 */
import { defineStage } from '../../core/pipeline.js';
import type { Doc } from '../../core/doc.js';
import type { Event, EventParticipant } from '../../core/layers.js';
import { span } from '../../core/span.js';
import { buildCtx, itemsStartingIn, type Ctx } from './context.js';
import { findTriggers, type Trigger } from './find.js';
import { keepReported } from './filters.js';
import { clauseOf } from './clause.js';
import { rolesOf, type PrevVerb } from './participants.js';
import { placesOf } from './places.js';
import { sentenceTimes, timeOf } from './time.js';
import { linkFigures } from './figures.js';
import { inheritPlaces, inheritTimes, presentClause, toldInPast } from './story.js';

interface Draft {
  trigger: Trigger;
  type: string;
  start: number;
  end: number;
  time?: string;
  places: string[];
  participants: EventParticipant[];
  quantities: string[];
  paragraph: number;
  sentence: number;
  inherits: boolean;
  placeInherits: boolean;
}

function draftSentence(ctx: Ctx, si: number, hasFigure: (a: number, b: number) => boolean, mentionCount: (entity: string) => number): Draft[] {
  const found = findTriggers(ctx, si);
  if (found.length === 0) return [];
  const triggers = keepReported(ctx, found, hasFigure);
  if (triggers.length === 0) return [];
  const s = ctx.sentences[si];
  let prevVerb: PrevVerb | null = null;
  const heads = new Set(triggers.map((t) => t.first));
  const triggerAt = new Set<number>();
  for (const t of triggers) for (let k = t.first; k <= t.last; k++) triggerAt.add(k);
  const times = sentenceTimes(ctx, si, triggerAt);
  const out: Draft[] = [];
  triggers.forEach((t, i) => {
    const clause = clauseOf(ctx, t);
    // "Hurricane Katrina", "the Iraq War": an event with a name of its own is not the story's, so it takes
    // neither the date nor the place of the incidents around it, and only a date in its own clause.
    const named = namedEvent(ctx, t, mentionCount);
    const roles = rolesOf(ctx, t, clause, prevVerb, triggers[i + 1], heads);
    if (t.pos === 'verb') prevVerb = { last: t.last, roles };
    const start = ctx.tokens[t.first].start;
    const end = ctx.tokens[t.last].end;
    out.push({
      trigger: t,
      type: t.type,
      start,
      end,
      time: timeOf(ctx, times, t, named === 'passing' ? clause : undefined),
      places: placesOf(ctx, t, clause, roles, triggers[i + 1]),
      participants: roles.participants,
      quantities: [],
      paragraph: s.paragraph,
      sentence: si,
      inherits: named !== 'passing' && !times.any && toldInPast(ctx, t) && !presentClause(ctx, clause),
      placeInherits: named !== 'passing' && toldInPast(ctx, t) && !presentClause(ctx, clause),
    });
  });
  const [qa, qb] = itemsStartingIn(ctx.quantities, (q) => q.span.start, s.start, s.end);
  linkFigures(out, ctx.quantities.slice(qa, qb));
  return out;
}

/**
 * How a capitalised trigger that is part of a name ("Hurricane Katrina", "the Vietnam War") is told: 'passing'
 * when the name is said once (a past event mentioned in passing), 'named' when said more often (the story's own
 * storm or war), null when the trigger is no part of a name.
 */
function namedEvent(ctx: Ctx, t: Trigger, mentionCount: (entity: string) => number): 'passing' | 'named' | null {
  const capital = (k: number): boolean => {
    const c = ctx.tokens[k]?.text.charCodeAt(0) ?? 0;
    return c >= 65 && c <= 90;
  };
  if (!capital(t.first)) return null;
  const s = ctx.sentences[t.sentence];
  const after = t.last + 1 < s.tokenEnd && capital(t.last + 1);
  const before = t.first > s.tokenStart && (capital(t.first - 1) || ctx.mentionEndingAt[t.first - 1] !== -1);
  if (!after && !before) return null;
  // The EVENT name holding the trigger (from a start at most four tokens before it) or right after it ("Hurricane [Lorenzo]").
  const next = t.last + 1 < s.tokenEnd ? ctx.mentionStartingAt[t.last + 1] : -1;
  if (next !== -1 && ctx.mentions[next].type === 'EVENT') return mentionCount(ctx.mentions[next].entity) > 1 ? 'named' : 'passing';
  for (let k = t.first; k >= s.tokenStart && k >= t.first - 4; k--) {
    const m = ctx.mentionStartingAt[k];
    if (m === -1 || ctx.mentions[m].type !== 'EVENT' || ctx.mentions[m].end < ctx.tokens[t.last].end) continue;
    return mentionCount(ctx.mentions[m].entity) > 1 ? 'named' : 'passing';
  }
  return 'passing';
}

const RECENT = 20;

/**
 * A later event noun that adds nothing to an earlier event of its type ("the massacre" after
 * "the X massacre") is a repeat mention of it, not a new event.
 */
function repeats(d: Draft, e: Draft): boolean {
  if (d.quantities.length || (d.time && d.time !== e.time)) return false;
  if (!d.places.every((p) => e.places.includes(p))) return false;
  return d.participants.every((p) => e.participants.some((q) => q.entity === p.entity));
}

/** Per sentence, whether one of the offsets falls in it. */
function sentencesHolding(ctx: Ctx, offsets: readonly number[]): Uint8Array {
  const out = new Uint8Array(ctx.sentences.length);
  for (const at of offsets) {
    const [i] = itemsStartingIn(ctx.sentences, (s) => s.end, at + 1, Infinity);
    if (i < ctx.sentences.length && ctx.sentences[i].start <= at) out[i] = 1;
  }
  return out;
}

export function findEvents(doc: Doc): Event[] {
  const ctx = buildCtx(doc);
  const hasFigure = (a: number, b: number): boolean => {
    const [i, j] = itemsStartingIn(ctx.quantities, (q) => q.span.start, a, b);
    return j > i;
  };
  const hasTimex = sentencesHolding(ctx, ctx.times.filter((x) => x.type === 'DATE' || x.type === 'TIME').map((x) => x.span.start));
  const drafts: Draft[] = [];
  const counts = new Map<string, number>();
  for (const m of ctx.mentions) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  const mentionCount = (entity: string): number => counts.get(entity) ?? 0;
  for (let si = 0; si < ctx.sentences.length; si++) for (const d of draftSentence(ctx, si, hasFigure, mentionCount)) drafts.push(d);
  inheritTimes(drafts, hasTimex);
  inheritPlaces(drafts, sentencesHolding(ctx, ctx.mentions.filter((m) => m.type === 'GPE' || m.type === 'LOC').map((m) => m.start)));

  const kept: Draft[] = [];
  const byType = new Map<string, Draft[]>();
  for (const d of drafts) {
    if (!d.time && d.places.length === 0 && d.participants.length === 0 && d.quantities.length === 0) continue;
    const prior = byType.get(d.type) ?? [];
    if (d.trigger.pos === 'noun' && prior.some((e) => repeats(d, e))) continue;
    prior.push(d);
    if (prior.length > RECENT) prior.shift();
    byType.set(d.type, prior);
    kept.push(d);
  }
  return kept.map((d, i): Event => {
    const ev: Event = {
      id: `v${i + 1}`,
      type: d.type,
      trigger: span(ctx.text, d.start, d.end),
      places: d.places,
      participants: d.participants,
      quantities: d.quantities,
    };
    if (d.time) ev.time = d.time;
    return ev;
  });
}

export const events = defineStage({
  provides: 'events',
  requires: ['segment', 'entities', 'times', 'quotes', 'quantities'],
  run: (doc): Event[] => findEvents(doc),
});
