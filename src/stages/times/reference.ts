import { isValidDate, pad, type Ymd } from './calendar.js';
import type { Spec } from './spec.js';

const QUARTER = /^(\d{4})-Q([1-4])$/;
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T|$)/;

/** How far (in sentences) "a year ago" still refers to the quarter just named. */
const YEARS_BACK_REACH = 2;

/** How far (in sentences) a named date still dates a bare clock time. */
const CLOCK_REACH = 3;

/** How far (in sentences) the last day named still anchors "the previous day" past a coarser date. */
const DAY_REACH = 4;

/** Granularity of a remembered date: year, month or day. */
type Gran = 1 | 2 | 3;

/**
 * The reference times of a text read in order: the quarter it last named (earnings stories) and
 * the date it last mentioned (for "that year", "the following day", "the previous Friday").
 */
export class References {
  private quarter: { y: number; q: number; sent: number } | null = null;
  /** The first quarter the text names: an earnings story's own quarter, which later mentions of "the quarter" mean. */
  private main: { y: number; q: number } | null = null;
  private date: { ymd: Ymd; gran: Gran; sent: number } | null = null;
  /** The last date named to the day. */
  private day: { ymd: Ymd; sent: number } | null = null;

  /** The anchor for an anaphoric spec: the last mentioned date if it is fine enough, else null. */
  anchorFor(s: Spec, sent: number): Ymd | null {
    if (!s.ana || !this.date) return null;
    // A bare clock time ("at 10 p.m.") belongs to a date named close by, not to one far back.
    if (s.tod !== undefined && s.rel?.unit === 'D' && s.rel.n === 0 && sent - this.date.sent > CLOCK_REACH) return null;
    const need: Gran = s.wd !== undefined || s.rel?.unit === 'D' || s.rel?.unit === 'W' || s.rel?.unit === 'WE' ? 3 : s.rel?.unit === 'M' ? 2 : 1;
    if (this.date.gran >= need) return this.date.ymd;
    // "On Thursday ... last October ... The previous day": the last day named, past a coarser date.
    return need === 3 && this.day && s.tod === undefined && sent - this.day.sent <= DAY_REACH ? this.day.ymd : null;
  }

  /**
   * "that (same) day" right after a month named without its day ("killed last October … crossed out that same day"):
   * a day of that month left unsaid, YYYY-MM-XX; null when the last date named is a day (or none is known).
   */
  unsaidDay(s: Spec): string | null {
    if (!s.ana || s.rel?.unit !== 'D' || s.rel.n !== 0 || s.tod !== undefined || s.wd !== undefined || !this.date || this.date.gran !== 2) return null;
    return `${pad(this.date.ymd.y, 4)}-${pad(this.date.ymd.m, 2)}-XX`;
  }

  /** Rewrites a value that depends on the quarter context, then remembers what this expression names. */
  settle(s: Spec, value: string, sent: number): string {
    const q = this.quarter;
    const main = this.main;
    if (s.qref && main) value = `${pad(s.qref.y ?? main.y - s.qref.back, 4)}-Q${main.q}`;
    else if (s.yearsBack !== undefined && q && sent - q.sent <= YEARS_BACK_REACH) value = `${pad(q.y - s.yearsBack, 4)}-Q${q.q}`;
    this.observe(s, value, sent);
    return value;
  }

  private observe(s: Spec, value: string, sent: number): void {
    const qm = QUARTER.exec(value);
    // Only a quarter named as such sets the context, not one derived from the context itself.
    if (qm) {
      // "the quarter" itself keeps the story's quarter in view for a following "a year ago".
      const current = s.qref ? s.qref.back === 0 && s.qref.y === undefined : s.yearsBack === undefined && !(s.rel && s.rel.n < -1);
      if (current) {
        this.quarter = { y: +qm[1], q: +qm[2], sent };
        this.main ??= this.quarter;
      }
      return;
    }
    if (s.type !== 'DATE' && s.type !== 'TIME') return;
    const dm = DATE.exec(value);
    if (!dm) return;
    const y = +dm[1];
    const m = dm[2] ? +dm[2] : 1;
    const d = dm[3] ? +dm[3] : 1;
    if (!isValidDate(y, m, d)) return;
    this.date = { ymd: { y, m, d }, gran: dm[3] ? 3 : dm[2] ? 2 : 1, sent };
    if (dm[3]) this.day = { ymd: this.date.ymd, sent };
  }
}
