import { describe, expect, it } from 'vitest';
import { csvField, csvHeader, csvLine } from './csv.js';

describe('csv', () => {
  it('quotes per RFC 4180', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvLine(['a', 1, undefined])).toBe('a,1,\r\n');
  });
  it('has a header row', () => {
    expect(csvHeader().startsWith('doc_id,layer,id,start,end,text,')).toBe(true);
  });
});
