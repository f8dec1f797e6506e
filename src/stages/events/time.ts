/**
 * When it happened: the DATE/TIME timex of the trigger's sentence nearest to it, preferring a
 * calendar value (1992-02-26, XXXX-02) over a vague reference (PAST_REF). Durations and sets
 * say how long or how often, not when, and anniversaries date commemorations, so none of them
 * dates an event. A timex that modifies a noun with no event in it ("the 2020 census") or
 * stands in a relative clause ("the plane, which was built in 1977") dates only a trigger
 * inside that phrase or clause (and the event the clause tells of: "The war, which began in 2023,").
 */
import type { Timex } from '../../core/layers.js';
import { firstStartingAtOrAfter } from '../../core/span.js';
import type { Ctx } from './context.js';
import { itemsStartingIn, tokenEndingBy } from './context.js';
import type { Trigger } from './find.js';
import { CLAUSE_MARKS, CLAUSE_WORDS, DETERMINERS, MODALS, PASSIVE_AUX, PREPOSITIONS } from './words.js';

/** A timex that dates only triggers within tokens [from, to). */
interface Scoped {
  timex: Timex;
  from: number;
  to: number;
}

export interface SentenceTimes {
  /** Calendar-valued DATE/TIME timexes free to date any trigger of the sentence, by start. */
  concrete: Timex[];
  /** Vague DATE/TIME references (PRESENT_REF, PAST_REF, FUTURE_REF), by start. */
  vague: Timex[];
  /** Calendar-valued and vague timexes that date only the triggers in their phrase or clause, by start. */
  scopedConcrete: Scoped[];
  scopedVague: Scoped[];
  /** Whether the sentence has a DATE/TIME timex (then it does not inherit an earlier date). */
  any: boolean;
}

const RELATIVE_OPENERS = new Set(['which', 'who', 'whom', 'whose']);
/** Vague timexes that are adjectives: "two current Cabinet officers". */
const ADJECTIVE_TIMES = new Set(['current', 'recent', 'former', 'past', 'present', 'future', 'previous', 'then']);
/** How far a noun phrase runs after a prenominal date. */
const NP_REACH = 5;
/** Nouns for an occasion: a date before one ("the 2010 mine disaster") dates what happened at it. */
const OCCASIONS = new Set(('disaster disasters tragedy incident accident convention conference summit congress games olympics ' +
  'championship championships tournament cup season crisis revolution uprising war wars campaign race primary primaries caucus ' +
  'caucuses election elections referendum vote festival ceremony').split(' '));
/** Prepositions that set a time frame: "at the 1972 convention", "during the 2010 disaster". */
const FRAME_PREPS = new Set(['at', 'during', 'in', 'on', 'before', 'after', 'since', 'until', 'following', 'amid', 'throughout']);
/** Nouns that, before "of", make the phrase a time frame: "the start of the 2020 convention". */
const FRAME_NOUNS = new Set(['start', 'end', 'eve', 'beginning', 'run-up', 'middle', 'time', 'day', 'days', 'week', 'weeks', 'ahead', 'close', 'height', 'wake', 'aftermath']);

