/**
 * Event linking across documents: a document event joins a corpus event when the type is the
 * same, the time agrees (same or adjacent day; or, when neither text dates it, reports a few
 * days apart) and at least one place or participant is the same corpus entity. The store finds
 * candidates through the keys below (type + place, type + participant); this module decides
 * and says why.
 */
import type { LinkEvidence } from './evidence.js';

export interface DocEventInput {
  type: string;
  /** TIMEX3 value of when it happened, if the text says. */
  time?: string;
  /** Corpus entity ids of its places and participants (after entity linking). */
  places: string[];
  participants: string[];
  /** Publication date of the reporting document. */
  published?: string;
}

export interface EventCandidate {
  id: string;
  type: string;
  /** The day it happened (YYYY-MM-DD), a month (YYYY-MM), or null. */
  time: string | null;
  places: string[];
  participants: string[];
  firstReported: string | null;
  lastReported: string | null;
  docs: number;
  /** Display names of the corpus entities above, for evidence lines. */
  names: Record<string, string>;
}

export interface EventDecision {
  join: string | null;
  evidence: LinkEvidence[];
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})/;
const MONTH = /^(\d{4})-(\d{2})(?!-\d)/;
/** Reports of one undated event arrive within about a week of each other. */
export const REPORT_WINDOW_DAYS = 7;
const SAME_DAY_SLACK = 1;

/** The calendar part of a TIMEX3 value we can compare: a day, a month, or null. */
export function eventTime(value: string | undefined | null): string | null {
  if (!value) return null;
  const d = DAY.exec(value);
  if (d) return `${d[1]}-${d[2]}-${d[3]}`;
  const m = MONTH.exec(value);
  return m ? `${m[1]}-${m[2]}` : null;
}

export function dayNumber(day: string): number {
  const d = DAY.exec(day);
  return d ? Date.UTC(+d[1], +d[2] - 1, +d[3]) / 86_400_000 : NaN;
}

/**
 * The day an event is filed under for candidate lookup: its date (a month's first day), else
 * the day it was first reported; NaN when neither is known.
 */
export function anchorDay(time: string | null, firstReported: string | null | undefined): number {
  if (time) return dayNumber(time.length === 7 ? `${time}-01` : time);
  return firstReported ? dayNumber(firstReported) : NaN;
}

/**
 * The day windows in which a candidate's anchor day must fall for decideEvent to be able to
 * accept it: around the mention's own date, and around its report date (undated candidates
 * are anchored on their first report, and later reports extend them by up to the window).
 */
export function candidateWindows(time: string | null, published: string | undefined): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (time) {
    const d = anchorDay(time, null);
    out.push(time.length === 7 ? [d - 1, d + 31] : [d - 31, d + 1]);
  }
  if (published) {
    const p = dayNumber(published);
    // Undated candidates anchor on their first report; a chain of reports may run long.
    out.push([p - 10 * REPORT_WINDOW_DAYS, p + REPORT_WINDOW_DAYS + 1]);
  }
  return out.filter(([a, b]) => Number.isFinite(a) && Number.isFinite(b));
}

export function eventKeys(e: { type: string; places: readonly string[]; participants: readonly string[] }): string[] {
  const keys = new Set<string>();
  for (const p of e.places) keys.add(`${e.type}|p:${p}`);
  for (const p of e.participants) keys.add(`${e.type}|e:${p}`);
  return [...keys];
}

interface TimeAgreement {
  score: number;
  detail: string;
}

function timeAgreement(e: DocEventInput, c: EventCandidate): TimeAgreement | null {
  const mine = eventTime(e.time);
  const theirs = c.time;
  if (mine && theirs) {
    if (mine.length === 10 && theirs.length === 10) {
      const gap = Math.abs(dayNumber(mine) - dayNumber(theirs));
      if (gap > SAME_DAY_SLACK) return null;
      return { score: 2, detail: gap === 0 ? `both on ${mine}` : `${mine} and ${theirs} (one day apart: time zones, overnight events)` };
    }
    const [a, b] = mine.length <= theirs.length ? [mine, theirs] : [theirs, mine];
    return b.startsWith(a) ? { score: 1, detail: `${b} falls in ${a}` } : null;
  }
  // Undated on at least one side: fall back on when it was reported.
  if (!e.published || !c.firstReported) return null;
  const p = dayNumber(e.published);
  const lo = dayNumber(c.firstReported) - REPORT_WINDOW_DAYS;
  const hi = dayNumber(c.lastReported ?? c.firstReported) + REPORT_WINDOW_DAYS;
  if (!(p >= lo && p <= hi)) return null;
  if (mine && mine.length === 10 && !(dayNumber(mine) <= p)) return null;
  return { score: 0.5, detail: `no shared date in the texts; reported ${e.published}, within ${REPORT_WINDOW_DAYS} days of the other reports` };
}

export function decideEvent(e: DocEventInput, candidates: readonly EventCandidate[]): EventDecision {
  let best: { c: EventCandidate; score: number; evidence: LinkEvidence[] } | null = null;
  for (const c of candidates) {
    if (c.type !== e.type) continue;
    const time = timeAgreement(e, c);
    if (!time) continue;
    const places = e.places.filter((p) => c.places.includes(p));
    const people = e.participants.filter((p) => c.participants.includes(p));
    if (places.length + people.length === 0) continue;
    // An undated mention needs two anchors: one shared place alone is too common a coincidence.
    if (time.score < 1 && places.length + people.length < 2) continue;
    const evidence: LinkEvidence[] = [
      { rule: 'type', detail: `both "${e.type}"` },
      { rule: 'time', detail: time.detail },
    ];
    for (const p of places) evidence.push({ rule: 'place', detail: c.names[p] ?? p });
    for (const p of people) evidence.push({ rule: 'participant', detail: c.names[p] ?? p });
    const score = time.score + places.length + people.length;
    if (!best || score > best.score || (score === best.score && c.docs > best.c.docs)) best = { c, score, evidence };
  }
  if (!best) return { join: null, evidence: [{ rule: 'new', detail: 'no earlier event of this type with an agreeing time and a shared place or participant' }] };
  return { join: best.c.id, evidence: best.evidence };
}
