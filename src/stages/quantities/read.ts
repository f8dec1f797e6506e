/**
 * Reads one number starting at a token: digits ("1,275", "3.2bn", "1.5 million", "3/4"),
 * words ("twenty-five", "a dozen", "one hundred and six", "two thirds", "half a million")
 * or both ("3 hundred and 21"). A hand-written accumulator: one pass, bounded look-ahead.
 */
import type { Token } from '../../core/layers.js';
import { parseDigitToken, scaleBy, tidy, type DigitParse } from './digits.js';
import {
  DENOMINATORS, NEGATORS, SCALES, SCALE_ABBREVIATIONS, TENS, UNITS, VAGUE_PLURALS, VULGAR,
  hyphenatedDenominator, hyphenatedFraction, hyphenatedValue, isNumberWord,
} from './words.js';
import { classOf } from './wordclass.js';

export type ReadingKind = 'integer' | 'decimal' | 'fraction' | 'vague' | 'measure';

export interface Reading {
  /** Character offsets of the number as written. */
  start: number;
  end: number;
  /** Token indices [first, last). */
  first: number;
  last: number;
  value: number;
  kind: ReadingKind;
  /** Written at least partly in words. */
  words: boolean;
  /** The last scale applied ("1.5 million" → 1e6), 1 when none: lets "5-10 million" scale its low end. */
  multiplier: number;
  /** A measure unit glued to the digits ("5km"). */
  unit?: string;
  /** Money-style "m" suffix ("£5m"): million after a currency sign, metres otherwise. */
  mSuffix?: boolean;
  /** The noun glued to a number word by a hyphen in the same token ("ten-storey" → "storey"). */
  glued?: string;
  /** The words themselves are approximate ("a couple of"). */
  approx?: boolean;
}

export interface TokenView {
  text: string;
  tokens: readonly Token[];
}

const DOZEN = new Set(['dozen', 'dozens', 'doz', 'dozs', 'dz', 'dzs']);
const SPACE_GROUP = /^[ \u00a0\u202f\u2009]$/;
const DASHES = new Set(['-', '–', '—', '−']);

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function startsWithDigit(t: Token, text: string): boolean {
  return isDigitCode(text.charCodeAt(t.start));
}

function lower(v: TokenView, k: number): string {
  return v.tokens[k].text.toLowerCase();
}

function adjacent(v: TokenView, a: number, b: number): boolean {
  return v.tokens[a].end === v.tokens[b].start;
}

function plainIntAt(v: TokenView, k: number, lim: number): number | undefined {
  if (k >= lim || !startsWithDigit(v.tokens[k], v.text)) return undefined;
  const d = parseDigitToken(v.tokens[k].text);
  return d.kind === 'integer' && d.plain ? d.value : undefined;
}

function make(v: TokenView, first: number, last: number, value: number, kind: ReadingKind, words: boolean, multiplier = 1): Reading {
  return { start: v.tokens[first].start, end: v.tokens[last - 1].end, first, last, value: tidy(value), kind, words, multiplier };
}

/**
 * Reads the number(s) starting at token `i` (the sentence is [from, lim)). Pushes what it
 * found to `out` and returns the index to continue from (always > i).
 */
