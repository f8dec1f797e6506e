/**
 * Hedges: the words just before a number ("as many as", "some", "at least") or just after it
 * ("or more", "-plus") that say how exact it is. They are not part of the figure's span.
 */
import type { Hedge } from '../../core/layers.js';
import type { TokenView } from './read.js';
import { tollAt } from './role.js';

type Phrase = { words: string[]; hedge: Hedge };

function phrases(hedge: Hedge, list: string): Phrase[] {
  return list.split('|').map((p) => ({ words: p.split(' '), hedge }));
}

/**
 * The phrases grouped by one of their words (the one next to the number), each group in the
 * order of the list: a lookup tries only the few phrases that can end (or start) there.
 */
function byWord(list: Phrase[], pick: (words: string[]) => string): Map<string, Phrase[]> {
  const m = new Map<string, Phrase[]>();
  for (const p of list) {
    const w = pick(p.words);
    const group = m.get(w);
    if (group) group.push(p);
    else m.set(w, [p]);
  }
  return m;
}

/** Longest phrases first, so "no more than" wins over "more than". */
const BEFORE: Phrase[] = [
  ...phrases('approx', 'about|around|roughly|approximately|approx|approx.|some|nearly|almost|close to|an estimated|estimated|' +
    'circa|ca.|c.|~|more or less|in the region of|on the order of|something like|an approximate|somewhere around|' +
    'in the neighborhood of|in the neighbourhood of|an approximately|just about|give or take'),
  ...phrases('at-least', 'at least|more than|over|upwards of|upward of|no fewer than|no less than|not less than|' +
    'in excess of|greater than|larger than|higher than|bigger than|above|exceeding|exceeded|exceeds|exceed|surpassing|' +
    'surpassed|surpass|a minimum of|at minimum|>|>=|≥|> =|at least or equal to|equal to or more than|' +
    'equal to or greater than|more than or equal to|greater than or equal to|bigger or equal than|higher or equal than|' +
    'larger or equal than|greater or equal than|not fewer than|a total of more than|well over|just over|well above|' +
    'passes|passed|tops|topped|crosses|crossed'),
  ...phrases('at-most', 'as many as|up to|fewer than|less than|under|no more than|not more than|at most|a maximum of|' +
    'at maximum|below|as much as|as high as|smaller than|lower than|<|<=|≤|< =|less than or equal to|' +
    'equal to or less than|equal to or fewer than|smaller or equal than|less or equal than|lower or equal than|' +
    'not exceeding|no higher than|just under|well under|well below|as few as|as little as'),
  ...phrases('exact', 'exactly|precisely|equal to|equals|equaling to|equals to|just|only|a total of'),
].sort((a, b) => b.words.length - a.words.length);

/** Verbs of going past a mark: a hedge only after a count ("the death toll passed 1,000"). */
export const MARK_VERBS = new Set(['passes', 'passed', 'tops', 'topped', 'crosses', 'crossed']);
const COUNT_NOUNS = new Set(['toll', 'tally', 'count', 'total', 'number', 'numbers', 'cases', 'deaths', 'infections', 'casualties', 'figure', 'turnout', 'attendance']);

/** A count noun within three tokens before token `k` ("the death toll has | passed"). */
function countBefore(v: TokenView, k: number, from: number): boolean {
  for (let j = k - 1; j >= from && j >= k - 3; j--) if (COUNT_NOUNS.has(v.tokens[j].text.toLowerCase())) return true;
  // "The death toll from an earthquake that struck … on Monday passed 2,000": a toll is a count, however long its complement.
  return k - 1 >= from && tollAt(v, k - 1, from) >= 0;
}

const BEFORE_BY_LAST = byWord(BEFORE, (words) => words[words.length - 1]);

export interface HedgeMatch {
  hedge: Hedge;
  /** First token of the hedge phrase (for the expression's extent). */
  first: number;
}

/** The hedge phrase ending right before token `at` (not before `from`), if any. */
export function hedgeBefore(v: TokenView, at: number, from: number): HedgeMatch | null {
  if (at <= from) return null;
  const candidates = BEFORE_BY_LAST.get(v.tokens[at - 1].text.toLowerCase());
  if (candidates === undefined) return null;
  for (const p of candidates) {
    const n = p.words.length;
    if (at - n < from) continue;
    let ok = true;
    for (let j = 0; j < n - 1; j++) {
      if (v.tokens[at - n + j].text.toLowerCase() !== p.words[j]) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    // "death toll passes 30,000", "cases topped 1,000": only a count that went past a mark ("He passed 3 cars" is none).
    if (MARK_VERBS.has(p.words[0]) && !countBefore(v, at - n, from)) continue;
    // "<>30", "=>30": not comparisons we read.
    const sym = p.words[0];
    if ((sym === '<' || sym === '>') && at - n - 1 >= from && /^[<>=]$/.test(v.tokens[at - n - 1].text) &&
      v.tokens[at - n - 1].end === v.tokens[at - n].start) return null;
    return { hedge: p.hedge, first: at - n };
  }
  return null;
}

const AFTER: Phrase[] = [
  ...phrases('at-least', 'or more|and more|or greater|or above|or higher|or over|plus|+|-plus|or greater than|or more than|and above|and over|or upwards'),
  ...phrases('at-most', 'or less|or fewer|or below|or under|or lower|or less than|at most|and under|and below|or smaller'),
  ...phrases('approx', 'or so|odd|or thereabouts|approx|approx.'),
  // "less than 5000 or equal": the bound stays what it was.
  ...phrases('exact', 'or equal|or equal to'),
].sort((a, b) => b.words.length - a.words.length);
const AFTER_BY_FIRST = byWord(AFTER, (words) => words[0]);

function isNumberToken(s: string | undefined): boolean {
  if (s === undefined) return false;
  const c = s.charCodeAt(0);
  return (c >= 48 && c <= 57) || /^(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a)$/i.test(s);
}

/** A hedge right after the expression that ends before token `at` ("20 or more", "100-plus"). */
export function hedgeAfter(v: TokenView, at: number, lim: number): { hedge: Hedge; last: number } | null {
  const candidates = at < lim ? AFTER_BY_FIRST.get(v.tokens[at].text.toLowerCase()) : undefined;
  for (const p of candidates ?? []) {
    const n = p.words.length;
    if (at + n > lim) continue;
    let ok = true;
    for (let j = 1; j < n; j++) {
      if (v.tokens[at + j].text.toLowerCase() !== p.words[j]) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    // "200 or greater than 190": the comparison belongs to the next number.
    if (p.words.length > 1 && at + n < lim) {
      const next = v.tokens[at + n].text.toLowerCase();
      if (isNumberToken(next)) continue;
      if ((next === 'than' || next === 'to') && at + n + 1 < lim && isNumberToken(v.tokens[at + n + 1].text)) continue;
    }
    // "+" and "plus" count only when glued or followed by a noun, not "5 plus 3".
    if ((p.words[0] === '+' || p.words[0] === 'plus' || p.words[0] === 'odd') && v.tokens[at].start !== v.tokens[at - 1].end) {
      if (p.words[0] !== 'odd') continue;
    }
    if (p.words[0] === 'plus' && at + 1 < lim && /^\d/.test(v.tokens[at + 1].text)) continue;
    return { hedge: p.hedge, last: at + n };
  }
  // "100-plus" arrives as "-" + "plus" tokens.
  if (at + 1 < lim && v.tokens[at].text === '-' && v.tokens[at + 1].text.toLowerCase() === 'plus' &&
    v.tokens[at].start === v.tokens[at - 1].end) return { hedge: 'at-least', last: at + 2 };
  return null;
}
