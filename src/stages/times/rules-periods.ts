import { pad } from './calendar.js';
import { PLURAL_UNITS } from './lexicon.js';
import { DIR, durationValue, nextCapitalised, nextWord, prevWord, type, type AddRule, type Ctx } from './rule-kit.js';
import type { Spec } from './spec.js';

/** Quarters, halves and the fiscal year: the periods of earnings stories. */
export function addQuarterRules(rule: AddRule): void {
  // --- Quarters and halves --------------------------------------------------------------------
  const quarter = (ord: number, what: string, y: number | undefined): Spec | null => {
    if (what === 'quarter' || what === 'quarters') return ord >= 1 && ord <= 4 ? { type: 'DATE', y, sub: 'Q' + ord } : null;
    return ord >= 1 && ord <= 2 ? { type: 'DATE', y, sub: 'H' + ord } : null;
  };
  rule('fiscal? YEAR fiscal? ORD -? quarter|half', (c) => quarter(c[3]!.v, c[5]!.w, c[1]!.v), true);
  // "1997's second quarter", "fiscal 1998's first half": the year's own period, not the anchor's.
  // After a number the apostrophe is a token of its own ("1997 ' s").
  rule("fiscal? YEAR 's|’s fiscal? ORD -? quarter|half", (c) => quarter(c[4]!.v, c[6]!.w, c[1]!.v), true);
  rule("fiscal? YEAR '|’ s fiscal? ORD -? quarter|half", (c) => quarter(c[5]!.v, c[7]!.w, c[1]!.v), true);
  rule('fiscal? ORD -? quarter|half ,? of? fiscal? YEAR?', (c) => quarter(c[1]!.v, c[3]!.w, c[7]?.v), true);
  // "the last half of 1989", "the first two quarters of 1990": halves of a named year.
  rule('the first|last|second half of YEAR', (c) => ({ type: 'DATE', y: c[4]!.v, sub: c[1]!.w === 'first' ? 'H1' : 'H2' }));
  // "the second half of next year": one period, the half of the year counted from the anchor.
  rule('the first|last|second half of this|next|last year', (c) => ({ type: 'DATE', rel: { unit: 'Y', n: DIR[c[4]!.w] }, sub: c[1]!.w === 'first' ? 'H1' : 'H2' }));
  rule('the? first|last two quarters of YEAR', (c) => ({ type: 'DATE', y: c[5]!.v, sub: c[1]!.w === 'first' ? 'H1' : 'H2' }));
  // "next year's first quarter"
  rule("this|last|next year 's|’s ORD -? quarter", (c) => (c[3]!.v >= 1 && c[3]!.v <= 4 ? { type: 'DATE', rel: { unit: 'Y', n: DIR[c[0]!.w] }, sub: 'Q' + c[3]!.v } : null));
  // Earnings stories talk about one quarter: "the quarter", "the latest period" and "the year-ago
  // quarter" are that quarter (or the one a year before), dated once the text's last named quarter
  // is known; the fallback is the quarter before publication.
  const LAST_Q = { unit: 'Q', n: -1 } as const;
  rule('the|that quarter', (c, x) => (nextWord(x) === '-' ? null : { type: 'DATE', rel: LAST_Q, qref: { back: 0 } }));
  rule('the quarter a year ago|earlier', () => ({ type: 'DATE', rel: { unit: 'Q', n: -5 }, qref: { back: 1 } }));
  rule('the latest|recent period', () => ({ type: 'DATE', rel: LAST_Q, qref: { back: 0 } }));
  rule('the YEAR period|quarter', (c) => ({ type: 'DATE', y: c[1]!.v, qref: { back: 0, y: c[1]!.v } }));
  rule('this|current|latest|last|past|previous|recent|next|coming fiscal? quarter', (c) => {
    const w = c[0]!.w;
    if (w === 'latest' || w === 'recent') return { type: 'DATE', rel: LAST_Q, qref: { back: 0 } };
    return { type: 'DATE', rel: { unit: 'Q', n: DIR[w] } };
  }, true);
  rule('year - ago|earlier quarter|period', () => ({ type: 'DATE', rel: { unit: 'Q', n: -5 }, qref: { back: 1 } }), true);
  rule('year - ago|earlier ORD -? quarter', (c) => (c[3]!.v >= 1 && c[3]!.v <= 4 ? { type: 'DATE', rel: { unit: 'Y', n: -1 }, sub: 'Q' + c[3]!.v } : null), true);
  rule('year - ago|earlier', () => ({ type: 'DATE', rel: { unit: 'Y', n: -1 }, yearsBack: 1 }), true);
  // "since year-end": the last one passed, December 31 of the year before (a market story's benchmark).
  rule("year -|'s|’s? end", (c, x) => (prevWord(x) === 'since' ? { type: 'DATE', m: 12, d: 31, rel: { unit: 'Y', n: -1 } } : { type: 'DATE', rel: { unit: 'Y', n: 0 }, mod: 'END' }));
  rule('the fiscal|full|current|latest|past|entire|whole? fiscal? year', (c, x) => {
    // "for the year ended June 30" is a stretch of time; "for the year", "in the fiscal year" the current year.
    const p = prevWord(x);
    const nx = nextWord(x);
    // "the year ended Sept. 30", "in the year ending June 30": a twelve-month stretch, whatever precedes.
    if (nx === 'ended' || nx === 'ending' || nx === 'ends') return type('DURATION', 'P1Y');
    if (!c[1] && !c[2] && p !== 'for' && p !== 'during' && p !== 'throughout') return null;
    if (nx === 'through' || nx === 'to') return type('DURATION', 'P1Y');
    return { type: 'DATE', rel: { unit: 'Y', n: c[1]?.w === 'latest' || c[1]?.w === 'past' ? -1 : 0 } };
  });
}

