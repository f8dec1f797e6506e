import {
  AMBIGUOUS_MONTHS, DECADE_WORDS, FREQUENCY_ADVERBS, MONTHS, NUMBER_WORDS, ORDINAL_WORDS, TENS, VAGUE_COUNTS, PARTS_OF_DAY, REF_WORDS, SEASONS, UNITS,
  WEEKDAYS, WEEKDAYS_PLURAL,
} from './lexicon.js';
import type { Hit, SlotFn } from './matcher.js';
import { readCount } from './numbers.js';
import type { Toks } from './tokens.js';

const hit = (end: number, v: number, w = ''): Hit => ({ end, v, w });
const ORD_SFX = new Set(['st', 'nd', 'rd', 'th']);
export const ZONES = new Set(['est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'ast', 'adt', 'gmt', 'utc', 'bst', 'cet', 'cest', 'eet', 'ist', 'jst', 'et', 'pt', 'ct']);

const month: SlotFn = (tt, i) => {
  const m = MONTHS.get(tt.word(i));
  if (m === undefined) return null;
  const t = tt.at(i);
  // "may", "march", "dec" are words too: a month name is capitalised.
  if (!t.cap && (AMBIGUOUS_MONTHS.has(t.w) || t.w.length <= 4)) return null;
  return hit(i + 1, m, t.w);
};

/** "the", or a capitalised name inside the sentence that is no month or weekday: what comes before "Sun" as a name. */
const nameBefore = (tt: Toks, k: number): boolean =>
  tt.word(k) === 'the' ||
  (tt.at(k).cap && k > 0 && tt.sent[k - 1] === tt.sent[k] && !MONTHS.has(tt.word(k)) && !WEEKDAYS.has(tt.word(k)) && tt.word(k).length > 1);

const weekday: SlotFn = (tt, i) => {
  const d = WEEKDAYS.get(tt.word(i));
  if (d === undefined) return null;
  const t = tt.at(i);
  // Short forms ("Sat", "Sun", "Wed") are words or names unless written as abbreviations, and a
  // dot may be the full stop after a name: "more massive than the Sun.", "the Baltimore Sun.".
  if (t.w.length <= 4 && (!(t.cap && t.dot) || (i > 0 && tt.sent[i - 1] === tt.sent[i] && nameBefore(tt, i - 1)))) return null;
  return hit(i + 1, d, t.w);
};

const weekdays: SlotFn = (tt, i) => {
  const d = WEEKDAYS_PLURAL.get(tt.word(i));
  return d === undefined ? null : hit(i + 1, d, tt.word(i));
};

/**
 * An ordinal word, compounds included: "fifth", "twenty-first", "thirty first" (the hyphen is a
 * token of its own once a word is split).
 */
function ordinalWord(tt: Toks, i: number, lim: number): Hit | null {
  const w = tt.word(i);
  const o = ORDINAL_WORDS.get(w);
  if (o !== undefined) return hit(i + 1, o);
  if (!TENS.has(w)) return null;
  const j = i + 1 < lim && tt.word(i + 1) === '-' ? i + 2 : i + 1;
  const u = j < lim ? ORDINAL_WORDS.get(tt.word(j)) : undefined;
  return u !== undefined && u < 10 ? hit(j + 1, NUMBER_WORDS.get(w)! + u) : null;
}

/** Day of the month: 1–31, "26th", or an ordinal word ("twenty-first"). */
const day: SlotFn = (tt, i, lim) => {
  if (tt.key(i) !== '#') {
    const o = ordinalWord(tt, i, lim);
    return o !== null && o.v <= 31 ? o : null;
  }
  const t = tt.at(i);
  if (t.digits > 2 || t.num < 1 || t.num > 31 || (t.sfx !== '' && !ORD_SFX.has(t.sfx))) return null;
  return hit(i + 1, t.num);
};

/** A four-digit year, 1000–2199, with no suffix and no thousands separator. */
const year: SlotFn = (tt, i) => {
  if (tt.key(i) !== '#') return null;
  const t = tt.at(i);
  if (t.digits !== 4 || t.sfx !== '' || t.num < 1000 || t.num > 2199) return null;
  return hit(i + 1, t.num);
};

const digits: SlotFn = (tt, i) => (tt.key(i) === '#' && tt.at(i).digits > 0 && tt.at(i).sfx === '' ? hit(i + 1, tt.at(i).num) : null);

const ordinal: SlotFn = (tt, i, lim) => {
  if (tt.key(i) === '#') {
    const t = tt.at(i);
    return ORD_SFX.has(t.sfx) ? hit(i + 1, t.num) : null;
  }
  return ordinalWord(tt, i, lim);
};

const count: SlotFn = (tt, i, lim) => {
  const c = readCount(tt, i, lim);
  return c ? hit(c.end, c.n, c.approx ? 'approx' : '') : null;
};

const unit: SlotFn = (tt, i) => {
  const u = UNITS.get(tt.word(i));
  return u === undefined ? null : hit(i + 1, 0, u);
};

const season: SlotFn = (tt, i) => {
  const s = SEASONS.get(tt.word(i));
  return s === undefined ? null : hit(i + 1, 0, s);
};

const partOfDay: SlotFn = (tt, i) => {
  const w = tt.word(i);
  const p = PARTS_OF_DAY.get(w);
  return p === undefined || w === 'noon' || w === 'midnight' || w === 'midday' ? null : hit(i + 1, 0, p);
};

const isApostrophe = (w: string): boolean => w === "'" || w === '’';

/**
 * The end of an "'s" at token i, or -1: the older spelling of a decade's plural after a number
 * ("1980's" is the tokens 1980 ' s, or 1980 's after a hyphen: "mid-1970's").
 */
function apostropheSEnd(tt: Toks, i: number, lim: number): number {
  if (i >= lim) return -1;
  const w = tt.word(i);
  if (w === "'s" || w === '’s') return i + 1;
  return i + 1 < lim && isApostrophe(w) && tt.word(i + 1) === 's' ? i + 2 : -1;
}

/** "1990s" → 199, "'90s" / "90s" → 199, "nineties" → 199, "1980's" → 198 (a decade as its three digits). */
const decade: SlotFn = (tt, i, lim) => {
  const k = tt.key(i);
  if (k !== '#' && !isApostrophe(k) && !DECADE_WORDS.has(k)) return null;
  const t = tt.at(i);
  if (t.digits === 4 && t.num % 10 === 0 && t.num >= 1000 && t.num < 2200) {
    if (t.sfx === 's') return hit(i + 1, t.num / 10);
    // "the 1980's", "the late 1960's": a year's possessive ("1990's budget") has no such word before it.
    const end = t.sfx === '' && i > 0 && /^(?:the|early|late|mid|-)$/.test(tt.word(i - 1)) ? apostropheSEnd(tt, i + 1, lim) : -1;
    if (end > 0) return hit(end, t.num / 10);
  }
  if (isApostrophe(t.w)) {
    const n = i + 1 < lim ? tt.at(i + 1) : null;
    if (n && n.digits === 2 && n.num % 10 === 0) {
      const v = (n.num >= 30 ? 1900 : 2000) / 10 + n.num / 10;
      if (n.sfx === 's') return hit(i + 2, v);
      const end = n.sfx === '' ? apostropheSEnd(tt, i + 2, lim) : -1;
      if (end > 0) return hit(end, v);
    }
    return null;
  }
  if (t.digits === 2 && t.sfx === 's' && t.num % 10 === 0 && t.num >= 20) return hit(i + 1, 190 + t.num / 10);
  const d = DECADE_WORDS.get(t.w);
  return d === undefined ? null : hit(i + 1, 190 + d);
};

const freq: SlotFn = (tt, i) => {
  const f = FREQUENCY_ADVERBS.get(tt.word(i));
  return f === undefined ? null : hit(i + 1, 0, f);
};

const ref: SlotFn = (tt, i) => {
  const r = REF_WORDS.get(tt.word(i));
  return r === undefined ? null : hit(i + 1, 0, r);
};

const zone: SlotFn = (tt, i) => (ZONES.has(tt.word(i)) && tt.at(i).cap ? hit(i + 1, 0, tt.word(i)) : null);

/**
 * A clock time, as minutes after midnight: "3 p.m.", "10:35 a.m.", "3pm", "noon", "midnight",
 * "9 o'clock" (the hit's word is then 'oc': morning or evening is left open). A bare "10:35"
 * counts only after "at"/"by"/"around".
 */
export function readClock(tt: Toks, i: number, lim: number): Hit | null {
  const k = tt.key(i);
  if (k === 'noon' || k === 'midday') return hit(i + 1, 12 * 60);
  if (k === 'midnight') return hit(i + 1, 24 * 60);
  if (k !== '#') return wordClock(tt, i, lim);
  const t = tt.at(i);
  if (t.digits === 0) return null;
  let h = NaN;
  let m = 0;
  let end = i + 1;
  let sfx = t.sfx;
  const colon = /^(\d{1,2})[:.](\d{2})$/.exec(t.w);
  if (colon) {
    h = +colon[1];
    m = +colon[2];
    sfx = '';
  } else if (t.digits <= 2) h = t.num;
  if (!(h >= 0 && h <= 24 && m < 60)) return null;
  if (sfx === '' && end < lim) {
    const w = tt.word(end);
    if (w === 'a.m' || w === 'am' || w === 'p.m' || w === 'pm') {
      sfx = w[0] + 'm';
      end++;
    } else if (w === "o'clock" || w === 'o’clock') {
      sfx = 'oc';
      end++;
    }
  }
  if (sfx === 'pm' || sfx === 'p.m') {
    if (h > 12) return null;
    if (h < 12) h += 12;
  } else if (sfx === 'am' || sfx === 'a.m') {
    if (h > 12) return null;
    if (h === 12) h = 0;
  } else if (sfx === 'oc') {
    if (h > 12) return null;
  } else if (sfx !== '') return null;
  else {
    const prev = i > 0 ? tt.word(i - 1) : '';
    if (!colon || !(prev === 'at' || prev === 'by' || prev === 'around' || prev === 'until' || prev === 'before' || prev === 'after')) return null;
  }
  return hit(end, h * 60 + m, sfx === 'oc' ? 'oc' : '');
}

/** An hour in words before "o'clock", "a.m." or "p.m." ("eight o'clock", "ten p.m."), as read in transcripts. */
function wordClock(tt: Toks, i: number, lim: number): Hit | null {
  const h = NUMBER_WORDS.get(tt.word(i));
  if (h === undefined || h < 1 || h > 12 || i + 1 >= lim) return null;
  const w = tt.word(i + 1);
  if (w === "o'clock" || w === 'o’clock') return hit(i + 2, h * 60, 'oc');
  // "am" only written as an abbreviation ("a.m.", "AM"): "eight am" could be the verb.
  const t = tt.at(i + 1);
  // "18 FM and five AM radio stations": the band.
  if ((w === 'am' || w === 'pm') && !t.dot && i + 2 < lim && /^(?:radio|station|stations|band|frequency|frequencies|broadcast|broadcasts)$/.test(tt.word(i + 2))) return null;
  const am = w === 'a.m' || (w === 'am' && (t.dot || t.cap));
  if (am || w === 'p.m' || w === 'pm') return hit(i + 2, (am ? h % 12 : (h % 12) + 12) * 60);
  return null;
}

/** Years read aloud in transcripts: "nineteen ninety-six", "nineteen eighty", "two thousand". */
const spokenYear: SlotFn = (tt, i, lim) => {
  const w = tt.word(i);
  if (w === 'two' && i + 1 < lim && tt.word(i + 1) === 'thousand') {
    let j = i + 2;
    if (j < lim && tt.word(j) === 'and') j++;
    const u = j < lim ? NUMBER_WORDS.get(tt.word(j)) : undefined;
    return u !== undefined && u < 20 ? hit(j + 1, 2000 + u) : hit(i + 2, 2000);
  }
  if (w !== 'nineteen' && w !== 'eighteen' && w !== 'twenty') return null;
  // "nineteen-ninety-seven": hyphens between the words too.
  const t = i + 2 < lim && tt.word(i + 1) === '-' ? i + 2 : i + 1;
  const c = t < lim ? NUMBER_WORDS.get(tt.word(t)) : undefined;
  if (c === undefined || c < 10 || c % 10 !== 0 || !TENS.has(tt.word(t))) return null;
  let y = (w === 'nineteen' ? 1900 : w === 'eighteen' ? 1800 : 2000) + c;
  let end = t + 1;
  if (end + 1 < lim && tt.word(end) === '-') end++;
  const u = end < lim ? NUMBER_WORDS.get(tt.word(end)) : undefined;
  if (u !== undefined && u >= 1 && u <= 9) {
    y += u;
    end++;
  } else if (tt.word(end - 1) === '-') end--;
  return hit(end, y);
};

export const SLOTS: Record<string, SlotFn> = {
  MONTH: month, WDAY: weekday, WDAYS: weekdays, DAY: day, YEAR: year, DIG: digits, ORD: ordinal, NUM: count,
  UNIT: unit, SEASON: season, SPOKEN_YEAR: spokenYear, POD: partOfDay, DECADE: decade, FREQ: freq, REF: ref, ZONE: zone, CLOCK: readClock,
};

const NUMERIC = '#';
const words = (...lists: Array<Iterable<string>>): ReadonlySet<string> => new Set(lists.flatMap((l) => [...l]));

/**
 * Where each named slot may start: every lower-case word it can accept at its first token, '#'
 * standing for any number. A superset of what the slot reads; the start index is built from it.
 */
export const SLOT_START_WORDS: Record<string, ReadonlySet<string>> = {
  MONTH: words(MONTHS.keys()), WDAY: words(WEEKDAYS.keys()), WDAYS: words(WEEKDAYS_PLURAL.keys()), DAY: words([NUMERIC], ORDINAL_WORDS.keys(), TENS),
  YEAR: words([NUMERIC]), DIG: words([NUMERIC]), ORD: words([NUMERIC], ORDINAL_WORDS.keys(), TENS),
  NUM: words([NUMERIC, 'a', 'an', 'half'], NUMBER_WORDS.keys(), VAGUE_COUNTS),
  UNIT: words(UNITS.keys()), SEASON: words(SEASONS.keys()), POD: words(PARTS_OF_DAY.keys()), SPOKEN_YEAR: words(['nineteen', 'eighteen', 'twenty', 'two']),
  DECADE: words([NUMERIC, "'", '’'], DECADE_WORDS.keys()), FREQ: words(FREQUENCY_ADVERBS.keys()), REF: words(REF_WORDS.keys()),
  ZONE: words(ZONES), CLOCK: words([NUMERIC, 'noon', 'midday', 'midnight'], NUMBER_WORDS.keys()),
};

/**
 * The words a named slot's second token may have, when the slot reads more than one token
 * ("two hundred", "a couple of", "3 p.m.", "'90s", "nineteen eighty"); empty for a slot that
 * always reads one. A superset of what the readers above take, kept next to them: the start
 * index skips a rule whose second token fits neither its slot nor the slots after it.
 */
export const SLOT_SECOND_WORDS: Record<string, ReadonlySet<string>> = {
  MONTH: words(), WDAY: words(), WDAYS: words(), YEAR: words(), DIG: words(), UNIT: words(), SEASON: words(),
  POD: words(), FREQ: words(), REF: words(), ZONE: words(),
  // readCount: "2 1/2", "a few", "a couple of", "a hundred", "a half", "twenty-four", "one hundred".
  NUM: words([NUMERIC, 'few', 'couple', 'of', 'hundred', 'thousand', 'half', '-'], NUMBER_WORDS.keys()),
  // readClock: "3 p.m.", "9 o'clock".
  CLOCK: words(['a.m', 'am', 'p.m', 'pm', "o'clock", 'o’clock']),
  // ordinalWord: "twenty-first", "thirty first".
  DAY: words(['-'], ORDINAL_WORDS.keys()), ORD: words(['-'], ORDINAL_WORDS.keys()),
  // decade: "'90s", "1980's"; spokenYear: "two thousand", "nineteen eighty".
  DECADE: words([NUMERIC, "'", '’', "'s", '’s']), SPOKEN_YEAR: words(['thousand', '-'], TENS),
};
