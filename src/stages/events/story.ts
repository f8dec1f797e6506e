/**
 * Time carried over a continued story: "On <date>, forces killed … . Eight families were
 * exterminated …" — the second event happened on the same date. An undated incident inherits
 * the date of the previous dated incident of its paragraph when it is told in the past (or
 * as a noun), at most two sentences on, with no other date in between or in its own sentence,
 * and nothing in its clause that speaks of the present ("still", "now").
 */
import type { Ctx } from './context.js';
import type { Trigger } from './find.js';
import type { Clause } from './clause.js';
import { EVENT_TYPES } from './lexicon.js';
import { PRESENT_MARKERS } from './words.js';

export interface Dated {
  type: string;
  time?: string;
  paragraph: number;
  sentence: number;
  /** Whether this event may take an earlier event's date (past tense, incident, no timex). */
  inherits: boolean;
}

const MAX_SENTENCE_GAP = 2;
const PROGRESSIVE_AUX = new Set(['is', 'are', 'am', '’re', "'re", 'remain', 'remains']);

/** Whether the trigger is told as a past happening, not a present or future one. */
export function toldInPast(ctx: Ctx, t: Trigger): boolean {
  if (EVENT_TYPES[t.type]?.family !== 'incident') return false;
  if (t.form === 'base' || t.form === 's') return false;
  if (t.form === 'ing' && t.first > 0 && PROGRESSIVE_AUX.has(ctx.lower[t.first - 1])) return false;
  return true;
}

/** Whether a clause speaks of the present ("now", "still", "today"). */
export function presentClause(ctx: Ctx, clause: Clause): boolean {
  for (let k = clause.start; k < clause.end; k++) if (PRESENT_MARKERS.has(ctx.lower[k])) return true;
  return false;
}

/** Fills `time` in place; `hasTimex[si]` says whether sentence si has a DATE/TIME timex. */
export function inheritTimes(events: Dated[], hasTimex: Uint8Array): void {
  let last: Dated | null = null;
  for (const e of events) {
    if (e.time) {
      last = EVENT_TYPES[e.type]?.family === 'incident' ? e : null;
      continue;
    }
    if (!e.inherits || !last || last.paragraph !== e.paragraph) continue;
    if (e.sentence - last.sentence > MAX_SENTENCE_GAP) continue;
    let between = false;
    for (let si = last.sentence + 1; si <= e.sentence; si++) if (hasTimex[si]) between = true;
    if (between) continue;
    e.time = last.time;
    last = e;
  }
}

/** What inheritPlaces reads of an event. */
export interface Placed {
  type: string;
  places: string[];
  paragraph: number;
  sentence: number;
  /** Whether this event may take an earlier event's places (an incident told in the past, in no clause of the present). */
  placeInherits: boolean;
}

/**
 * Places carried over a continued story the same way: "A fire broke out at a market in Kharkiv on Monday. The
 * death toll, officials said, has risen to 24." — the deaths happened where the fire did. An incident with no
 * place of its own takes the places of the previous incident with places in its paragraph, at most two sentences
 * on, when no sentence from there to it names another place (`hasPlace[si]`); or, in its own sentence, the places of
 * the next incident there.
 */
export function inheritPlaces(events: Placed[], hasPlace: Uint8Array): void {
  // "At least 27 people were killed on Sunday when shells hit a market in Donetsk": within one sentence an incident with no
  // place of its own happened where the next incident of that sentence did.
  for (let i = events.length - 2; i >= 0; i--) {
    const e = events[i];
    const next = events[i + 1];
    if (e.places.length || !e.placeInherits || next.sentence !== e.sentence || !next.places.length) continue;
    if (EVENT_TYPES[e.type]?.family === 'incident' && EVENT_TYPES[next.type]?.family === 'incident') e.places = [...next.places];
  }
  let last: Placed | null = null;
  for (const e of events) {
    if (e.places.length) {
      last = EVENT_TYPES[e.type]?.family === 'incident' ? e : null;
      continue;
    }
    if (!e.placeInherits || !last || last.paragraph !== e.paragraph || e.sentence - last.sentence > MAX_SENTENCE_GAP) continue;
    let other = false;
    for (let si = last.sentence + 1; si <= e.sentence; si++) if (hasPlace[si]) other = true;
    if (other) continue;
    e.places = [...last.places];
  }
}
