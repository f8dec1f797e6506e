import {
  addDays, addMonths, daysBetween, daysInMonth, easterSunday, fmtDate, fmtMonth, isoWeek, isoWeekday, isValidDate, pad, quarterOf, seasonIndex, type Ymd,
} from './calendar.js';
import type { Spec } from './spec.js';

/** Verb tense around an expression: -1 past, +1 future (decides "Friday" → last or next Friday). */
export type Tense = -1 | 1;
/** A tense, or 0 where the text gave no cue (news then defaults to the past). */
export type TenseCue = -1 | 0 | 1;

/**
 * Turns a spec into a TIMEX3 value against the anchor (the publication date). Without an anchor,
 * relative values stay underspecified (XXXX-02-26, XXXX-WXX-1).
 */
export function resolveValue(spec: Spec, anchor: Ymd | null, tense: TenseCue, pastVerb = false): string {
  if (spec.value !== undefined) return spec.value;
  let v = dateValue(spec, anchor, tense, pastVerb);
  if (spec.tod) v += 'T' + spec.tod;
  return v;
}

function dateValue(s: Spec, a: Ymd | null, cue: TenseCue, pastVerb: boolean): string {
  const tense: Tense = cue || -1;
  if (s.rel) return relative(s, a);
  if (s.wd !== undefined && s.d !== undefined && s.m === undefined) return weekdayOfMonthDay(a, s.wd, s.d, tense);
  if (s.d !== undefined && s.m === undefined && s.y === undefined) return monthDay(a, s.d, tense);
  if (s.wd !== undefined) {
    if (!a) return `XXXX-WXX-${s.wd}`;
    // With no tense cue at all, the nearest such weekday: "the Silver State holds its caucuses on Saturday" on a Thursday.
    if (cue === 0 && s.dir === undefined) return fmtDate(nearestWeekday(a, s.wd));
    return fmtDate(s.dir === undefined ? weekdayByTense(a, s.wd, tense) : s.dir === 0 ? thisWeekday(a, s.wd, tense) : placeWeekday(a, s.wd, s.dir));
  }
  // Easter finds its own year, by which side of the anchor its Sunday falls.
  if (s.easter) return easterValue(s, a, cue);
  let y = s.y;
  if (y === undefined && s.m !== undefined && a) y = inferYear(a, s.m, s.d ?? 0, s.dir ?? 0, cue, pastVerb);
  if (y === undefined && s.sub && a) y = inferSubYear(a, s.sub, s.dir ?? 0, tense);
  const ys = y === undefined ? 'XXXX' : pad(y, 4);
  if (s.weekOf !== undefined && s.m !== undefined && y !== undefined) {
    // The n-th week of a month is the ISO week holding its middle day (the 4th, 11th, ... ; the last week: three days before the end).
    const d = s.weekOf === 0 ? s.d ?? 1 : s.weekOf < 0 ? daysInMonth(y, s.m) - 3 : 7 * s.weekOf - 3;
    if (isValidDate(y, s.m, d)) return isoWeek({ y, m: s.m, d });
  }
  if (s.m !== undefined) {
    const mm = pad(s.m, 2);
    if (s.nth && y !== undefined) return fmtDate(nthWeekday(y, s.m, s.nth[0], s.nth[1]));
    if (s.d === undefined) return `${ys}-${mm}`;
    if (y !== undefined && !isValidDate(y, s.m, s.d)) return `${ys}-${mm}`;
    return `${ys}-${mm}-${pad(s.d, 2)}`;
  }
  if (s.sub) return `${ys}-${s.sub}`;
  return ys;
}

/** Easter of the anchor's year, or of the year before (after) when the tense puts it behind (ahead of) the anchor. */
function easterValue(s: Spec, a: Ymd | null, cue: TenseCue): string {
  if (!a && s.y === undefined) return 'XXXX-XX-XX';
  let y = s.y ?? a!.y;
  if (s.y === undefined && a) {
    // A week counts from its Monday: "as Easter week began" on its Monday is this year's.
    const e = easterSunday(y);
    const side = Math.sign(daysBetween(a, s.easter === 'week' ? addDays(e, -6) : e));
    if (cue !== 0 && side !== 0 && side !== cue) y += cue;
  }
  const e = easterSunday(y);
  return s.easter === 'week' ? isoWeek(e) : fmtDate(e);
}

