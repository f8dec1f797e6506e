/**
 * Words of time adjuncts, for the places where the quotes stage must tell a time from a name:
 * stepping over "this past week" between a subject and its cue, ending "according to X" before
 * "on Thursday", refusing "last year" as a source or "Monday" as a signature.
 */
import { MONTHS, WEEKDAYS } from '../times/lexicon.js';

/** Words that end a time adjunct: "this past week", "last year", "earlier". */
export const TIME_HEADS = new Set(['week', 'weekend', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'today', 'yesterday', 'earlier', 'later', 'recently']);
/** Words before a time head: "this past", "last", "on". */
export const TIME_MODIFIERS = new Set(['this', 'past', 'last', 'next', 'the', 'on', 'early', 'late', 'that']);
/** Words that open a time adjunct after a noun phrase ("officials yesterday", "officials last week"). */
export const TIME_OPENERS = new Set(['yesterday', 'today', 'tonight', 'earlier', 'later', 'last', 'this', 'recently']);

/** A weekday or month name (any case, a trailing period allowed: "Sept."). */
export function isCalendarWord(w: string): boolean {
  const key = w.toLowerCase().replace(/\.$/, '');
  return WEEKDAYS.has(key) || MONTHS.has(key);
}
