import { describe, expect, it } from 'vitest';
import { segmentText } from './index.js';

const words = (text: string) => {
  const s = segmentText(text);
  return s.sentences.map((se) => s.tokens.slice(se.tokenStart, se.tokenEnd).map((t) => t.text));
};

describe('segment', () => {
  it('splits sentences but not at abbreviations, initials or inside quotes', () => {
    expect(words('Mr. Smith met Gen. Lee on Sept. 3 in the U.S. capital. It rained.')).toEqual([
      ['Mr.', 'Smith', 'met', 'Gen.', 'Lee', 'on', 'Sept.', '3', 'in', 'the', 'U.S.', 'capital', '.'],
      ['It', 'rained', '.'],
    ]);
    expect(words('Dr. Paluh, a Ph.D. candidate, spoke.')[0]).toEqual(['Dr.', 'Paluh', ',', 'a', 'Ph.D.', 'candidate', ',', 'spoke', '.']);
    expect(words('“Stop it!” she said. Then she left.')).toEqual([
      ['“', 'Stop', 'it', '!', '”', 'she', 'said', '.'],
      ['Then', 'she', 'left', '.'],
    ]);
  });

  it('gives a straight opening quote to the sentence it opens, and a closing one to the sentence it ends', () => {
    expect(words('They urged restraint. "We do not want this," he said.')).toEqual([
      ['They', 'urged', 'restraint', '.'],
      ['"', 'We', 'do', 'not', 'want', 'this', ',', '"', 'he', 'said', '.'],
    ]);
    expect(words('He said: "Stop it." Then he left.')).toEqual([
      ['He', 'said', ':', '"', 'Stop', 'it', '.', '"'],
      ['Then', 'he', 'left', '.'],
    ]);
  });

  it('keeps numbers, hyphenated names and splits clitics', () => {
    expect(words("Some 1,275 people in Nagorno-Karabakh's 366th unit haven't left.")[0]).toEqual([
      'Some', '1,275', 'people', 'in', 'Nagorno-Karabakh', "'s", '366th', 'unit', 'have', "n't", 'left', '.',
    ]);
  });

  it('makes paragraphs from blank lines and bounds sentences in unpunctuated text', () => {
    const s = segmentText('Title line\n\nFirst para. Still first.\n\nSecond para.');
    expect(s.paragraphs.length).toBe(3);
    expect(s.sentences.map((x) => x.paragraph)).toEqual([0, 1, 1, 2]);
    const long = segmentText('word '.repeat(5000));
    expect(long.sentences.length).toBeGreaterThan(10);
    expect(Math.max(...long.sentences.map((x) => x.tokenEnd - x.tokenStart))).toBeLessThanOrEqual(250);
  });

  it('gives tokens whose offsets match the text, across emoji and combining marks', () => {
    const text = 'Zoë 👩‍👩‍👧 said e\u0301te\u0301 1,000 times 🇺🇦. Next.';
    const s = segmentText(text);
    for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    for (const se of s.sentences) expect(se.end).toBeGreaterThan(se.start);
  });
});
