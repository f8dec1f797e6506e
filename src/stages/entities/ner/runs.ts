/**
 * Capitalised runs of a sentence ("Hong Kong Open", "Treaty of Baden", "Bank of England"): each
 * token of a run of two or more capitalised words gets the run's last and first words, their
 * gazetteer categories, and the words just before and after the run (templates.ts runHeadKey),
 * so a name's head ("Open", "Treaty", "Bank") and context inform every word of it, not only
 * its neighbours. Headlines (nearly all capitals) are skipped by the caller.
 */
import { strHash } from './hash.js';
import { runAfterKey, runBeforeKey, runFirstKey, runFirstWordKey, runHeadKey, runHeadWordKey } from './templates.js';
import type { WordEntry } from './words.js';

/** Lower-case words allowed inside a capitalised run when a capitalised word follows. */
const RUN_LINKS = new Set(['of', 'de', 'for', 'and', '&', 'the', 'on', 'du', 'la', 'del', 'von', 'van']);

const catsHash = (cats: readonly string[]) => strHash(cats.join(','));

/** Keys per token in capitalisedRuns' output: last- and first-word categories, last and first words, words before and after. */
export const RUN_KEYS = 6;

/** Fills out[RUN_KEYS·i …] for tokens 0 … n-1 of `ents` (padded by 2), 0 where none: see runHeadKey. */
export function capitalisedRuns(ents: readonly WordEntry[], n: number, out: number[]): void {
  out.length = RUN_KEYS * n;
  out.fill(0);
  const cap = (i: number) => i < n && ents[i + 2].capitalised && !ents[i + 2].boundary;
  for (let i = 0; i < n; ) {
    if (!cap(i)) {
      i++;
      continue;
    }
    let j = i;
    for (;;) {
      if (cap(j + 1)) j += 1;
      else if (j + 2 < n && RUN_LINKS.has(ents[j + 3].lower) && cap(j + 2)) j += 2;
      else break;
    }
    if (j > i) {
      const last = ents[j + 2].cats;
      const first = ents[i + 2].cats;
      const lastWord = ents[j + 2].hL;
      const firstWord = ents[i + 2].hL;
      const hl = last ? catsHash(last) : 0;
      const hf = first ? catsHash(first) : 0;
      for (let k = i; k <= j; k++) {
        const o = RUN_KEYS * k;
        if (last) out[o] = runHeadKey(hl, k === j);
        if (first) out[o + 1] = runFirstKey(hf, k === i);
        out[o + 2] = runHeadWordKey(lastWord, k === j);
        out[o + 3] = runFirstWordKey(firstWord, k === i);
        out[o + 4] = runBeforeKey(ents[i + 1].hL);
        out[o + 5] = runAfterKey(ents[j + 3].hL);
      }
    }
    i = j + 1;
  }
}