/** Is the word after the match a content word (so an ordinal there starts a noun phrase: "the first group")? */
const nounNext = (x: Ctx): boolean => /^\p{L}/u.test(nextWord(x)) && !/^(?:and|or|of|at|in|on|with|for|to|from|when|as|but|after|before)$/.test(nextWord(x));
const DAY_BEFORE = new Set(['on', 'by', 'since', 'until', 'till', 'from', 'before', 'after', 'for']);

/** Days named inside a week or month: "Friday next week", "the 20th of next month", "Friday the 15th", "the first Friday of July". */
export function addDayOfPeriodRules(rule: AddRule): void {
  // "Friday next week", "Friday of this week", "next week on Friday": that day of the week counted.
  rule('WDAY of? this|next|last week', (c) => ({ type: 'DATE', wd: c[0]!.v, rel: { unit: 'W', n: DIR[c[2]!.w] } }));
  rule('this|next|last week on? WDAY', (c) => ({ type: 'DATE', wd: c[3]!.v, rel: { unit: 'W', n: DIR[c[0]!.w] } }), true);
  // "the 20th of next month" ("the second this month" is a count of events: a word ordinal needs "of").
  rule('DAY of? this|next|last month', (c, x) => ((x.tt.at(x.i).digits === 0 || x.tt.at(x.i).sfx === '') && !c[1] ? null : { type: 'DATE', d: c[0]!.v, rel: { unit: 'M', n: DIR[c[2]!.w] } }), true);
  // "on the 21st", "by the 3rd": a day of a month left unsaid (not "on the second day", "on 22nd Street").
  rule('the? DAY', (c, x) => {
    const t = x.tt.at(x.end - 1);
    if (!DAY_BEFORE.has(prevWord(x)) || (t.digits > 0 && t.sfx === '') || (t.digits === 0 && !c[0])) return null;
    // "the second-guessing", "the first-ever": a compound, not a day.
    if (nounNext(x) || nextWord(x) === '-') return null;
    return { type: 'DATE', d: c[1]!.v };
  });
  // "Friday the 15th", "Saturday the second" (not "on Friday the first group arrived").
  rule('WDAY ,? the DAY', (c, x) => (nounNext(x) ? null : { type: 'DATE', wd: c[0]!.v, d: c[3]!.v }));
  // "the first Friday of July", "the second Sunday in May".
  rule('the? ORD WDAY of|in MONTH', (c) => (c[1]!.v >= 1 && c[1]!.v <= 5 ? { type: 'DATE', m: c[4]!.v, nth: [c[1]!.v, c[2]!.v] } : null));
}

