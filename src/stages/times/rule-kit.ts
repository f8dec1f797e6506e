import type { TimexType } from '../../core/layers.js';
import { UNIT_DURATION, type Unit } from './lexicon.js';
import type { Hit, Slot } from './matcher.js';
import type { Tense } from './resolve.js';
import type { Spec } from './spec.js';
import type { Toks } from './tokens.js';

/** What the rule files share: the rule shape, the context a rule sees, and small helpers. */

/** Where a rule matched: tokens [i, end) of `tt`; `tense()` is computed only when asked. */
export interface Ctx {
  tt: Toks;
  i: number;
  end: number;
  tense(): Tense;
}

export type Caps = Array<Hit | undefined>;

export interface Rule {
  name: string;
  slots: Slot[];
  /** May absorb a "the" written just before ("the third quarter", "the 1990s"). */
  the: boolean;
  parse(c: Caps, x: Ctx): Spec | null;
}

/** Adds a rule at the end of the priority list. */
export type AddRule = (pattern: string, parse: Rule['parse'], the?: boolean) => void;

export const prevWord = (x: Ctx, k = 1): string => (x.i - k >= 0 && x.tt.sent[x.i - k] === x.tt.sent[x.i] ? x.tt.word(x.i - k) : '');
export const nextWord = (x: Ctx): string => (x.end < x.tt.n && x.tt.sent[x.end] === x.tt.sent[x.i] ? x.tt.word(x.end) : '');
/** Whether the token after the match, in its sentence, is capitalised (a name goes on: "Easter Island"). */
export const nextCapitalised = (x: Ctx): boolean => x.end < x.tt.n && x.tt.sent[x.end] === x.tt.sent[x.i] && x.tt.at(x.end).cap;

export const DIR: Record<string, -1 | 0 | 1> = {
  this: 0, current: 0, last: -1, past: -1, previous: -1, recent: -1, latest: -1, preceding: -1,
  next: 1, coming: 1, following: 1, upcoming: 1,
};

export const type = (t: TimexType, value: string, mod?: string): Spec => ({ type: t, value, mod });

export function durationValue(n: number, u: string): string {
  const [des, time, mult] = UNIT_DURATION[u as Unit];
  const p = time ? 'PT' : 'P';
  if (Number.isNaN(n)) return p + 'X' + (u === 'DE' ? 'E' : u === 'CE' ? 'C' : u === 'ML' ? 'L' : des);
  const k = n * mult;
  if (Number.isInteger(k)) return p + k + des;
  // Fractions go down one unit: 2 1/2 years → P2Y6M, 5 1/2 hours → PT5H30M.
  const whole = Math.floor(k);
  const frac = k - whole;
  const down: Record<string, [string, number]> = { Y: ['M', 12], D: ['TXH', 24], H: ['M', 60], M: ['D', 30] };
  const dn = time ? (des === 'H' ? down.H : des === 'M' ? ['S', 60] as [string, number] : null) : down[des];
  if (!dn) return p + k + des;
  const sub = Math.round(frac * dn[1]);
  if (dn[0] === 'TXH') return `P${whole ? whole + 'D' : ''}T${sub}H`;
  return p + (whole ? whole + des : '') + sub + dn[0];
}