/** "Friday the 15th": the 15th nearest the anchor that falls on a Friday (this month, the last or the next); else by tense. */
function weekdayOfMonthDay(a: Ymd | null, wd: number, d: number, tense: Tense): string {
  if (!a) return `XXXX-XX-${pad(d, 2)}`;
  let best: Ymd | null = null;
  for (const k of [0, -1, 1]) {
    const [y, m] = addMonths(a.y, a.m, k);
    if (isValidDate(y, m, d) && isoWeekday({ y, m, d }) === wd) {
      best = { y, m, d };
      break;
    }
  }
  return fmtDate(best ?? weekdayByTense(a, wd, tense));
}

/** "on the 21st": that day of the anchor's month, or of the month before (past) or after (future) when it lies on the other side. */
function monthDay(a: Ymd | null, d: number, tense: Tense): string {
  if (!a) return `XXXX-XX-${pad(d, 2)}`;
  const k = tense < 0 ? (d <= a.d ? 0 : -1) : d >= a.d ? 0 : 1;
  const [y, m] = addMonths(a.y, a.m, k);
  return isValidDate(y, m, d) ? fmtDate({ y, m, d }) : `${pad(y, 4)}-${pad(m, 2)}`;
}

/** The n-th weekday `wd` of a month; n = -1 is the last one (Memorial Day). */
function nthWeekday(y: number, m: number, n: number, wd: number): Ymd {
  if (n < 0) {
    const last = { y, m, d: daysInMonth(y, m) };
    return addDays(last, -((isoWeekday(last) - wd + 7) % 7));
  }
  const first = { y, m, d: 1 };
  return addDays(first, ((wd - isoWeekday(first) + 7) % 7) + 7 * (n - 1));
}

/** The weekday nearest the anchor in a direction; the anchor itself when it is that weekday and no direction was said. */
function placeWeekday(a: Ymd, wd: number, dir: -1 | 0 | 1): Ymd {
  const cur = isoWeekday(a);
  if (dir === 0) return addDays(a, wd - cur);
  if (dir < 0) {
    const back = (cur - wd + 7) % 7;
    return addDays(a, -(back === 0 ? 7 : back));
  }
  const fwd = (wd - cur + 7) % 7;
  return addDays(a, fwd === 0 ? 7 : fwd);
}

/**
 * "this Sunday": the day of the anchor's week, unless the tense puts it on the other side of the anchor ("This Sunday,
 * Zapata crossed the Channel" on a Tuesday is two days back, not five ahead).
 */
function thisWeekday(a: Ymd, wd: number, tense: Tense): Ymd {
  const side = Math.sign(wd - isoWeekday(a));
  return side !== 0 && side !== tense ? weekdayByTense(a, wd, tense) : placeWeekday(a, wd, 0);
}

/** The weekday nearest the anchor: up to three days back, else up to three ahead. */
function nearestWeekday(a: Ymd, wd: number): Ymd {
  const back = (isoWeekday(a) - wd + 7) % 7;
  return addDays(a, back <= 3 ? -back : 7 - back);
}

/** Weekday without "last"/"next": the anchor day itself, else by tense. */
export function weekdayByTense(a: Ymd, wd: number, tense: Tense): Ymd {
  if (isoWeekday(a) === wd) return a;
  return placeWeekday(a, wd, tense);
}

/** With no tense cue, a month up to this many months ahead stays in the anchor's year ("California's June 7 primary" in March). */
const UNCUED_AHEAD = 4;

/** How far ahead of the anchor a date a past verb governs is still read as this year's (days). */
const PAST_VERB_REACH = 31;

function inferYear(a: Ymd, m: number, d: number, dir: -1 | 0 | 1, tense: TenseCue, pastVerb = false): number {
  if (dir < 0) return m < a.m || (m === a.m && d < a.d) ? a.y : a.y - 1;
  if (dir > 0) return m > a.m || (m === a.m && d > a.d) ? a.y : a.y + 1;
  // Same year unless the tense says the month must lie on the other side of the anchor; only
  // flip for months well away from it (a story on Jan 2 about "December" means last December).
  const diff = m - a.m;
  if (tense === 0) return diff > UNCUED_AHEAD ? a.y - 1 : a.y;
  if (tense < 0 && diff > 2) return a.y - 1;
  // "was published in March" on January 24: a past verb governing the month puts it before the anchor, when the date
  // lies more than a month ahead ("reopened on the 3rd of March" in a story of February 26 may report the plan as done).
  if (pastVerb && tense < 0 && diff > 0 && daysBetween(a, { y: a.y, m, d: d || 1 }) > PAST_VERB_REACH) return a.y - 1;
  if (tense > 0 && diff < -2) return a.y + 1;
  return a.y;
}