/** Sets ("every week", "daily"), the present, past and future as a whole, and holidays. */
export function addSetAndReferenceRules(rule: AddRule): void {
  // --- Sets ---------------------------------------------------------------------------------
  rule('every|each|per other? NUM? UNIT', (c) => {
    const n = c[2] ? c[2].v : 1;
    if (Number.isNaN(n)) return null;
    return type('SET', durationValue(c[1] ? 2 * n : n, c[3]!.w));
  });
  rule('every|each WDAY', (c) => type('SET', `XXXX-WXX-${c[1]!.v}`));
  rule('every|each MONTH', (c) => type('SET', `XXXX-${pad(c[1]!.v, 2)}`));
  rule('every|each SEASON', (c) => type('SET', `XXXX-${c[1]!.w}`));
  rule('once|twice|thrice a|per|each|every UNIT', (c) => type('SET', durationValue(1, c[2]!.w)));
  rule('NUM times a|per|each|every UNIT', (c) => type('SET', durationValue(1, c[3]!.w)));
  rule('FREQ', (c) => type('SET', c[0]!.w));

  // --- Present, past and future as a whole ----------------------------------------------------
  rule('these days', () => type('DATE', 'PRESENT_REF'));
  rule('the present', () => type('DATE', 'PRESENT_REF'));
  rule('the past', () => type('DATE', 'PAST_REF'));
  rule('the near|foreseeable|distant|immediate? future', () => type('DATE', 'FUTURE_REF'));
  rule('future|coming UNIT', (c, x) => (PLURAL_UNITS.has(x.tt.word(x.i + 1)) && x.tt.word(x.i) === 'future' ? type('DATE', 'FUTURE_REF') : null));
  rule('the near|short|long|medium term', () => type('DATE', 'FUTURE_REF'));
  rule('REF', (c, x) => {
    const w = c[0]!.w;
    // "future" alone is a date only as a modifier ("future quarters"); "recent" likewise.
    if (w === 'future' && !/^\p{L}/u.test(nextWord(x))) return null;
    return type('DATE', w);
  });

  // --- Holidays with fixed or computable dates ------------------------------------------------
  rule('christmas day|eve?', (c) => ({ type: 'DATE', m: 12, d: c[1]?.w === 'eve' ? 24 : 25 }));
  rule("new year 's|’s day|eve", (c) => (c[3]!.w === 'eve' ? { type: 'DATE', m: 12, d: 31 } : { type: 'DATE', m: 1, d: 1 }));
  rule('thanksgiving day?', () => ({ type: 'DATE', m: 11, nth: [4, 4] }));
  rule("valentine 's|’s? day", () => ({ type: 'DATE', m: 2, d: 14 }));
  rule('halloween', () => ({ type: 'DATE', m: 10, d: 31 }));
  // "Easter", "Easter Sunday", "Easter week" (TE3 train gold: 2000-W16); not "Easter Island", "Easter eggs".
  // "Easter Monday" is a holiday of its own, not Easter plus the nearest Monday: skipped, as before Easter was read.
  rule('easter WDAY', (c, x) => (x.tt.at(x.i).cap && c[1]!.v !== 7 ? { type: 'DATE', skip: true } : null));
  rule('easter sunday|week|weekend?', (c, x) => {
    // A capitalised word after it makes a name ("Easter Island", "Easter Rising"); a noun after it is modified ("Easter eggs").
    if (!x.tt.at(x.i).cap || (!c[1] && (nextCapitalised(x) || /^(?:egg|eggs|bunny|parade|lily|lilies|basket|baskets|service|services)$/.test(nextWord(x))))) return null;
    return { type: 'DATE', m: 4, easter: c[1] && c[1].w !== 'sunday' ? 'week' : 'day' };
  });
  // US holidays named in capitals ("a memorial day for the victims" is no holiday); the n-th
  // weekday of a month, -1 for the last one.
  const HOLIDAYS: Record<string, Spec> = {
    memorial: { type: 'DATE', m: 5, nth: [-1, 1] }, labor: { type: 'DATE', m: 9, nth: [1, 1] },
    veterans: { type: 'DATE', m: 11, d: 11 }, boxing: { type: 'DATE', m: 12, d: 26 },
    presidents: { type: 'DATE', m: 2, nth: [3, 1] }, mother: { type: 'DATE', m: 5, nth: [2, 7] }, father: { type: 'DATE', m: 6, nth: [3, 7] },
  };
  rule("memorial|labor|veterans|veteran|boxing|presidents|president|mother|father 's|’s|'? day", (c, x) => {
    if (!x.tt.at(x.i).cap || !x.tt.at(x.end - 1).cap) return null;
    const w = c[0]!.w;
    const spec = HOLIDAYS[w === 'veteran' ? 'veterans' : w === 'president' ? 'presidents' : w];
    // "Mother's Day" and "Father's Day" need the possessive ("Presidents' Day" may have one).
    if ((w === 'mother' || w === 'father') && !c[1]) return null;
    return { ...spec };
  });
}
