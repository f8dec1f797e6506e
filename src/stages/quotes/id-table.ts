/**
 * Open-addressing hash table from an integer pair to a row number, with no allocation per lookup:
 * the learned model scores features by (template, ids) instead of building strings.
 */
export class IdTable {
  private readonly mask: number;
  private readonly k1: Int32Array;
  private readonly k2: Int32Array;
  private readonly rows: Int32Array;

  /** keys: k1, k2 per row (row r is at 2r, 2r + 1); k1 must be >= 0. */
  constructor(keys: Int32Array) {
    const n = keys.length >> 1;
    let cap = 16;
    while (cap < n * 2) cap <<= 1;
    this.mask = cap - 1;
    this.k1 = new Int32Array(cap).fill(-1);
    this.k2 = new Int32Array(cap);
    this.rows = new Int32Array(cap);
    for (let r = 0; r < n; r++) {
      const a = keys[2 * r];
      const b = keys[2 * r + 1];
      let h = hash(a, b) & this.mask;
      while (this.k1[h] !== -1 && !(this.k1[h] === a && this.k2[h] === b)) h = (h + 1) & this.mask;
      this.k1[h] = a;
      this.k2[h] = b;
      this.rows[h] = r;
    }
  }

  /** The row of (a, b), or -1. */
  get(a: number, b: number): number {
    let h = hash(a, b) & this.mask;
    for (;;) {
      const k = this.k1[h];
      if (k === -1) return -1;
      if (k === a && this.k2[h] === b) return this.rows[h];
      h = (h + 1) & this.mask;
    }
  }
}

function hash(a: number, b: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return (h ^ (h >>> 12)) >>> 0;
}
