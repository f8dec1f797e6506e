import type { SegmentLayer } from '../../core/layers.js';
import type { Hit } from './matcher.js';

/** One token of the times grammar, built on demand (most tokens of a text are never looked at). */
export interface TT {
  s: number;
  e: number;
  /** Lower case, without a trailing abbreviation period. */
  w: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Written with a trailing period ("Feb."). */
  dot: boolean;
  /** Value of the leading digit run ("1992", "26th" → 26, "1990s" → 1990), else NaN. */
  num: number;
  /** Number of leading digits (0 for words). */
  digits: number;
  /** What follows the leading digits: "th", "s", "pm", ":15", ",275" (empty for a plain number). */
  sfx: string;
  /** Sentence index. */
  sent: number;
}

const DIGITS = /^(\d+)(.*)$/s;

/**
 * The token stream the times grammar runs over: the segmenter's tokens, with hyphenated words
 * split ("two-year" → two - year, "mid-1990s" → mid - 1990s). Offsets and sentences live in
 * typed arrays; a token's object is made only when a rule looks at it, so a long text costs no
 * per-token allocation beyond its lower-cased word.
 */
export class Toks {
  n = 0;
  readonly s: Int32Array;
  readonly e: Int32Array;
  readonly sent: Int32Array;
  private readonly cache: Array<TT | undefined>;
  private readonly words: Array<string | undefined>;
  /** Index of the segmenter token a token is (its text is reused), or -1 for a part of a split word. */
  private readonly segIdx: Int32Array;
  private readonly segTokens: SegmentLayer['tokens'];

  constructor(readonly text: string, seg: SegmentLayer) {
    const { tokens, sentences } = seg;
    // Splitting a word at a hyphen adds two tokens (the hyphen and the part after it): room for all.
    let cap = tokens.length + 1;
    for (let p = text.indexOf('-'); p >= 0; p = text.indexOf('-', p + 1)) cap += 2;
    this.s = new Int32Array(cap);
    this.e = new Int32Array(cap);
    this.sent = new Int32Array(cap);
    this.segIdx = new Int32Array(cap);
    // The first hyphen after the current token's first character (tokens come in text order):
    // found with indexOf, so no token's characters are read one by one.
    let hyphen = text.indexOf('-');
    for (let si = 0; si < sentences.length; si++) {
      const sen = sentences[si];
      for (let k = sen.tokenStart; k < sen.tokenEnd; k++) {
        const tok = tokens[k];
        const start = tok.start;
        const end = tok.end;
        if (hyphen >= 0 && hyphen <= start) hyphen = text.indexOf('-', start + 1);
        // Split only letter-led words with inner hyphens; numbers were already split by the segmenter.
        if (end - start > 2 && hyphen >= 0 && hyphen < end) {
          let from = start;
          for (let p = start; p < end; p++) {
            if (text.charCodeAt(p) === 45) {
              if (p > from) this.push(from, p, si, -1);
              this.push(p, p + 1, si, -1);
              from = p + 1;
            }
          }
          if (end > from) this.push(from, end, si, -1);
        } else this.push(start, end, si, k);
      }
    }
    this.cache = new Array(this.n);
    this.words = new Array(this.n);
    this.segTokens = tokens;
  }

  private push(s: number, e: number, sent: number, segIdx: number): void {
    this.segIdx[this.n] = segIdx;
    this.s[this.n] = s;
    this.e[this.n] = e;
    this.sent[this.n++] = sent;
  }

  /** The lower-case word of token i, without its abbreviation period ("Feb." → "feb"). */
  word(i: number): string {
    let w = this.words[i];
    if (w === undefined) {
      const k = this.segIdx[i];
      let raw = k >= 0 ? this.segTokens[k].text : this.text.slice(this.s[i], this.e[i]);
      if (raw.length > 1 && raw.charCodeAt(raw.length - 1) === 46) raw = raw.slice(0, -1);
      w = this.words[i] = raw.toLowerCase();
    }
    return w;
  }

  private readonly wordHits: Array<Hit | undefined> = [];

  /** A literal slot's hit on token i (one shared object per token: hits are never changed). */
  wordHit(i: number): Hit {
    let h = this.wordHits[i];
    if (h === undefined) h = this.wordHits[i] = { end: i + 1, v: NaN, w: this.word(i) };
    return h;
  }

  /** The rule-index key of token i: its word, or '#' for a number. */
  key(i: number): string {
    const c0 = this.text.charCodeAt(this.s[i]);
    return c0 >= 48 && c0 <= 57 ? '#' : this.word(i);
  }

  at(i: number): TT {
    let t = this.cache[i];
    if (t === undefined) t = this.cache[i] = this.make(i);
    return t;
  }

  private make(i: number): TT {
    const s = this.s[i];
    const e = this.e[i];
    const dot = e - s > 1 && this.text.charCodeAt(e - 1) === 46;
    const w = this.word(i);
    const raw = this.text.slice(s, dot ? e - 1 : e);
    const c0 = w.charCodeAt(0);
    let num = NaN;
    let digits = 0;
    let sfx = '';
    if (c0 >= 48 && c0 <= 57) {
      const m = DIGITS.exec(w);
      if (m) {
        num = +m[1];
        digits = m[1].length;
        sfx = m[2];
      }
    }
    return { s, e, w, cap: raw !== w && raw.charCodeAt(0) !== w.charCodeAt(0), dot, num, digits, sfx, sent: this.sent[i] };
  }
}

export function timeTokens(text: string, seg: SegmentLayer): Toks {
  return new Toks(text, seg);
}
