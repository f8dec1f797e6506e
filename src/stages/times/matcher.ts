import type { Toks } from './tokens.js';

/** What a slot consumed: tokens up to `end` (exclusive) and the value it read. */
export interface Hit {
  end: number;
  v: number;
  /** The word the slot read (a unit code, a literal). */
  w: string;
}

export type SlotFn = (tt: Toks, i: number, lim: number) => Hit | null;

export interface Slot {
  fn: SlotFn;
  /** Could this slot start at a token with this lower-case word (numbers: '#')? A cheap superset test. */
  maybe: (w: string) => boolean;
  opt: boolean;
  /** Literal words a slot accepts (for the hot-word index); empty for named slots. */
  words: string[];
  name: string;
}

/**
 * Compiles a pattern such as `WDAY? ,? MONTH DAY ,? YEAR?`: upper-case names are slots from
 * `named`, anything else is a `|`-separated list of literal words, `?` marks an optional slot.
 */
export function compilePattern(pattern: string, named: Record<string, SlotFn>, maybe: Record<string, (w: string) => boolean>): Slot[] {
  return pattern.split(' ').filter(Boolean).map((item) => {
    const opt = item.length > 1 && item.endsWith('?');
    const body = opt ? item.slice(0, -1) : item;
    if (/^[A-Z][A-Z_]+$/.test(body)) {
      const fn = named[body];
      const may = maybe[body];
      if (!fn || !may) throw new Error(`times grammar: unknown slot ${body}`);
      return { fn, maybe: may, opt, words: [], name: body };
    }
    const words = body.split('|');
    const set = new Set(words);
    const fn: SlotFn = (tt, i) => (set.has(tt.word(i)) ? tt.wordHit(i) : null);
    return { fn, maybe: (w: string) => set.has(w), opt, words, name: body };
  });
}

/**
 * Matches slots from token i; optional slots are tried taken first, then skipped (small
 * patterns, so the backtracking is bounded). Fills `caps` and returns the end, or -1.
 */
export function matchSlots(slots: Slot[], k: number, tt: Toks, i: number, lim: number, caps: Array<Hit | undefined>): number {
  if (k === slots.length) return i;
  const sl = slots[k];
  if (i < lim) {
    const h = sl.fn(tt, i, lim);
    if (h) {
      const r = matchSlots(slots, k + 1, tt, h.end, lim, caps);
      if (r >= 0) {
        caps[k] = h;
        return r;
      }
    }
  }
  if (sl.opt) {
    const r = matchSlots(slots, k + 1, tt, i, lim, caps);
    if (r >= 0) caps[k] = undefined;
    return r;
  }
  return -1;
}