export function readAt(v: TokenView, i: number, from: number, lim: number, out: Reading[]): number {
  const tok = v.tokens[i];
  if (startsWithDigit(tok, v.text)) return readDigits(v, i, from, lim, out);
  const w = lower(v, i);
  if (VULGAR.has(w)) {
    out.push(make(v, i, i + 1, VULGAR.get(w)!, 'fraction', false));
    return i + 1;
  }
  if (NEGATORS.has(w) && i + 1 < lim) {
    const inner: Reading[] = [];
    const next = readAt(v, i + 1, from, lim, inner);
    if (inner.length === 1 && inner[0].first === i + 1 && inner[0].kind !== 'vague') {
      const r = inner[0];
      out.push({ ...r, start: tok.start, first: i, value: -r.value });
      return next;
    }
    return i + 1;
  }
  // "a couple of suicide bombings": two, roughly.
  if ((w === 'a' || w === 'an') && i + 2 < lim && lower(v, i + 1) === 'couple' && lower(v, i + 2) === 'of') {
    // "a couple of hundred people": two hundred, roughly.
    const n = i + 3 < lim ? lower(v, i + 3) : '';
    const scale = n === 'hundred' ? 100 : SCALES.get(n);
    if (scale !== undefined) {
      out.push({ ...make(v, i, i + 4, 2 * scale, 'integer', true, scale), approx: true });
      return i + 4;
    }
    out.push({ ...make(v, i, i + 2, 2, 'integer', true), approx: true });
    return i + 2;
  }
  const glued = readGlued(v, i, w);
  if (glued) {
    out.push(glued);
    return i + 1;
  }
  const vague = readVague(v, i, from, lim);
  if (vague) {
    out.push(vague);
    return vague.last;
  }
  const r = accumulate(v, i, lim, undefined);
  if (r) {
    out.push(r);
    return r.last;
  }
  return i + 1;
}

/**
 * "a ten-storey building", "a five-foot tusk": a number word glued to a noun in one token counts
 * that noun (digits split at the hyphen and go through the phrase reader instead). The noun must
 * be a word of its own ("twenty-five" and "two-thirds" are numbers; the exclusion rules drop
 * "five-year" and "two-day" as durations).
 */
function readGlued(v: TokenView, i: number, w: string): Reading | null {
  const dash = w.indexOf('-');
  if (dash <= 0 || w.indexOf('-', dash + 1) >= 0) return null;
  const head = w.slice(0, dash);
  const tail = w.slice(dash + 1);
  const value = UNITS.get(head) ?? TENS.get(head);
  if (value === undefined || value < 2 || !/^\p{Ll}{2,}$/u.test(tail) || !isGluedNoun(tail)) return null;
  if (hyphenatedValue(w) !== undefined || hyphenatedFraction(w) !== undefined || isNumberWord(tail) || DENOMINATORS.has(tail) ||
    /^(?:first|second)s?$/.test(tail)) return null;
  const tok = v.tokens[i];
  return { start: tok.start, end: tok.start + dash, first: i, last: i + 1, value, kind: 'integer', words: true, multiplier: 1, glued: tail };
}

/** Nouns a glued number counts; "two-way", "three-fold", "two-thirds" and adjectives ("one-sided") are not. */
function isGluedNoun(tail: string): boolean {
  if (NOT_GLUED.has(tail) || tail.endsWith('ed') || tail.endsWith('fold') || tail.endsWith('ly')) return false;
  const c = classOf(tail);
  return c === 'N' || c === 'S';
}
const NOT_GLUED = new Set(['way', 'off', 'time', 'times', 'fold', 'thirds', 'halves', 'quarters', 'to', 'on', 'all', 'up', 'odd', 'ish']);

/** "dozens", "hundreds of thousands", "tens of millions": the smallest value they can mean. */
function readVague(v: TokenView, i: number, from: number, lim: number): Reading | null {
  const w = lower(v, i);
  const base = VAGUE_PLURALS.get(w);
  if (base === undefined) return null;
  let value = base;
  let last = i + 1;
  // "tens of thousands", "hundreds of millions"
  if (last + 1 < lim && lower(v, last) === 'of') {
    const inner = VAGUE_PLURALS.get(lower(v, last + 1));
    if (inner !== undefined && inner > base && inner >= 1000) {
      value = base * inner;
      last += 2;
    }
  }
  // "tens" alone is not an amount ("tens of civilians" is: ten, as ACLED codes it); "scores" needs "of" ("test scores" is not a number).
  const after = last < lim ? lower(v, last) : '';
  // "Millions dwell in slums": as the subject opening a sentence, "millions" counts people, not money.
  const subject = i === from && w !== 'scores' && last < lim && /^\p{Ll}/u.test(v.tokens[last].text);
  // "protesters, sometimes numbering in the millions": a count of them, not money.
  const inThe = i - 2 >= from && lower(v, i - 1) === 'the' && lower(v, i - 2) === 'in' && w !== 'scores';
  if ((value === 10 && after !== 'of') || ((w === 'scores' || w === 'millions' || w === 'billions') && after !== 'of' && last === i + 1 && !subject && !inThe)) return null;
  return make(v, i, last, value, 'vague', true);
}

