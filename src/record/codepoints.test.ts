import { describe, expect, it } from 'vitest';
import { codePointIndex, toCodePointOffsets } from './codepoints.js';

describe('code-point offsets', () => {
  it('maps UTF-16 offsets past astral characters', () => {
    const text = 'a😀b 🇺🇦 c';
    const cp = codePointIndex(text);
    expect(cp(0)).toBe(0);
    expect(cp(3)).toBe(2); // "b" after one emoji (2 code units, 1 code point)
    expect(cp(text.length)).toBe([...text].length);
  });

  it('converts every span of a record and keeps the text', () => {
    const text = '😀 Ann said.';
    const rec = { text, entities: [{ id: 'e1', mentions: [{ start: 3, end: 6, text: 'Ann' }] }] };
    const out = toCodePointOffsets(rec, text);
    expect(out.entities[0].mentions[0]).toEqual({ start: 2, end: 5, text: 'Ann' });
    expect([...text].slice(2, 5).join('')).toBe('Ann');
    expect(out.text).toBe(text);
  });
});
