import { NUMBER_WORDS, TENS, VAGUE_COUNTS } from './lexicon.js';
import type { Toks } from './tokens.js';

/** A count read from the text: NaN for a vague one ("several"), `approx` for "a couple of". */
export interface Count {
  n: number;
  end: number;
  approx?: boolean;
}

/** Reads "a", "24", "2 1/2", "twenty four", "twenty-four", "one hundred", "several", "a few", "a couple of". */
export function readCount(tt: Toks, i: number, lim: number): Count | null {
  const w = tt.key(i);
  if (w === '#') {
    const t = tt.at(i);
    if (t.sfx !== '' || t.digits > 6) return null;
    let n = t.num;
    let end = i + 1;
    // "2 1/2 years"
    if (end + 2 < lim && tt.word(end + 1) === '/' && tt.key(end) === '#' && tt.key(end + 2) === '#' && tt.at(end + 2).num > 0) {
      n += tt.at(end).num / tt.at(end + 2).num;
      end += 3;
    }
    return { n, end };
  }
  if (w === 'a' || w === 'an' || w === 'one') {
    const nx = i + 1 < lim ? tt.word(i + 1) : '';
    if (nx === 'few') return { n: NaN, end: i + 2 };
    if (nx === 'couple') return { n: 2, end: i + 2 < lim && tt.word(i + 2) === 'of' ? i + 3 : i + 2, approx: true };
    if (nx === 'hundred' || nx === 'thousand') return { n: nx === 'hundred' ? 100 : 1000, end: i + 2 };
    if (nx === 'half') return { n: 0.5, end: i + 2 };
    if (w === 'one') return wordNumber(tt, i, lim);
    return { n: 1, end: i + 1 };
  }
  if (VAGUE_COUNTS.has(w)) {
    // "the next couple of years"; a bare "couple" is a pair of people.
    if (w === 'couple') return i + 1 < lim && tt.word(i + 1) === 'of' ? { n: 2, end: i + 2, approx: true } : null;
    return { n: NaN, end: i + 1 };
  }
  if (w === 'half') return { n: 0.5, end: i + 1 };
  if (NUMBER_WORDS.has(w)) return wordNumber(tt, i, lim);
  return null;
}

/** "twenty four", "twenty-four", "one hundred and ten", "two thousand". */
function wordNumber(tt: Toks, i: number, lim: number): Count | null {
  let total = 0;
  let cur = 0;
  let j = i;
  let end = i;
  // What may follow: 'any' at the start, 'unit' after a ten ("twenty four"), 'small' after hundred.
  let may: 'any' | 'unit' | 'small' | 'none' = 'any';
  while (j < lim) {
    const w = tt.word(j);
    const v = w === 'dozen' ? undefined : NUMBER_WORDS.get(w);
    if (v !== undefined && (may === 'any' || may === 'small' || (may === 'unit' && v < 10))) {
      cur += v;
      j++;
      end = j;
      may = TENS.has(w) ? 'unit' : 'none';
      if (may === 'unit' && j + 1 < lim && tt.word(j) === '-' && (NUMBER_WORDS.get(tt.word(j + 1)) ?? 99) < 10) j++;
      continue;
    }
    if (end > i && (w === 'hundred' || w === 'thousand')) {
      if (w === 'hundred') cur = (cur || 1) * 100;
      else {
        total += (cur || 1) * 1000;
        cur = 0;
      }
      j++;
      end = j;
      may = 'small';
      if (j + 1 < lim && tt.word(j) === 'and' && NUMBER_WORDS.has(tt.word(j + 1))) j++;
      continue;
    }
    break;
  }
  if (end === i) return null;
  return { n: total + cur, end };
}
