/** Word shapes: letters and digits mapped to X/x/d, so "Kyiv" → "Xxxx", "1,275" → "d,ddd". */

/** Full shape, capped at 8 characters so very long words share one shape. */
export function wordShape(w: string): string {
  let out = '';
  const n = Math.min(w.length, 8);
  for (let i = 0; i < n; i++) out += shapeChar(w.charCodeAt(i), w[i]);
  return w.length > 8 ? out + '+' : out;
}

/** Shape with runs collapsed: "Xxxx-Xxxxx" → "Xx-Xx", "1992" → "d". */
export function shortShape(w: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < w.length && out.length < 12; i++) {
    const c = shapeChar(w.charCodeAt(i), w[i]);
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

function shapeChar(code: number, ch: string): string {
  if (code >= 48 && code <= 57) return 'd';
  if (code >= 65 && code <= 90) return 'X';
  if (code >= 97 && code <= 122) return 'x';
  if (code < 128) return ch;
  // Non-ASCII letters (Ganjaliyev's "ə", accented names) keep their case class.
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  if (lower !== upper) return ch === upper ? 'X' : 'x';
  return /\p{N}/u.test(ch) ? 'd' : /\p{M}/u.test(ch) ? 'm' : 'o';
}

export function isInitCap(w: string): boolean {
  const c = w[0];
  return c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
}

/** Every cased letter upper case, and at least one of them. */
export function isAllCaps(w: string): boolean {
  return w !== w.toLowerCase() && w === w.toUpperCase();
}
