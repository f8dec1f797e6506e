import type { Slot } from './matcher.js';
import { RULES, type Rule } from './rules.js';
import type { Toks } from './tokens.js';
import { NON_ASCII, WordIds } from './word-ids.js';

/**
 * Which rules to try at a token, from its word and the next one. Trying a rule costs far more
 * than looking at the two words: "the" alone could start 24 rules, yet followed by "president"
 * it can start none. Both filters are supersets (a slot's `starts` holds every word it can
 * accept), so the matches found are the same as trying every rule at every token.
 */

/** Every word some slot may start at or read second ('#': any number); no slot reads a word outside it. */
const VOCAB = new WordIds(RULES.flatMap((r) => r.slots.flatMap((s) => [...s.starts, ...s.second])));
const NUMBER = VOCAB.get('#');
export const THE = VOCAB.get('the');

/** An optional comma, hyphen or slash never starts a span (it would be trimmed anyway). */
const punctOnly = (s: Slot): boolean => s.opt && s.words.length > 0 && s.words.every((x) => x === ',' || x === '-' || x === '/');

/** Rules that may start at word `w`, in priority order. */
function startingWith(w: string): readonly Rule[] {
  return RULES.filter((r) => {
    for (const s of r.slots) {
      if (punctOnly(s)) continue;
      if (s.starts.has(w)) return true;
      if (!s.opt) return false;
    }
    return false;
  });
}

/**
 * Can `slots`, having taken a first token with word `w` (and so having begun at it), go on
 * to a second token with word `v` ('' for none that any slot reads, or the sentence end)?
 * Either the slot that took `w` reads `v` too ("two hundred"), or it ends there and a later
 * slot starts at `v`, or every later slot is optional.
 */
function mayContinue(slots: readonly Slot[], w: string, v: string): boolean {
  for (let k = 0; k < slots.length; k++) {
    if (slots[k].starts.has(w)) {
      if (slots[k].second.has(v)) return true;
      for (let j = k + 1; ; j++) {
        if (j === slots.length || slots[j].starts.has(v)) return true;
        if (!slots[j].opt) break;
      }
    }
    if (!slots[k].opt) return false;
  }
  return false;
}

const STARTS: ReadonlyArray<readonly Rule[]> = VOCAB.words.map(startingWith);
/** [start id][next id + 1]: the rules of STARTS[start id] that may go on to the next word; filled on first use. */
const NEXT: Array<Array<readonly Rule[] | undefined> | undefined> = [];

/** The vocabulary id of a lower-case word ('#' for numbers), or -1. */
export const vocabularyId = (w: string): number => VOCAB.get(w);

/** The vocabulary id of token i's word ('#' for a number), or -1 for a word no slot reads. */
export function wordId(tt: Toks, i: number): number {
  const text = tt.text;
  const s = tt.s[i];
  let e = tt.e[i];
  const c0 = text.charCodeAt(s);
  if (c0 >= 48 && c0 <= 57) return NUMBER;
  // As `Toks.word`: an abbreviation's period is no part of the word.
  if (e - s > 1 && text.charCodeAt(e - 1) === 46) e--;
  const id = VOCAB.probe(text, s, e);
  return id === NON_ASCII ? VOCAB.get(tt.word(i)) : id;
}

/** Can anything start at a word with this id? */
export const startsSomething = (id: number): boolean => id >= 0 && STARTS[id].length > 0;

/** The rules to try at a token with word id `id` followed by one with `next` (-1: none or unread). */
export function candidateRules(id: number, next: number): readonly Rule[] {
  if (id < 0) return [];
  const row = (NEXT[id] ??= new Array(VOCAB.size + 1));
  return (row[next + 1] ??= STARTS[id].filter((r) => mayContinue(r.slots, VOCAB.words[id], next < 0 ? '' : VOCAB.words[next])));
}
