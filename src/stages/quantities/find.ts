/**
 * Finds the figures of one sentence: numbers as read by `read.ts`, joined into percents,
 * ranges ("36-40", "between 36 and 40") and ratios ("one in five"), with currency signs,
 * unit words and hedges attached.
 */
import type { Hedge } from '../../core/layers.js';
import type { Figure } from './figure.js';
import { hedgeAfter, hedgeBefore } from './hedge.js';
import { DASHES, readAt, type Reading, type TokenView } from './read.js';
import { currencyBefore, measureUnit, unitAfter } from './units.js';
import { DENOMINATORS, SCALES, VULGAR, isNumberStarter, startsLikeNumberWord } from './words.js';
import { tidy } from './digits.js';

/** What a million counts in news ("2m residents", "5m tonnes"); before any other word a glued "m" is metres ("100m hurdles"). */
const MILLION_NOUNS = new Set(('people residents inhabitants citizens voters users customers viewers visitors passengers subscribers ' +
  'children refugees migrants households homes jobs doses vaccines cases deaths infections tonnes tons barrels litres gallons ' +
  'acres hectares shares copies euros dollars pounds members workers patients students followers signatures').split(' '));

/** Tokens that are not candidates (inside a date or a name) and must not be read through: 1 per masked token. */
export type Masked = Uint8Array;

const A_NEXT = new Set(['hundred', 'dozen', 'couple', ...SCALES.keys(), ...DENOMINATORS.keys()]);
const DETERMINERS_BEFORE_ONE = new Set(['the', 'this', 'that', 'which', 'each', 'every', 'any', 'no', 'another', 'any', 'such', 'whichever', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'last', 'other', 'first', 'second']);
const RANGE_WORDS = new Set(['to', 'through', 'thru', '~', '-', '–', '—', '−']);
const CHANGE_VERBS = new Set(
  ('rose rise rises rising risen fell fall falls falling fallen increased increase increases increasing decreased decrease ' +
    'decreases decreasing grew grow grows growing grown dropped drop drops dropping jumped jump jumps climbed climb climbs ' +
    'declined decline declines declining surged surge soared soar plunged plunge plummeted slipped slip raised raise cut ' +
    'cuts reduced reduce lowered lower boosted boost up down went go goes going changed change moved move revised shifted ' +
    'doubled tripled slid slumped tumbled leapt leaped widened narrowed expanded shrank shrunk')
    .split(' '),
);
const VAGUE_BEFORE = new Set(['several', 'few', 'many', 'some']);

function lower(v: TokenView, k: number): string {
  return v.tokens[k].text.toLowerCase();
}

/** "ten-storey": a number word glued to a noun by a hyphen (read.ts decides whether it counts). */
function gluedNumberStart(text: string): boolean {
  // The word before the hyphen starts the token: most tokens fail on their first two characters.
  if (!startsLikeNumberWord(text)) return false;
  const dash = text.indexOf('-');
  return dash > 2 && isNumberStarter(text.slice(0, dash));
}

function isCandidate(v: TokenView, k: number, lim: number): boolean {
  const t = v.tokens[k];
  const c = v.text.charCodeAt(t.start);
  if (c >= 48 && c <= 57) return true;
  if (c < 65) return false;
  if (!isNumberStarter(t.text)) return c > 127 ? VULGAR.has(t.text) : gluedNumberStart(t.text);
  const n = t.text.length;
  // "a"/"an" only before a multiplier or a denominator ("a dozen", "a third").
  if (n <= 2 && (c === 97 || c === 65) && (n === 1 || t.text[1] === 'n' || t.text[1] === 'N')) {
    return k + 1 < lim && A_NEXT.has(lower(v, k + 1));
  }
  return true;
}

