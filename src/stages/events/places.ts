/**
 * Where it happened: GPE/LOC mentions after "in/at/near/from/outside…" in the trigger's clause,
 * else in its sentence nearby, else (for events that happen somewhere) the place the trigger
 * acts on or is named after, else the nearest place named after it in its clause. A place phrase that describes the subject ("troops stationed in
 * X") is not where the event happened.
 */
import type { Ctx } from './context.js';
import type { Trigger } from './find.js';
import { governorAt, PLACE_NOUNS, WINDOW, type Clause } from './clause.js';
import { EVENT_TYPES } from './lexicon.js';
import type { Roles } from './participants.js';
import { DETERMINERS, LOCATIVE_PARTICIPLES, PLACE_PREPS } from './words.js';

const MAX_PLACES = 4;

export function placesOf(ctx: Ctx, t: Trigger, clause: Clause, roles: Roles, next?: Trigger): string[] {
  const s = ctx.sentences[t.sentence];
  const from = Math.max(s.tokenStart, t.first - WINDOW);
  // "sentenced him for his role in the killing of 8,000 men in Srebrenica": a place after the next event noun and its
  // "of" phrase is that event's ("sentenced for her murder … by a court in Multan" keeps its own).
  const own = next && next.pos === 'noun' && next.sentence === t.sentence && next.first > t.last && ctx.lower[next.last + 1] === 'of' ? next.first : Infinity;
  const to = Math.min(s.tokenEnd, t.last + 1 + WINDOW, own);
  const inClause: string[] = [];
  const nearby: string[] = [];
  for (let k = from; k < to; k++) {
    const m = ctx.mentionStartingAt[k];
    if (m === -1) continue;
    const mn = ctx.mentions[m];
    if (mn.type !== 'GPE' && mn.type !== 'LOC') continue;
    const g = governorAt(ctx, k, s.tokenStart);
    if (g < 0 || !PLACE_PREPS.has(ctx.lower[g])) continue;
    if (g > s.tokenStart && LOCATIVE_PARTICIPLES.has(ctx.lower[g - 1])) continue;
    // "Torosyan, who spoke to reporters in Yerevan, said a soldier was wounded": a relative clause on someone else.
    const rel = relativeClauseAt(ctx, k, s.tokenStart, s.tokenEnd);
    if (rel && !(t.first >= rel[0] && t.last < rel[1])) continue;
    const list = k >= clause.start && k < clause.end ? inClause : nearby;
    if (!list.includes(mn.entity)) list.push(mn.entity);
  }
  if (inClause.length) return inClause.slice(0, MAX_PLACES);
  if (nearby.length) return nearby.slice(0, MAX_PLACES);
  if (!EVENT_TYPES[t.type]?.spatial) return [];
  const out: string[] = [];
  for (const m of roles.placeMentions) {
    const id = ctx.mentions[m].entity;
    if (own !== Infinity && ctx.mentions[m].start >= ctx.tokens[own].start) continue;
    if (!out.includes(id)) out.push(id);
  }
  if (out.length) return out.slice(0, MAX_PLACES);
  const after = placeAfter(ctx, t, clause, roles, own);
  return after ? [after] : [];
}

/** Whether token k is the "to" of an infinitive ("to expel"), not a preposition ("to the city", "to Kyiv", "to 2019"). */
function infinitive(ctx: Ctx, k: number): boolean {
  if (ctx.lower[k] !== 'to' || ctx.mentionStartingAt[k + 1] !== -1) return false;
  const w = ctx.lower[k + 1] ?? '';
  return /^[a-z]+$/.test(w) && !DETERMINERS.has(w) && !/^\d/.test(w);
}

/**
 * Last resort: the nearest GPE/LOC after the trigger in its clause, outside a non-spatial
 * prepositional phrase ("killed 60 people fleeing X town" → X). Never one before the trigger:
 * that is a subject or describes one. Never an agent.
 */
function placeAfter(ctx: Ctx, t: Trigger, clause: Clause, roles: Roles, own = Infinity): string | null {
  for (let k = t.last + 1; k < clause.end && k <= t.last + WINDOW && k < own; k++) {
    // "voted on a resolution to expel X troops": a place inside what was voted on, planned or
    // demanded is not where the event happened ("the first hurricane to reach X" did reach it).
    if (k > t.last + 1 && infinitive(ctx, k)) return null;
    // "Following the vote, a X spokesperson said": past a comma lies another phrase, unless it names
    // the place a place noun stands for ("in the capital, Tunis").
    if (ctx.lower[k] === ',' && !PLACE_NOUNS.has(ctx.lower[k - 1])) return null;
    const m = ctx.mentionStartingAt[k];
    if (m === -1) continue;
    const mn = ctx.mentions[m];
    if (mn.type !== 'GPE' && mn.type !== 'LOC') continue;
    const g = governorAt(ctx, k, clause.start);
    if (g >= 0 && !PLACE_PREPS.has(ctx.lower[g])) continue;
    if (roles.participants.some((p) => p.entity === mn.entity && p.role === 'agent')) continue;
    return mn.entity;
  }
  return null;
}

/** Tokens [from, to) of the ", who / which …," clause that token k stands in, or null. */
function relativeClauseAt(ctx: Ctx, k: number, lo: number, hi: number): [number, number] | null {
  let i = k - 1;
  while (i > lo && ctx.lower[i] !== ',' && i > k - 20) i--;
  if (i <= lo || ctx.lower[i] !== ',' || !/^(?:who|which|whose)$/.test(ctx.lower[i + 1])) return null;
  let e = k + 1;
  while (e < hi && ctx.lower[e] !== ',' && e < k + 20) e++;
  return [i, e];
}
