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
  /** Lower-case words the slot may start at (numbers: '#'): a superset of what `fn` accepts. */
  starts: ReadonlySet<string>;
  /** Words a hit's second token may have ('#': a number); empty when every hit is one token. */
  second: ReadonlySet<string>;
  opt: boolean;
  /** Literal words a slot accepts; empty for named slots. */
  words: string[];
  name: string;
}

/** What a pattern's upper-case names stand for: the reader, its start words, its second-token words. */
export interface NamedSlots {
  fns: Record<string, SlotFn>;
  starts: Record<string, ReadonlySet<string>>;
  second: Record<string, ReadonlySet<string>>;
}

const ONE_TOKEN: ReadonlySet<string> = new Set();

/**
 * Compiles a pattern such as `WDAY? ,? MONTH DAY ,? YEAR?`: upper-case names are slots from
 * `named`, anything else is a `|`-separated list of literal words, `?` marks an optional slot.
 */
export function compilePattern(pattern: string, named: NamedSlots): Slot[] {
  return pattern.split(' ').filter(Boolean).map((item) => {
    const opt = item.length > 1 && item.endsWith('?');
    const body = opt ? item.slice(0, -1) : item;
    if (/^[A-Z][A-Z_]+$/.test(body)) {
      const fn = named.fns[body];
      const starts = named.starts[body];
      const second = named.second[body];
      if (!fn || !starts || !second) throw new Error(`times grammar: unknown slot ${body}`);
      return { fn, starts, second, opt, words: [], name: body };
    }
    const words = body.split('|');
    // A number's start key is '#', never its digits: a literal that starts with one could not be indexed.
    if (words.some((w) => /^\d/.test(w))) throw new Error(`times grammar: numeric literal in ${body}`);
    const set = new Set(words);
    const fn: SlotFn = (tt, i) => (set.has(tt.word(i)) ? tt.wordHit(i) : null);
    return { fn, starts: set, second: ONE_TOKEN, opt, words, name: body };
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
