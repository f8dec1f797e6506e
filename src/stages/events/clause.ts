/**
 * The clause around a trigger, as a token window: from the last clause break before it to the
 * next one after it, never more than WINDOW tokens either side (so a 200,000-character
 * sentence with no punctuation costs the same per trigger as a short one).
 */
import type { Ctx } from './context.js';
import type { Trigger } from './find.js';
import { CLAUSE_MARKS, CLAUSE_WORDS, COORD, DETERMINERS, PREPOSITIONS } from './words.js';

export const WINDOW = 40;

export interface Clause {
  /** First token of the clause. */
  start: number;
  /** One past its last token. */
  end: number;
  /** The clause word that opened it ("who", "that"), when one did. */
  opener: string | null;
}

function isBreak(ctx: Ctx, i: number): boolean {
  const w = ctx.lower[i];
  if (CLAUSE_MARKS.has(w) || CLAUSE_WORDS.has(w)) return true;
  // ", and" / ", but" start a new clause; a bare "and" joins verbs that share a subject.
  return COORD.has(w) && i > 0 && ctx.lower[i - 1] === ',';
}

export function clauseOf(ctx: Ctx, t: Trigger): Clause {
  const s = ctx.sentences[t.sentence];
  let start = t.first;
  let opener: string | null = null;
  for (let i = t.first - 1; i >= s.tokenStart && i >= t.first - WINDOW; i--) {
    if (isBreak(ctx, i)) {
      opener = ctx.lower[i];
      break;
    }
    start = i;
  }
  let end = t.last + 1;
  for (let i = t.last + 1; i < s.tokenEnd && i <= t.last + WINDOW; i++) {
    if (isBreak(ctx, i)) break;
    end = i + 1;
  }
  return { start, end, opener };
}

/**
 * The preposition governing a mention starting at token `a` ("in the Donbas region" → "in"),
 * looking past determiners and numbers, and through coordination ("in X and Y" → "in" for Y).
 * Null when the mention is not in a prepositional phrase.
 */
export function governor(ctx: Ctx, a: number, floor: number): string | null {
  const j = governorAt(ctx, a, floor);
  return j < 0 ? null : ctx.lower[j];
}

/** Token index of the governing preposition (see `governor`), or -1. */
export function governorAt(ctx: Ctx, a: number, floor: number, depth = 0): number {
  let j = a - 1;
  let placeNoun = false;
  for (let skip = 0; skip < 3 && j >= floor && skippable(ctx, j); skip++, j--) if (PLACE_NOUNS.has(ctx.lower[j])) placeNoun = true;
  if (j < floor) return -1;
  const w = ctx.lower[j];
  // "in the Russian-controlled city of Donetsk": "of" after a place noun; the phrase's own preposition governs.
  if (w === 'of' && j - 1 >= floor && PLACE_NOUNS.has(ctx.lower[j - 1])) {
    for (let k = j - 2; k >= floor && k >= j - 6; k--) {
      const x = ctx.lower[k];
      if (PREPOSITIONS.has(x)) return k;
      if (!(DETERMINERS.has(x) || /^[\p{L}-]+$/u.test(x)) || CLAUSE_WORDS.has(x)) break;
    }
    return j;
  }
  if (PREPOSITIONS.has(w)) return j;
  // "in French capital Paris", "in the United States capital city Washington DC": a place or a
  // people's name before a place noun belongs to the same phrase as the place after it.
  const before = ctx.mentionEndingAt[j];
  if (placeNoun && before !== -1 && depth < 4 && APPOSED_TYPES.has(ctx.mentions[before].type)) {
    return governorAt(ctx, tokenOfMentionStart(ctx, before, j), floor, depth + 1);
  }
  if ((w === 'and' || w === ',' || w === 'or') && depth < 4 && j - 1 >= floor) {
    const m = ctx.mentionEndingAt[j - 1];
    if (m === -1) return -1;
    // "in Washington DC, Arnav Gupta set …": a comma after a place opens the clause's subject, not a list.
    const here = ctx.mentionStartingAt[a];
    if (w === ',' && here !== -1 && ctx.mentions[here].type === 'PERSON' && APPOSED_TYPES.has(ctx.mentions[m].type)) return -1;
    const g = governorAt(ctx, tokenOfMentionStart(ctx, m, j - 1), floor, depth + 1);
    // "According to X, Y died": the comma closes the source phrase; Y is no second source.
    if (w === ',' && g > 0 && ctx.lower[g] === 'to' && ctx.lower[g - 1] === 'according') return -1;
    return g;
  }
  return -1;
}

const APPOSED_TYPES = new Set(['GPE', 'LOC', 'NORP']);

/** Words between a preposition and its place: "in the French capital Paris", "at 3 sites". */
export const PLACE_NOUNS: ReadonlySet<string> = new Set(['capital', 'city', 'town', 'village', 'province', 'region', 'district', 'state',
  'county', 'country', 'port', 'area', 'neighbourhood', 'neighborhood', 'suburb', 'island', 'coastal', 'northern',
  'southern', 'eastern', 'western', 'central', 'occupied', 'besieged', 'nearby', 'neighbouring', 'neighboring']);

function skippable(ctx: Ctx, j: number): boolean {
  const w = ctx.lower[j];
  if (DETERMINERS.has(w) || /^\d/.test(w) || PLACE_NOUNS.has(w)) return true;
  if (PREPOSITIONS.has(w) || CLAUSE_WORDS.has(w)) return false;
  // A capitalised word that is not itself a name ("French" in "the French capital Paris").
  const c = ctx.tokens[j].text.charCodeAt(0);
  return c >= 65 && c <= 90 && ctx.mentionEndingAt[j] === -1 && ctx.insideName[j] === -1 && ctx.mentionStartingAt[j] === -1;
}

/** First token of mention `m`, which ends at token `endTok` (a short bounded walk back). */
export function tokenOfMentionStart(ctx: Ctx, m: number, endTok: number): number {
  const start = ctx.mentions[m].start;
  let k = endTok;
  while (k > 0 && ctx.tokens[k].start > start && endTok - k < 64) k--;
  return k;
}
