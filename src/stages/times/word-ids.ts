/** Returned by `probe` for a span with a non-ASCII character: look its lower-cased word up with `get`. */
export const NON_ASCII = -2;

/**
 * Numbers for a fixed list of lower-case words, looked up straight from a span of the text.
 * Most tokens of a text are in no rule's vocabulary; probing an open-addressing table with the
 * span's characters (ASCII upper case folded on the fly) rejects them without making a
 * lower-cased string or hashing one into a Map. A span with a non-ASCII character is left to
 * the caller (`toLowerCase` may fold such a letter to ASCII: the Kelvin sign is "k").
 */
export class WordIds {
  readonly words: readonly string[];
  private readonly ids = new Map<string, number>();
  /** Hash slot → id + 1 (0: empty), ASCII words only. */
  private readonly table: Int32Array;
  private readonly mask: number;

  constructor(words: Iterable<string>) {
    this.words = [...new Set(words)];
    let size = 16;
    while (size < this.words.length * 4) size *= 2;
    this.table = new Int32Array(size);
    this.mask = size - 1;
    this.words.forEach((w, id) => {
      this.ids.set(w, id);
      if (!/^[\x00-\x7f]*$/.test(w)) return;
      let h = hashOf(w, 0, w.length) & this.mask;
      while (this.table[h] !== 0) h = (h + 1) & this.mask;
      this.table[h] = id + 1;
    });
  }

  get size(): number {
    return this.words.length;
  }

  /** The id of a lower-case word, or -1. */
  get(w: string): number {
    return this.ids.get(w) ?? -1;
  }

  /** The id of text[s, e) lower-cased, -1 when it is no word of the list, or NON_ASCII. */
  probe(text: string, s: number, e: number): number {
    let h = 0x811c9dc5;
    for (let p = s; p < e; p++) {
      const c = text.charCodeAt(p);
      if (c > 127) return NON_ASCII;
      h = Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c), 0x01000193);
    }
    for (let k = h & this.mask; ; k = (k + 1) & this.mask) {
      const id = this.table[k] - 1;
      if (id < 0) return -1;
      if (sameLower(this.words[id], text, s, e)) return id;
    }
  }
}

/** FNV-1a over the characters of a lower-case ASCII string. */
function hashOf(w: string, s: number, e: number): number {
  let h = 0x811c9dc5;
  for (let p = s; p < e; p++) h = Math.imul(h ^ w.charCodeAt(p), 0x01000193);
  return h;
}

/** Is text[s, e) with ASCII upper case folded equal to the lower-case word `w`? */
function sameLower(w: string, text: string, s: number, e: number): boolean {
  if (w.length !== e - s) return false;
  for (let k = 0; k < w.length; k++) {
    const c = text.charCodeAt(s + k);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== w.charCodeAt(k)) return false;
  }
  return true;
}
