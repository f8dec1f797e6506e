/**
 * Gazetteer marks per token: for each category, the longest phrase starting at each token,
 * marked B on its first token and I on the others (as codes, see markCode). Single words are
 * looked up once per distinct word (words.ts); phrases are built only while some longer
 * gazetteer entry still continues them.
 */
import { markCode } from './templates.js';
import { MAX_GAZ_TOKENS, type Gazetteer } from './resources.js';

/** What a word contributes as the start of a phrase. */
export interface GazetteerWord {
  lower: string;
  /** Categories of the word alone, or null. */
  cats: readonly string[] | null;
  /** Does some longer phrase start with this word? */
  continues: boolean;
}

const CATS = new Map<string, readonly string[]>();

/** Categories of a table value "cat,cat" (interned: the same values recur). */
export function categories(value: string | undefined): readonly string[] | null {
  if (!value) return null;
  let c = CATS.get(value);
  if (!c) {
    if (CATS.size > 10_000) CATS.clear();
    CATS.set(value, (c = value.split(',')));
  }
  return c;
}

interface PhraseHit {
  cats: readonly string[] | null;
  continues: boolean;
}
/** Phrase lookups by gazetteer: the same bigrams recur across documents, and the table is a binary search. */
const PHRASES = new WeakMap<Gazetteer, Map<string, PhraseHit>>();

function lookupPhrase(gaz: Gazetteer, phrase: string): PhraseHit {
  let cache = PHRASES.get(gaz);
  if (!cache) PHRASES.set(gaz, (cache = new Map()));
  let hit = cache.get(phrase);
  if (!hit) {
    if (cache.size > 50_000) cache.clear();
    cache.set(phrase, (hit = { cats: categories(gaz.get(phrase)), continues: gaz.continues(phrase) }));
  }
  return hit;
}

/** Marks of tokens [from, to) of `words`, written to marks[i - from] (null: no mark). */
export function gazetteerMarks(words: readonly GazetteerWord[], from: number, to: number, gaz: Gazetteer, marks: (number[] | null)[]): void {
  for (let i = from; i < to; i++) marks[i - from] = null;
  let ends: Map<string, number> | null = null;
  for (let i = from; i < to; i++) {
    const first = words[i];
    if (!first.cats && !first.continues) continue;
    ends?.clear();
    if (first.cats) for (const c of first.cats) (ends ??= new Map()).set(c, i + 1);
    if (first.continues) {
      let phrase = first.lower;
      for (let j = i + 1; j < to && j < i + MAX_GAZ_TOKENS; j++) {
        phrase = `${phrase} ${words[j].lower}`;
        const hit = lookupPhrase(gaz, phrase);
        if (hit.cats) for (const c of hit.cats) (ends ??= new Map()).set(c, j + 1);
        if (!hit.continues) break;
      }
    }
    if (!ends || ends.size === 0) continue;
    for (const [cat, end] of ends) {
      for (let k = i; k < end; k++) {
        const m = marks[k - from] ?? (marks[k - from] = []);
        const code = markCode(cat, k !== i);
        if (!m.includes(code)) m.push(code);
      }
    }
  }
}