function capitalised(ctx: Ctx, i: number): boolean {
  const c = ctx.tokens[i].text.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** Whether token i ends a noun phrase; a dash inside a compound ("Egypt–Israel") does not. */
function endsPhrase(ctx: Ctx, i: number): boolean {
  const w = ctx.lower[i];
  if ((w === '–' || w === '-') && i > 0 && ctx.tokens[i - 1].end === ctx.tokens[i].start && ctx.tokens[i + 1]?.start === ctx.tokens[i].end) return false;
  // "Unite the Right", "Bank of England": a small word between capitalised words is inside a name.
  if ((w === 'the' || w === 'of') && i > 0 && capitalised(ctx, i - 1) && i + 1 < ctx.tokens.length && capitalised(ctx, i + 1)) return false;
  return PREPOSITIONS.has(w) || CLAUSE_WORDS.has(w) || CLAUSE_MARKS.has(w) || DETERMINERS.has(w) || PASSIVE_AUX.has(w) ||
    MODALS.has(w) || w === 'and' || w === 'or' || w === 'to' || !/^[\p{L}\d]/u.test(w);
}

/** Whether the noun phrase opening at token `det` is the object of a frame preposition ("at the", "before the start of the"). */
function framed(ctx: Ctx, det: number, lo: number): boolean {
  const p = det - 1 >= lo ? ctx.lower[det - 1] : '';
  if (FRAME_PREPS.has(p)) return true;
  if (p !== 'of') return false;
  for (let j = det - 2; j >= lo && j >= det - 4; j--) if (FRAME_NOUNS.has(ctx.lower[j])) return true;
  return false;
}

/**
 * The tokens a timex at tokens [a, b] may date, when narrower than its sentence: the noun phrase
 * it modifies ("to add a question to the 2020 census", "its 2019 budget", "two current officers"),
 * unless an event or an occasion is in it ("the 2020 presidential election") or it sets a time
 * frame ("at the 1972 convention"); or the relative clause after a comma it stands in (", which
 * was built in 1977"), unless that clause tells of the trigger before it (", which killed 20 in 2013").
 */
function scopeOf(ctx: Ctx, a: number, b: number, lo: number, hi: number, triggerAt: ReadonlySet<number>, vague: boolean): [number, number] | null {
  const before = a - 1 >= lo ? ctx.lower[a - 1] : '';
  const possessive = before === '’s' || before === "'s";
  // "the 2020 census", "Iraq's 2018 election"; "the next day" is a whole noun phrase of its own.
  // (A headline drops the article: "jailed over 1995 massacre".)
  const bare = PREPOSITIONS.has(before) && !FRAME_PREPS.has(before) && !vague;
  const det = !DETERMINERS.has(ctx.lower[a]) && (possessive || bare || DETERMINERS.has(before) || (vague && a === b && ADJECTIVE_TIMES.has(ctx.lower[a])));
  if (det && b + 1 < hi && !endsPhrase(ctx, b + 1)) {
    let end = b + 1;
    let trigger = false;
    let occasion = false;
    while (end < hi && end <= b + NP_REACH && !endsPhrase(ctx, end)) {
      // A name is one word of the phrase, whatever it holds ("the August 2017 Unite the Right rally").
      const m = ctx.mentionStartingAt[end];
      const next = m === -1 ? end + 1 : Math.max(end + 1, tokenEndingBy(ctx.tokens, ctx.mentions[m].end) + 1);
      for (let k = end; k < next; k++) {
        if (triggerAt.has(k)) trigger = true;
        if (OCCASIONS.has(ctx.lower[k])) occasion = true;
      }
      end = next;
    }
    const opener = DETERMINERS.has(before) ? a - 1 : a;
    const isFramed = framed(ctx, opener, lo);
    if (!trigger && !occasion && (possessive || !isFramed)) return [a, end];
    // "jailed for life over the 1995 massacre": the date of an event named in a phrase that frames nothing is that event's only.
    if (trigger && !occasion && !isFramed && !possessive) return [a, end];
  }
  for (let i = a - 1; i >= lo && i >= a - 40; i--) {
    const w = ctx.lower[i];
    if (!CLAUSE_MARKS.has(w) && !CLAUSE_WORDS.has(w)) continue;
    if (!RELATIVE_OPENERS.has(w)) return null;
    // ", which …" or ", in which …": a clause set off by a comma, whose end the next break marks.
    let c = i - 1;
    if (c >= lo && PREPOSITIONS.has(ctx.lower[c])) c--;
    if (c < lo || ctx.lower[c] !== ',') return null;
    let end = b + 1;
    while (end < hi && end <= b + 40 && !CLAUSE_MARKS.has(ctx.lower[end]) && !CLAUSE_WORDS.has(ctx.lower[end]) && ctx.lower[end] !== ',') end++;
    // ", which" after a trigger or a name holding one ("The war, which began in April 2023,", "Typhoon Haiyan, which
    // killed 6,000 in 2013") tells of that event: the date is the antecedent's too, not the main clause's ("… has killed").
    if (triggerAt.has(c - 1)) return [c - 1, end];
    const ant = c - 1 >= lo ? ctx.mentionEndingAt[c - 1] : -1;
    if (ant !== -1) {
      const first = firstStartingAtOrAfter(ctx.tokens, ctx.mentions[ant].start);
      for (let k = first; k < c; k++) if (triggerAt.has(k)) return [first, end];
    }
    return [i, end];
  }
  return null;
}

/** `triggerAt`: every token of the sentence's triggers. */
export function sentenceTimes(ctx: Ctx, si: number, triggerAt: ReadonlySet<number>): SentenceTimes {
  const s = ctx.sentences[si];
  const [a, b] = itemsStartingIn(ctx.times, (x) => x.span.start, s.start, s.end);
  const concrete: Timex[] = [];
  const vague: Timex[] = [];
  const scopedConcrete: Scoped[] = [];
  const scopedVague: Scoped[] = [];
  let any = false;
  for (let i = a; i < b; i++) {
    const x = ctx.times[i];
    if ((x.type !== 'DATE' && x.type !== 'TIME') || !x.value) continue;
    any = true;
    // "the 28th anniversary (of the massacre)" dates a commemoration, never the event itself.
    if (/anniversar/i.test(x.span.text)) continue;
    const calendar = /^(?:\d|X)/.test(x.value);
    const ta = firstStartingAtOrAfter(ctx.tokens, x.span.start);
    const tb = tokenEndingBy(ctx.tokens, x.span.end);
    const scope = tb >= ta ? scopeOf(ctx, ta, tb, s.tokenStart, s.tokenEnd, triggerAt, !calendar) : null;
    if (scope) (calendar ? scopedConcrete : scopedVague).push({ timex: x, from: scope[0], to: scope[1] });
    else (calendar ? concrete : vague).push(x);
  }
  return { concrete, vague, scopedConcrete, scopedVague, any };
}

const dist = (x: Timex, start: number, end: number): number =>
  x.span.end <= start ? start - x.span.end : x.span.start >= end ? x.span.start - end : 0;

/** The item in `sorted` whose timex is nearest to [start, end), by binary search on starts. */
function nearest<T>(sorted: readonly T[], timexOf: (x: T) => Timex, start: number, end: number): T | undefined {
  if (sorted.length === 0) return undefined;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (timexOf(sorted[mid]).span.start < start) lo = mid + 1;
    else hi = mid;
  }
  let best: T | undefined;
  // The nearest one starts just before or just after the trigger; an earlier long timex can
  // only win by overlapping, which its predecessor would show too.
  for (const i of [lo - 2, lo - 1, lo, lo + 1]) {
    const x = sorted[i];
    if (x && (!best || dist(timexOf(x), start, end) < dist(timexOf(best), start, end))) best = x;
  }
  return best;
}

