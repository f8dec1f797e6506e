import { daysBetween, isValidDate, type Ymd } from './calendar.js';
import type { Found } from './find.js';
import type { Toks } from './tokens.js';

/** How far into the text a dateline may stand (characters), and how far from the publication date it may lie (days). */
const HEAD = 400;
const REACH = 7;
/** What a dateline line holds before its date: "WASHINGTON, ", "SAN JOSE, Costa Rica, ". */
const DATELINE_HEAD = /^\s*\p{Lu}[\p{Lu} .'-]+(?:, [\p{L} .'-]+)?,\s*$/u;

/**
 * The story date a wire dateline gives ("WASHINGTON, August 11 (Xinhua) --"): the day the story
 * tells about, which relative dates ("Tuesday", "yesterday") count from, and which may be a day
 * before the publication date. Null when the text opens with no dateline, or its day lies more
 * than a week from the publication date.
 */
export function datelineAnchor(tt: Toks, found: readonly Found[], anchor: Ymd | null): Ymd | null {
  if (!anchor) return null;
  for (const f of found) {
    if (tt.at(f.start).s > HEAD) break;
    const s = f.spec;
    if (s.type !== 'DATE' || s.m === undefined || s.d === undefined || s.y !== undefined || s.rel !== undefined || s.wd !== undefined) continue;
    // "CITY, Month Day (Agency)": a line that opens with a place in capitals, a parenthesis after the date.
    if (f.end >= tt.n || tt.word(f.end) !== '(') continue;
    const at = tt.at(f.start).s;
    if (!DATELINE_HEAD.test(tt.text.slice(tt.text.lastIndexOf('\n', at) + 1, at))) continue;
    for (const y of [anchor.y, anchor.y - 1, anchor.y + 1]) {
      if (!isValidDate(y, s.m, s.d)) continue;
      const day = { y, m: s.m, d: s.d };
      if (Math.abs(daysBetween(anchor, day)) <= REACH) return day;
    }
  }
  return null;
}
