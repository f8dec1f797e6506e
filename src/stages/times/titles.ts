import { FREQUENCY_ADVERBS, PARTS_OF_DAY, REF_WORDS, UNITS } from './lexicon.js';
import type { Toks } from './tokens.js';

/** Common time words that are lower case in running text; capitalised mid-sentence they belong to a title. */
const COMMON = new Set<string>([
  ...UNITS.keys(), ...PARTS_OF_DAY.keys(), ...REF_WORDS.keys(), ...FREQUENCY_ADVERBS.keys(), 'noon', 'today', 'tonight', 'tomorrow', 'yesterday', 'future', 'past', 'present',
]);
/** Words before which a capitalised "Day" or "Eve" is part of a holiday name. */
const HOLIDAY_BEFORE = new Set(['christmas', "'s", '’s', "'", 'thanksgiving', 'new', 'year', 'easter', 'labor', 'memorial', 'independence', 'election', 'boxing', 'veterans', 'veteran', 'presidents', 'president']);

/**
 * Is the span [start, end) part of a name or title ("ABC's This Week", "High Noon", "60 Minutes",
 * "VOA Today", "the Daily Mail")? True when one of its common time words is capitalised right after another word
 * or number of the same sentence, where running text would write it in lower case.
 */
export function inTitle(tt: Toks, start: number, end: number): boolean {
  for (let k = Math.max(1, start); k < end; k++) {
    const w = tt.word(k);
    if (!COMMON.has(w) || !tt.at(k).cap || tt.sent[k - 1] !== tt.sent[k]) continue;
    const p = tt.word(k - 1);
    // After "Co." or "Inc." a new sentence may have begun unseen.
    if (HOLIDAY_BEFORE.has(p) || tt.at(k - 1).dot) continue;
    if (/^[\p{L}\d]/u.test(p)) return true;
  }
  return false;
}
