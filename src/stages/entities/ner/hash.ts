/**
 * Feature keys are 32-bit hashes of a template id and its values (hashed words, shapes, small
 * integers), never strings: building one is a few integer multiplications, and looking it up is
 * an integer probe (see weights.ts). Training and inference share these functions, so the
 * keys agree by construction.
 */

/** FNV-1a over UTF-16 code units. */
export function strHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** Murmur3's finaliser: every input bit affects every output bit. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/** Key of a template with one value. Never 0 (0 marks an empty slot in the weight table). */
export function key1(template: number, a: number): number {
  return fmix(Math.imul(template + 1, 0x9e3779b1) ^ a) || 1;
}

/** Key of a template with two values (order matters). */
export function key2(template: number, a: number, b: number): number {
  return fmix(fmix(Math.imul(template + 1, 0x9e3779b1) ^ a) ^ Math.imul(b, 0x27d4eb2f)) || 1;
}