function readDigits(v: TokenView, i: number, from: number, lim: number, out: Reading[]): number {
  const tok = v.tokens[i];
  const d = parseDigitToken(tok.text);
  switch (d.kind) {
    case 'ordinal':
    case 'decade':
    case 'time':
    case 'code':
      return i + 1;
    case 'list':
      for (const p of d.parts!) {
        out.push({ start: tok.start + p.start, end: tok.start + p.end, first: i, last: i + 1, value: p.value, kind: 'integer', words: false, multiplier: 1 });
      }
      return i + 1;
    case 'sci':
      return readScientific(v, i, lim, d, out);
    case 'measure': {
      const r = make(v, i, i + 1, d.value, 'measure', false);
      r.unit = d.unit;
      if (d.unit === 'm') r.mSuffix = true;
      out.push(withSign(v, r, from));
      return i + 1;
    }
  }
  // Slash fractions "3/4" (but not dates "5/17/2018": no slash on either side).
  const frac = slashFraction(v, i, lim);
  if (frac) {
    out.push(withSign(v, frac, from));
    return frac.last;
  }
  let value = d.value;
  let last = i + 1;
  // ".08": a decimal with no leading zero (the point stands free on its left).
  // The segmenter may have closed a sentence on that point, so look left of `from` too.
  if (d.plain && i >= 1 && v.tokens[i - 1].text === '.' && adjacent(v, i - 1, i) &&
    (i < 2 || !adjacent(v, i - 2, i - 1))) {
    const r = make(v, i - 1, i + 1, Number('0.' + tok.text), 'decimal', false);
    out.push(withSign(v, r, from));
    return i + 1;
  }
  // Space-grouped thousands: "1 234 567", "40 000", "1 234 567.89".
  if (d.plain && d.numericLength <= 3) {
    while (last < lim && SPACE_GROUP.test(v.text.slice(v.tokens[last - 1].end, v.tokens[last].start))) {
      const g = v.tokens[last].text;
      if (g.length === 3 && plainIntAt(v, last, lim) !== undefined) {
        value = value * 1000 + Number(g);
        last++;
        continue;
      }
      if (/^\d{3}\.\d+$/.test(g)) {
        value = tidy(value * 1000 + Number(g));
        last++;
      }
      break;
    }
  }
  // Mixed fraction "2 1/4" and "2½".
  if (last === i + 1 && d.kind === 'integer' && d.plain && last < lim) {
    const mixed = slashFraction(v, last, lim);
    if (mixed && v.tokens[last].start - tok.end >= 1 && v.tokens[last].start - tok.end <= 2) {
      out.push(withSign(v, { ...mixed, start: tok.start, first: i, value: tidy(value + mixed.value) }, from));
      return mixed.last;
    }
    const vf = VULGAR.get(v.tokens[last].text);
    if (vf !== undefined && adjacent(v, i, last)) {
      out.push(withSign(v, make(v, i, last + 1, value + vf, 'fraction', false), from));
      return last + 1;
    }
  }
  // Powers "1.1^23".
  if (last + 1 < lim && v.tokens[last].text === '^' && adjacent(v, last - 1, last)) {
    let k = last + 1;
    let sign = 1;
    while (k < lim && DASHES.has(v.tokens[k].text) && adjacent(v, k - 1, k)) { sign = -sign; k++; }
    if (k < lim && v.tokens[k].text === '+' && adjacent(v, k - 1, k)) k++;
    const exp = plainIntAt(v, k, lim);
    if (exp !== undefined && adjacent(v, k - 1, k)) {
      out.push(withSign(v, make(v, i, k + 1, Math.pow(value, sign * exp), 'decimal', false), from));
      return k + 1;
    }
  }
  const start: Start = { value, kind: d.kind === 'decimal' ? 'decimal' : 'integer', multiplier: d.multiplier, last, mSuffix: false };
  const r = accumulate(v, i, lim, start);
  if (!r) return i + 1;
  out.push(withSign(v, r, from));
  return r.last;
}

