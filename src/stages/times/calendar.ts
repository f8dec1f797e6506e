/** Calendar arithmetic on plain dates (UTC, no time zones): the anchor maths of the normaliser. */

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const pad2 = (n: number): string => (n < 10 ? '0' : '') + n;
export const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export function parseIsoDate(s: string | undefined): Ymd | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return null;
  const ymd = { y: +m[1], m: +m[2], d: +m[3] };
  return isValidDate(ymd.y, ymd.m, ymd.d) ? ymd : null;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function fmtDate(d: Ymd): string {
  return `${pad(d.y, 4)}-${pad2(d.m)}-${pad2(d.d)}`;
}

export function fmtMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad2(m)}`;
}

export function addDays(d: Ymd, n: number): Ymd {
  const t = new Date(Date.UTC(d.y, d.m - 1, d.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** Whole days from a to b (negative when b is earlier). */
export function daysBetween(a: Ymd, b: Ymd): number {
  return Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86_400_000);
}

/** Month arithmetic: returns [year, month] n months after (y, m). */
export function addMonths(y: number, m: number, n: number): [number, number] {
  const k = y * 12 + (m - 1) + n;
  return [Math.floor(k / 12), (k % 12 + 12) % 12 + 1];
}

/** ISO weekday, Monday = 1 ... Sunday = 7. */
export function isoWeekday(d: Ymd): number {
  const w = new Date(Date.UTC(d.y, d.m - 1, d.d)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO 8601 week value of a date, e.g. 2020-W09. */
export function isoWeek(d: Ymd): string {
  // The Thursday of the date's week decides which year the week belongs to.
  const thursday = addDays(d, 4 - isoWeekday(d));
  const jan1 = Date.UTC(thursday.y, 0, 1);
  const week = Math.floor((Date.UTC(thursday.y, thursday.m - 1, thursday.d) - jan1) / 86_400_000 / 7) + 1;
  return `${pad(thursday.y, 4)}-W${pad2(week)}`;
}

export function quarterOf(m: number): number {
  return Math.floor((m - 1) / 3) + 1;
}

/** Season of a month for "last summer"-style arithmetic (northern hemisphere, meteorological). */
export function seasonIndex(code: string): number {
  return { WI: 0, SP: 1, SU: 2, FA: 3 }[code] ?? 0;
}

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm). */
export function easterSunday(y: number): Ymd {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { y, m: month, d: ((h + l - 7 * m + 114) % 31) + 1 };
}