/** "one" used as a pronoun: "the one", "this one", "one of the", "one another". */
function pronounOne(v: TokenView, r: Reading, from: number, lim: number): boolean {
  if (r.last - r.first !== 1) return false;
  const w = lower(v, r.first);
  // "his half of the prize", "the second half": "half" after a determiner is a noun.
  if (w === 'half') return r.first > from && DETERMINERS_BEFORE_ONE.has(lower(v, r.first - 1));
  if (r.value !== 1 || w !== 'one') return false;
  if (r.first > from && DETERMINERS_BEFORE_ONE.has(lower(v, r.first - 1))) return true;
  if (r.first > from && lower(v, r.first - 1) === 'no') return true;
  if (r.last < lim) {
    const n = lower(v, r.last);
    if (n === 'another' || n === 'day' || n === 'time' || n === 'way' || n === 'thing' || n === 'who' || n === 'that' || n === 'which') return true;
    if (n === 'of' && r.last + 1 < lim) return true;
  }
  return false;
}

const URL_SCAN = 200;

/** Whether offset `at` lies in a URL or an e-mail address (a run without spaces holding "://", "www." or "@"). */
function inLink(text: string, at: number, memo: { start: number; end: number; link: boolean }): boolean {
  if (at >= memo.start && at < memo.end) return memo.link;
  let s = at;
  while (s > 0 && at - s < URL_SCAN && !isSpace(text.charCodeAt(s - 1))) s--;
  let e = at;
  while (e < text.length && e - at < URL_SCAN && !isSpace(text.charCodeAt(e))) e++;
  const chunk = text.slice(s, e);
  memo.start = s;
  memo.end = e;
  memo.link = chunk.includes('://') || chunk.includes('www.') || (chunk.includes('@') && chunk.includes('.'));
  return memo.link;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/** The readings of a sentence [from, lim), in order. */
export function readSentence(v: TokenView, from: number, lim: number, masked?: Masked): Reading[] {
  const out: Reading[] = [];
  const memo = { start: -1, end: -1, link: false };
  for (let k = from; k < lim; ) {
    if ((masked !== undefined && masked[k] === 1) || !isCandidate(v, k, lim)) {
      k++;
      continue;
    }
    // Digits glued into a URL or an address ("%2020", "page?id=30") are not numbers of the text.
    if (k > from && v.tokens[k - 1].end === v.tokens[k].start && inLink(v.text, v.tokens[k].start, memo)) {
      k++;
      continue;
    }
    const before = out.length;
    const next = readAt(v, k, from, lim, out);
    // A reading that runs into masked tokens (a date, a name) is cut back to its own tokens.
    if (masked) {
      for (let j = before; j < out.length; j++) {
        const r = out[j];
        for (let t = r.first; t < r.last; t++) {
          if (masked[t] === 1) {
            out.length = before;
            break;
          }
        }
      }
    }
    for (let j = out.length - 1; j >= before; j--) if (pronounOne(v, out[j], from, lim)) out.splice(j, 1);
    k = Math.max(next, k + 1);
  }
  return out;
}

function percentAfter(v: TokenView, at: number, lim: number): { last: number; points: boolean } | null {
  if (at >= lim) return null;
  const w = lower(v, at);
  if (w === '%') {
    // "%28" in a URL is an escape, not a percent.
    const next = v.text.charCodeAt(v.tokens[at].end);
    if ((next >= 48 && next <= 57) || (next >= 65 && next <= 90) || (next >= 97 && next <= 122)) return null;
    return { last: at + 1, points: false };
  }
  if (w === 'percent' || w === 'percents' || w === 'pct' || w === 'pct.' || w === 'pc') {
    if (at + 1 < lim && (lower(v, at + 1) === 'points' || lower(v, at + 1) === 'point')) return { last: at + 2, points: true };
    return { last: at + 1, points: false };
  }
  if (w === 'per' && at + 1 < lim && lower(v, at + 1) === 'cent') return { last: at + 2, points: false };
  if (w === 'percentage-point' || w === 'percentage-points' || w === 'percent-point') return { last: at + 1, points: true };
  if (w === 'percentage') {
    if (at + 1 < lim && (lower(v, at + 1) === 'points' || lower(v, at + 1) === 'point')) return { last: at + 2, points: true };
    return { last: at + 1, points: false };
  }
  return null;
}

function toFigure(v: TokenView, r: Reading, from: number, lim: number): Figure {
  const f: Figure = {
    start: r.start, end: r.end, first: r.first, last: r.last, exprFirst: r.first, exprLast: r.last,
    value: r.value, hedge: 'exact', kind: r.kind, percent: false, points: false, words: r.words,
    multiplier: r.multiplier, money: false, score: false, after: r.last, from, lim, hedged: false, boundFirst: r.first,
  };
  if (r.unit) {
    f.unit = r.unit;
    f.unitCounted = v.tokens[r.first].text.slice(v.tokens[r.first].text.search(/\p{L}/u)).toLowerCase();
  }
  if (r.approx) f.hedge = 'approx';
  if (r.glued) {
    f.glued = true;
    f.unitCounted = r.glued;
    const m = measureUnit(r.glued);
    if (m) f.unit = m;
  }
  const p = percentAfter(v, r.last, lim);
  if (p && r.kind !== 'measure') {
    f.percent = true;
    f.points = p.points;
    f.percentLast = p.last;
    f.exprLast = p.last;
    f.after = p.last;
  }
  return f;
}

/** A glued dash at token `k` with a digit group beyond it (direction -1: to the left). */
function gluedDashDigit(v: TokenView, k: number, dir: 1 | -1, from: number, lim: number): boolean {
  const far = k + dir;
  if (k < from || k >= lim || far < from || far >= lim) return false;
  if (!DASHES.has(v.tokens[k].text) && v.tokens[k].text !== '+') return false;
  if (v.tokens[k].text === '+') return dir === -1 && v.tokens[k].end === v.tokens[k + 1].start;
  const [l, r] = dir === 1 ? [k - 1, k] : [k, k + 1];
  if (v.tokens[l].end !== v.tokens[r].start) return false;
  const c = v.text.charCodeAt(v.tokens[far].start);
  return c >= 48 && c <= 57 && (dir === 1 ? v.tokens[k].end === v.tokens[far].start : v.tokens[far].end === v.tokens[k].start);
}

/** Joins "36-40", "between 36 and 40", "from 5 to 10 million", "two or three" into ranges; "one in five", "seven per 100,000" into ratios. */
function join(v: TokenView, figs: Figure[], from: number): Figure[] {
  const out: Figure[] = [];
  for (let i = 0; i < figs.length; i++) {
    const a = figs[i];
    const b = figs[i + 1];
    if (b && a.kind !== 'measure' && !a.score && !b.score) {
      // "$5 and $7 billion": the second number may carry its own currency sign.
      const bCur = currencyBefore(v, b.first, from);
      const gap = (bCur && bCur.first > a.exprLast ? bCur.first : b.first) - a.exprLast;
      const c1 = gap >= 1 ? lower(v, a.exprLast) : '';
      // "between US$300 and 400 billion": look past a currency sign for the opener.
      const cur = currencyBefore(v, a.first, from);
      const opener0 = cur ? cur.first : a.first;
      const beforeA = opener0 - 1 >= from ? lower(v, opener0 - 1) : '';
      let range = false;
      let ratio = false;
      if (gap === 1 && (RANGE_WORDS.has(c1) || (c1 === 'and' && beforeA === 'between'))) range = true;
      // "555-123-4567", "+1-222-2222": a chain of glued dashes is a code, never a range.
      if (range && DASHES.has(c1) && (gluedDashDigit(v, a.first - 1, -1, from, b.lim) || gluedDashDigit(v, b.last, 1, from, b.lim))) {
        a.score = b.score = true;
        range = false;
        if (i + 2 < figs.length && figs[i + 2].first === b.last + 1) figs[i + 2].score = true;
      }
      // "two or three", "2,000 or 3,000 likes": alternatives a step apart are a range.
      if (gap === 1 && c1 === 'or' && a.words === b.words && a.kind === 'integer' && b.kind === 'integer' && b.value > a.value && b.value <= 2 * a.value + 1) range = true;
      // "one or two hundred", "two or three million": the scale of the second number is shared.
      const shared = b.value / b.multiplier;
      if (gap === 1 && c1 === 'or' && a.words && b.words && a.multiplier === 1 && b.multiplier > 1 && Number.isInteger(a.value) && a.value < 10 &&
        shared > a.value && shared <= 2 * a.value + 1) range = true;
      if (gap === 1 && c1 === 'in' && a.kind === 'integer' && b.kind === 'integer' && !b.percent && !a.percent) ratio = true;
      if (gap === 2 && c1 === 'out' && lower(v, a.exprLast + 1) === 'of' && !b.percent) ratio = true;
      if (gap === 2 && c1 === 'in' && lower(v, a.exprLast + 1) === 'every' && !b.percent) ratio = true;
      // "seven per 100,000 people": a rate; the base is no figure of its own.
      if (gap === 1 && c1 === 'per' && !a.percent && !b.percent) ratio = true;
      if (gap === 3 && c1 === 'out' && lower(v, a.exprLast + 1) === 'of' && lower(v, a.exprLast + 2) === 'every' && !b.percent) ratio = true;
      // "rose from 5 to 10" is a change, not a range.
      if (range && beforeA === 'from' && opener0 - 2 >= from && CHANGE_VERBS.has(lower(v, opener0 - 2))) range = false;
      if (range && c1 === 'to' && beforeA !== 'from' && a.first - 1 >= from && CHANGE_VERBS.has(beforeA)) range = false;
      if (a.percent && !b.percent) range = false;
      let low = a.value;
      if (range && b.multiplier > 1 && a.multiplier === 1 && a.value * b.multiplier <= b.value) low = tidy(a.value * b.multiplier);
      if (range && !(low < b.value)) {
        if (DASHES.has(c1) && a.end === v.tokens[a.exprLast].start && v.tokens[a.exprLast].end === b.start) {
          a.score = b.score = true;
        }
        range = false;
      }
      if (ratio && !(a.value < b.value && a.value > 0)) ratio = false;
      if (range || ratio) {
        const opener = range && (beforeA === 'between' || beforeA === 'from') ? opener0 - 1 : a.exprFirst;
        const m: Figure = {
          ...b,
          start: a.start, first: a.first, exprFirst: opener,
          value: ratio ? tidy(a.value / b.value) : low,
          kind: ratio ? 'ratio' : 'range',
          hedge: ratio ? 'exact' : 'range',
          percent: a.percent || b.percent,
          words: a.words || b.words,
        };
        if (range) {
          m.low = low;
          m.high = b.value;
        }
        out.push(m);
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/** All figures of the sentence [from, lim), with units and hedges. */
export function findFigures(v: TokenView, from: number, lim: number, masked?: Masked): Figure[] {
  const readings = readSentence(v, from, lim, masked);
  if (readings.length === 0) return readings as never[];
  const figs = join(v, readings.map((r) => toFigure(v, r, from, lim)), from);
  for (const f of figs) attachUnitsAndHedges(v, f, from, lim);
  return joinBounds(v, figs);
}

const BOUND_GLUE = new Set(['and', 'but', ',']);

/** "more than 10 and fewer than 20", "at most 100 and at least 20" → one range. */
function joinBounds(v: TokenView, figs: Figure[]): Figure[] {
  if (figs.length < 2) return figs;
  const out: Figure[] = [];
  for (let i = 0; i < figs.length; i++) {
    const a = figs[i];
    const b = figs[i + 1];
    if (b && a.hedged && b.hedged && a.kind !== 'range' && b.kind !== 'range' && a.percent === b.percent &&
      b.exprFirst - a.exprLast === 1 && BOUND_GLUE.has(v.tokens[a.exprLast].text.toLowerCase()) &&
      ((a.hedge === 'at-least' && b.hedge === 'at-most') || (a.hedge === 'at-most' && b.hedge === 'at-least'))) {
      const low = a.hedge === 'at-least' ? a.value : b.value;
      const high = a.hedge === 'at-least' ? b.value : a.value;
      if (low < high) {
        out.push({ ...b, start: a.start, first: a.first, exprFirst: a.exprFirst, boundFirst: a.boundFirst, value: low, low, high, hedge: 'range', kind: 'range' });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

function attachUnitsAndHedges(v: TokenView, f: Figure, from: number, lim: number): void {
  const cur = currencyBefore(v, f.first, from);
  if (cur && !f.percent) {
    f.unit = cur.unit;
    f.unitCounted = cur.counted;
    f.money = true;
    f.exprFirst = Math.min(f.exprFirst, cur.first);
    // "£5m": with a currency sign, a glued "m" is million.
    if (f.kind === 'measure' && f.unit && /m$/.test(v.tokens[f.last - 1].text)) {
      f.value = tidy(f.value * 1e6);
      f.multiplier = 1e6;
      f.kind = 'integer';
      if (f.low !== undefined) f.low = tidy(f.low * 1e6);
      if (f.high !== undefined) f.high = tidy(f.high * 1e6);
    }
  } else if (f.kind === 'measure' && f.unit === 'm' && !f.percent) {
    // "2m residents", "5m tonnes": before a plural noun a glued "m" is million too ("a 2m wall" stays metres).
    const next = f.after < lim ? v.tokens[f.after].text : '';
    if (MILLION_NOUNS.has(next)) {
      f.value = tidy(f.value * 1e6);
      f.multiplier = 1e6;
      f.kind = 'integer';
      f.unit = undefined;
      f.unitCounted = undefined;
      if (f.low !== undefined) f.low = tidy(f.low * 1e6);
      if (f.high !== undefined) f.high = tidy(f.high * 1e6);
    } else f.unitCounted = 'm';
  }
  const after = hedgeAfter(v, f.exprLast, lim);
  let hedge: Hedge | null = null;
  if (after) {
    // "or equal to" keeps the bound before the number.
    if (after.hedge !== 'exact') hedge = after.hedge;
    f.hedged = true;
    f.exprLast = after.last;
    f.after = Math.max(f.after, after.last);
  }
  if (!f.percent && !f.money) {
    // "a 22-mile journey": the unit may be glued by a hyphen.
    const glued = f.after + 1 < lim && v.tokens[f.after].text === '-' && v.tokens[f.after].start === v.tokens[f.after - 1].end &&
      v.tokens[f.after].end === v.tokens[f.after + 1].start;
    const u = unitAfter(v, glued ? f.after + 1 : f.after, lim);
    if (u) {
      f.unit = u.unit;
      f.unitCounted = u.counted;
      f.money = u.money;
      f.after = u.last;
      f.exprLast = Math.max(f.exprLast, u.last);
    }
  }
  const before = hedgeBefore(v, f.exprFirst, from);
  if (before) f.hedged = true;
  f.boundFirst = f.exprFirst;
  if (before) {
    // "about 5 or more": the explicit bound after the number wins.
    if (f.kind !== 'range') hedge = hedge ?? before.hedge;
    f.exprFirst = before.first;
    if (before.hedge !== 'approx') f.boundFirst = before.first;
  }
  if (f.kind === 'range') return;
  if (hedge) f.hedge = hedge;
  else if (f.hedge === 'approx') return; // approximate words: "a couple of"
  else if (f.kind === 'vague' || (f.exprFirst > from && VAGUE_BEFORE.has(lower(v, f.exprFirst - 1)) && f.words && f.multiplier >= 100 && f.value === f.multiplier)) {
    // "dozens", "hundreds", "several thousand": at least that many.
    f.hedge = 'at-least';
  }
}