function readScientific(v: TokenView, i: number, lim: number, d: DigitParse, out: Reading[]): number {
  let k = i + 1;
  let sign = 1;
  if (k < lim && (v.tokens[k].text === '+' || DASHES.has(v.tokens[k].text)) && adjacent(v, k - 1, k)) {
    if (v.tokens[k].text !== '+') sign = -1;
    k++;
  }
  const exp = plainIntAt(v, k, lim);
  if (exp === undefined || !adjacent(v, k - 1, k)) return i + 1;
  out.push(make(v, i, k + 1, scaleBy(d.value, Math.pow(10, sign * exp)), 'decimal', false));
  return k + 1;
}

function slashFraction(v: TokenView, i: number, lim: number): Reading | null {
  if (i + 2 >= lim) return null;
  if (v.tokens[i + 1].text !== '/' || !adjacent(v, i, i + 1) || !adjacent(v, i + 1, i + 2)) return null;
  const a = plainIntAt(v, i, lim);
  const b = plainIntAt(v, i + 2, lim);
  if (a === undefined || b === undefined || b === 0) return null;
  if (i > 0 && v.tokens[i - 1].text === '/' && adjacent(v, i - 1, i)) return null;
  // "+1-222-2222/2222": a dash glued on both sides makes it a code.
  if (i > 1 && DASHES.has(v.tokens[i - 1].text) && adjacent(v, i - 1, i) && adjacent(v, i - 2, i - 1)) return null;
  if (i + 3 < lim && v.tokens[i + 3].text === '/' && adjacent(v, i + 2, i + 3)) return null;
  return make(v, i, i + 3, a / b, 'fraction', false);
}

