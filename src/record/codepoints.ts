/**
 * Converts every span of a record from UTF-16 offsets to Unicode code-point offsets, for
 * Python and other languages that index strings by code point (brat, spaCy). A span is any
 * object with numeric `start`, `end` and a string `text`.
 */
export function toCodePointOffsets<T>(record: T, text: string): T {
  const map = codePointIndex(text);
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const [k, val] of Object.entries(o)) out[k] = k === 'text' && o === (record as unknown) ? val : walk(val);
      if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string') {
        out.start = map(o.start);
        out.end = map(o.end);
      }
      return out;
    }
    return v;
  };
  return walk(record) as T;
}

/** A function from a UTF-16 offset to the code-point offset of the same position. */
export function codePointIndex(text: string): (utf16: number) => number {
  if (!/[\ud800-\udbff]/.test(text)) return (i) => i;
  const prefix = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    prefix[i] = cp;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        prefix[i + 1] = cp;
        i++;
      }
    }
    cp++;
  }
  prefix[text.length] = cp;
  return (i) => prefix[i];
}
