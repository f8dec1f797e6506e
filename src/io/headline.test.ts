import { describe, expect, it } from 'vitest';
import { headlineOf } from './headline.js';

describe('headline of a plain-text article', () => {
  it('takes a short first line set apart by a blank line', () => {
    expect(headlineOf('Dozens killed in strike on Tobrin\n\nTOBRIN, Oct 3 - A strike …')).toBe('Dozens killed in strike on Tobrin');
    expect(headlineOf('\ufeff  Talks fail in Kessel \r\n\r\nThe talks failed.')).toBe('Talks fail in Kessel');
  });

  it('leaves a first paragraph, a lone line and a long line alone', () => {
    expect(headlineOf('The talks failed on Monday.\n\nBoth sides blamed each other.')).toBeUndefined();
    expect(headlineOf('The talks failed on Monday, officials said\nand both sides left.')).toBeUndefined();
    expect(headlineOf(`${'word '.repeat(30)}\n\nBody.`)).toBeUndefined();
    expect(headlineOf('Just one line')).toBeUndefined();
    for (const line of ['He told reporters: “We will not give up.”', 'By Jane Smith', 'KYIV (AP) —', 'Updated 5 March 2024, 10:42 GMT', '“We will fight on,” the president said'])
      expect(headlineOf(`${line}\n\nThe story.`)).toBeUndefined();
  });
});

describe('headlines that look like something else', () => {
  it('keeps headlines with commas after capitals, a quoted word, "By-" and "From …"', () => {
    for (const line of ['US, China agree to resume military talks', 'Biden calls plan "dangerous"', '"Oppenheimer" sweeps the Oscars', 'By-election called in Wellingborough', 'From Kyiv to Kharkiv, drones rain down'])
      expect(headlineOf(`${line}\n\nThe story.`)).toBe(line);
    expect(headlineOf('KYIV, Oct 3 (Reuters) - Ukraine says\n\nThe story.')).toBeUndefined();
  });
});