const self = (x: Timex): Timex => x;
const scopedTimex = (x: Scoped): Timex => x.timex;

/** The nearer of the nearest free timex and the nearest scoped one, when its scope holds the trigger. */
function nearestFor(free: Timex[], scoped: Scoped[], ctx: Ctx, t: Trigger): Timex | undefined {
  const start = ctx.tokens[t.first].start;
  const end = ctx.tokens[t.last].end;
  const f = nearest(free, self, start, end);
  // Scopes are short phrases and clauses: a scoped timex that holds the trigger is next to it.
  const sc = nearest(scoped, scopedTimex, start, end);
  const inScope = sc && t.first >= sc.from && t.last < sc.to ? sc.timex : undefined;
  if (!f) return inScope;
  if (!inScope) return f;
  return dist(inScope, start, end) < dist(f, start, end) ? inScope : f;
}

/** The trigger's time; with `within`, only a timex inside those tokens (a named event's own clause). */
export function timeOf(ctx: Ctx, times: SentenceTimes, t: Trigger, within?: { start: number; end: number }): string | undefined {
  const x = nearestFor(times.concrete, times.scopedConcrete, ctx, t) ?? nearestFor(times.vague, times.scopedVague, ctx, t);
  if (!x || !within) return x?.value;
  const inside = ctx.tokens[within.start].start <= x.span.start && x.span.end <= ctx.tokens[within.end - 1].end;
  return inside ? x.value : undefined;
}