function inferSubYear(a: Ymd, sub: string, dir: -1 | 0 | 1, tense: Tense): number {
  let pos: number;
  let cur: number;
  if (sub[0] === 'Q') [pos, cur] = [+sub[1], quarterOf(a.m)];
  else if (sub[0] === 'H') [pos, cur] = [+sub[1], a.m <= 6 ? 1 : 2];
  else [pos, cur] = [seasonIndex(sub), seasonIndex(['WI', 'WI', 'SP', 'SP', 'SP', 'SU', 'SU', 'SU', 'FA', 'FA', 'FA', 'WI'][a.m - 1])];
  if (dir < 0) return pos < cur ? a.y : a.y - 1;
  if (dir > 0) return pos > cur ? a.y : a.y + 1;
  if (tense < 0 && pos > cur + 1) return a.y - 1;
  return a.y;
}

function relative(s: Spec, a: Ymd | null): string {
  const { unit, n } = s.rel!;
  if (!a) {
    const x: Record<string, string> = { D: 'XXXX-XX-XX', H: 'XXXX-XX-XX', W: 'XXXX-WXX', WE: 'XXXX-WXX-WE', M: 'XXXX-XX', Q: 'XXXX-QX', SE: 'XXXX', Y: 'XXXX', DE: 'XXX', CE: 'XX' };
    if (unit === 'D' && n === 0 && !s.tod) return 'PRESENT_REF';
    if (unit === 'W' && s.wd !== undefined) return `XXXX-WXX-${s.wd}`;
    if (unit === 'M' && s.d !== undefined) return `XXXX-XX-${pad(s.d, 2)}`;
    if (unit === 'Y' && s.m !== undefined) return `XXXX-${pad(s.m, 2)}` + (s.d !== undefined ? '-' + pad(s.d, 2) : '');
    return x[unit] + (s.sub && unit === 'Y' ? '-' + s.sub : '');
  }
  switch (unit) {
    case 'D':
    case 'H':
      return fmtDate(addDays(a, unit === 'D' ? n : Math.floor((n + 0) / 24)));
    case 'W':
      // "Friday next week": that weekday of the week counted.
      if (s.wd !== undefined) return fmtDate(addDays(a, 7 * n + s.wd - isoWeekday(a)));
      return isoWeek(addDays(a, 7 * n));
    case 'WE': {
      // "the weekend" in a past story is the one before the anchor, else the coming one.
      const w = isoWeek(addDays(a, 7 * n));
      return w + '-WE';
    }
    case 'M': {
      const [y, m] = addMonths(a.y, a.m, n);
      // "the 20th of next month": that day of the month counted.
      if (s.d !== undefined && isValidDate(y, m, s.d)) return fmtDate({ y, m, d: s.d });
      return fmtMonth(y, m);
    }
    case 'Q': {
      const k = a.y * 4 + quarterOf(a.m) - 1 + n;
      return `${pad(Math.floor(k / 4), 4)}-Q${(k % 4) + 1}`;
    }
    case 'SE':
      return pad(a.y + n, 4) + (s.sub ? '-' + s.sub : '');
    case 'Y':
      // "April next year", "Oct. 5 last year": the month (and day) of the year counted.
      if (s.m !== undefined) return s.d !== undefined && isValidDate(a.y + n, s.m, s.d) ? fmtDate({ y: a.y + n, m: s.m, d: s.d }) : fmtMonth(a.y + n, s.m);
      return pad(a.y + n, 4) + (s.sub ? '-' + s.sub : '');
    case 'DE':
      return pad(Math.floor(a.y / 10) + n, 3);
    case 'CE':
      return pad(Math.floor(a.y / 100) + n, 2);
  }
}