/** A minus sign glued to the number and standing free on its left ("-9.5", not "SCP-173" or "36-40"). */
function withSign(v: TokenView, r: Reading, from: number): Reading {
  const h = r.first - 1;
  if (h < from || !DASHES.has(v.tokens[h].text) || !adjacent(v, h, r.first)) return r;
  // Glued to a word or a number on its left it is a hyphen ("SCP-173"); after "<" or "=" still a sign.
  if (h - 1 >= from && v.tokens[h - 1].end === v.tokens[h].start && !/^[<>=(\[≤≥]$/.test(v.tokens[h - 1].text)) return r;
  if (h - 1 >= from && startsWithDigit(v.tokens[h - 1], v.text)) return r;
  return { ...r, start: v.tokens[h].start, first: h, value: -r.value };
}

interface Start {
  value: number;
  kind: ReadingKind;
  multiplier: number;
  /** Token index after the digits already read. */
  last: number;
  mSuffix: boolean;
}

type Last = 'none' | 'a' | 'unit' | 'tens' | 'num' | 'hundred' | 'scale' | 'and' | 'dozen' | 'frac' | 'decimal';

/**
 * The word-number accumulator. `start` is set when the number began with digits.
 * Returns null when nothing numeric was read (a bare "a", "and").
 */
function accumulate(v: TokenView, i: number, lim: number, start: Start | undefined): Reading | null {
  let total = 0;
  let group = start ? start.value : 0;
  let run = start ? start.value : 0; // the numerator candidate: units/tens since the last hundred/scale/and
  let last: Last = start ? 'num' : 'none';
  let lastScale = Infinity;
  let multiplier = start ? start.multiplier : 1;
  let kind: ReadingKind = start ? start.kind : 'integer';
  let words = false;
  let k = start ? start.last : i;
  let end = k; // token index after the last consumed meaningful token
  const startIsDecimal = start !== undefined && (start.kind === 'decimal' || start.multiplier !== 1);

  while (k < lim) {
    const w = lower(v, k);
    const isDigit = startsWithDigit(v.tokens[k], v.text);
    if (isDigit) {
      // Digits continue only after a scale or "and" ("4 thousand 3 hundred and 21").
      if (!(last === 'scale' || last === 'and') || start === undefined) break;
      const n = plainIntAt(v, k, lim);
      if (n === undefined || n >= 1000) break;
      group += n;
      run = n;
      last = 'num';
      end = ++k;
      continue;
    }
    const unit = UNITS.get(w) ?? hyphenatedValue(w);
    if (unit !== undefined) {
      const hy = w.indexOf('-') >= 0;
      if (last === 'none' || last === 'hundred' || last === 'scale' || last === 'and') {
        group += unit;
        run = unit;
        last = hy || unit >= 10 ? 'tens' : 'unit';
        if (unit >= 10 && unit < 20) last = 'unit';
        if (hy) last = 'unit';
      } else if (last === 'tens' && unit > 0 && unit < 10 && group % 10 === 0) {
        group += unit;
        run += unit;
        last = 'unit';
      } else break;
      words = true;
      end = ++k;
      continue;
    }
    const tens = TENS.get(w);
    if (tens !== undefined) {
      if (!(last === 'none' || last === 'hundred' || last === 'scale' || last === 'and')) break;
      group += tens;
      run = tens;
      last = 'tens';
      words = true;
      end = ++k;
      continue;
    }
    const hf = last === 'none' || last === 'hundred' || last === 'scale' || last === 'and' ? hyphenatedFraction(w) : undefined;
    if (hf !== undefined) {
      // "two-thirds" (of a million)
      group = tidy(group + hf);
      kind = 'fraction';
      last = 'frac';
      run = 0;
      words = true;
      end = ++k;
      continue;
    }
    // "one - fourth", "five - eighths": a spaced dash between numerator and denominator.
    if (w === '-' && (last === 'unit' || last === 'tens') && k + 1 < lim && run > 0 && run < 20) {
      const dw = lower(v, k + 1);
      const den = hyphenatedDenominator(dw);
      if (den !== undefined && dw !== 'second' && dw !== 'seconds' && (run === 1 || dw.endsWith('s'))) {
        group = tidy(group - run + run / den);
        kind = 'fraction';
        last = 'frac';
        run = 0;
        words = true;
        k += 2;
        end = k;
        continue;
      }
    }
    if (w === '-' && last === 'tens' && k + 1 < lim) {
      const u = UNITS.get(lower(v, k + 1));
      if (u !== undefined && u > 0 && u < 10) {
        group += u;
        run += u;
        last = 'unit';
        k += 2;
        end = k;
        continue;
      }
      break;
    }
    if (w === 'hundred' || (w === 'hundreds' && (last === 'unit' || last === 'tens' || last === 'num'))) {
      const ok = last === 'none' || last === 'a' || last === 'unit' || last === 'tens' || (last === 'num' && group < 1000);
      if (!ok || (last !== 'num' && group % 1000 >= 100)) break;
      const sub = last === 'num' ? group : group % 1000;
      group = tidy(group - sub + (sub || 1) * 100);
      run = 0;
      last = 'hundred';
      multiplier = 100;
      words = true;
      end = ++k;
      continue;
    }
    const scale = SCALES.get(w) ?? (start !== undefined && last === 'num' ? SCALE_ABBREVIATIONS.get(v.tokens[k].text) : undefined);
    if (scale !== undefined) {
      if (last === 'and' || last === 'scale' || scale >= lastScale) break;
      total = total === 0 ? scaleBy(group || 1, scale) : tidy(total + (group || 1) * scale);
      group = 0;
      run = 0;
      lastScale = scale;
      multiplier = scale;
      last = 'scale';
      words = true;
      end = ++k;
      continue;
    }
    if (DOZEN.has(w)) {
      if (!(last === 'unit' || last === 'tens' || last === 'num' || last === 'a' || last === 'none' || last === 'frac')) break;
      if (last === 'frac') {
        group = tidy(group * 12);
      } else {
        group = tidy(group - run + (run || 1) * 12);
      }
      run = 0;
      last = 'dozen';
      multiplier = 12;
      words = true;
      end = ++k;
      continue;
    }
    if ((w === 'a' || w === 'an') && last === 'none') {
      // "a" counts only before a multiplier or a denominator ("a dozen", "a third").
      if (k + 1 >= lim) break;
      const n = lower(v, k + 1);
      if (!(n === 'hundred' || SCALES.has(n) || DOZEN.has(n) || hyphenatedDenominator(n) !== undefined)) break;
      group = 1;
      run = 1;
      last = 'a';
      k++;
      continue; // not `end`: a lone "a" is no number
    }
    if (w === 'and') {
      const frac = fractionAfterAnd(v, k + 1, lim);
      if (frac && (last === 'unit' || last === 'tens' || last === 'num' || last === 'hundred' || last === 'scale')) {
        // "one billion and a half million": the fraction takes the smaller scale after it.
        const nextScale = frac.last < lim ? SCALES.get(lower(v, frac.last)) : undefined;
        if (last === 'scale' && nextScale !== undefined && nextScale < lastScale) {
          total = tidy(total + frac.value * nextScale);
          lastScale = nextScale;
          kind = 'fraction';
          last = 'scale';
          k = frac.last + 1;
          end = k;
          words = true;
          continue;
        }
        const add = last === 'scale' ? frac.value * lastScale : frac.value;
        if (last === 'scale') total = tidy(total + add);
        else group = tidy(group + add);
        kind = 'fraction';
        last = 'frac';
        k = frac.last;
        end = k;
        words = true;
        continue;
      }
      if (!(last === 'hundred' || last === 'scale') || k + 1 >= lim) break;
      const n = lower(v, k + 1);
      const nextIsNumber = UNITS.has(n) || TENS.has(n) || hyphenatedValue(n) !== undefined || (start !== undefined && plainIntAt(v, k + 1, lim) !== undefined);
      if (!nextIsNumber) break;
      last = 'and';
      run = 0;
      k++;
      continue;
    }
    if (w === 'point' && (last === 'unit' || last === 'tens' || last === 'hundred' || last === 'scale' || (last === 'num' && !startIsDecimal))) {
      const dec = decimalWords(v, k + 1, lim);
      if (!dec) break;
      group = tidy(group + dec.fraction);
      kind = 'decimal';
      last = 'decimal';
      run = 0;
      k = dec.last;
      end = k;
      words = true;
      continue;
    }
    const den = hyphenatedDenominator(w);
    if (den !== undefined && (last === 'unit' || last === 'tens' || last === 'a' || (last === 'num' && run > 0 && run < 1000 && !startIsDecimal))) {
      // "second(s)" is a unit of time far more often than a denominator.
      if (w === 'second' || w === 'seconds') break;
      // Singular ordinals after "a"/"one" are ordinals ("a third term") unless "of" or nothing follows.
      if (run === 1 && den > 4 && w.endsWith('s') === false && !singularDenominatorOk(v, k + 1, lim)) break;
      if (run === 1 && (w === 'third' || w === 'fourth') && !singularDenominatorOk(v, k + 1, lim)) break;
      if (run > 1 && !w.endsWith('s') && w !== 'half') break;
      group = tidy(group - run + run / den);
      kind = 'fraction';
      last = 'frac';
      run = 0;
      words = true;
      end = ++k;
      continue;
    }
    // "two thirds of a million"
    if (w === 'of' && last === 'frac' && total === 0 && k + 2 < lim && lower(v, k + 1) === 'a' && SCALES.has(lower(v, k + 2))) {
      const s = SCALES.get(lower(v, k + 2))!;
      group = tidy(group * s);
      multiplier = s;
      k += 3;
      end = k;
      continue;
    }
    if (w === 'half' && last === 'none') {
      // "half a million", "half million", "half a dozen"; bare "half" is read as 0.5.
      let k2 = k + 1;
      if (k2 < lim && lower(v, k2) === 'a') k2++;
      const n = k2 < lim ? lower(v, k2) : '';
      const m = SCALES.get(n) ?? (n === 'hundred' ? 100 : DOZEN.has(n) ? 12 : undefined);
      if (m !== undefined) {
        total = m * 0.5;
        group = 0;
        lastScale = m;
        multiplier = m;
        last = 'scale';
        kind = m === 12 || m === 100 ? 'integer' : 'integer';
        words = true;
        k = k2 + 1;
        end = k;
        continue;
      }
      group = 0.5;
      kind = 'fraction';
      last = 'frac';
      words = true;
      end = ++k;
      continue;
    }
    if (w === 'quarter' && last === 'none' && k + 1 < lim && SCALES.has(lower(v, k + 1))) {
      total = 0.25 * SCALES.get(lower(v, k + 1))!;
      lastScale = SCALES.get(lower(v, k + 1))!;
      multiplier = lastScale;
      last = 'scale';
      words = true;
      k += 2;
      end = k;
      continue;
    }
    break;
  }
  if (end === i && start === undefined) return null;
  if (start === undefined && last === 'none') return null;
  const value = tidy(total + group);
  const r = make(v, i, Math.max(end, i + 1), value, kind, words, multiplier);
  return r;
}

function singularDenominatorOk(v: TokenView, k: number, lim: number): boolean {
  if (k >= lim) return true;
  const n = lower(v, k);
  return n === 'of' || !/^\p{L}/u.test(n);
}

/** "and a half", "and one quarter", "and three fifths" → the fraction and where it ends. */
function fractionAfterAnd(v: TokenView, k: number, lim: number): { value: number; last: number } | null {
  if (k + 1 >= lim) return null;
  const a = lower(v, k);
  const num = a === 'a' || a === 'an' ? 1 : (UNITS.get(a) ?? hyphenatedValue(a) ?? TENS.get(a));
  if (num === undefined || num === 0) return null;
  const den = hyphenatedDenominator(lower(v, k + 1));
  if (den === undefined) return null;
  const w = lower(v, k + 1);
  if (w === 'second' || w === 'seconds') return null;
  return { value: num / den, last: k + 2 };
}

/** Digits after "point": "zero three" → .03, "seventy-one" → .71, "eleven" → .11. */
function decimalWords(v: TokenView, k: number, lim: number): { fraction: number; last: number } | null {
  let digits = '';
  while (k < lim) {
    const w = lower(v, k);
    const u = UNITS.get(w);
    const h = hyphenatedValue(w);
    const t = TENS.get(w);
    if (u !== undefined) digits += String(u);
    else if (h !== undefined) digits += String(h);
    else if (t !== undefined) {
      const next = k + 1 < lim ? UNITS.get(lower(v, k + 1)) : undefined;
      if (next !== undefined && next > 0 && next < 10) {
        digits += String(t + next);
        k++;
      } else digits += String(t);
    } else break;
    k++;
  }
  if (digits === '') return null;
  return { fraction: Number('0.' + digits), last: k };
}

export { DASHES };
