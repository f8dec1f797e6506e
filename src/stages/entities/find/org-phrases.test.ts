import { describe, expect, it } from 'vitest';
import { segmentText } from '../../segment/index.js';
import type { NameSpan } from './names.js';
import { joinOrgPhrases } from './org-phrases.js';

/** Spans given by their text (first occurrence), all in one sentence. */
function join(text: string, spans: Array<[string, string]>): string[] {
  const seg = segmentText(text);
  const at = (s: string): NameSpan => {
    const start = text.indexOf(s);
    const end = start + s.length;
    const tokenStart = seg.tokens.findIndex((t) => t.start === start);
    const tokenEnd = seg.tokens.findIndex((t) => t.end === end) + 1;
    return { start, end, tokenStart, tokenEnd, sentence: 0, label: 'ORG' };
  };
  const found = spans.map(([s, label]) => ({ ...at(s), label }));
  return joinOrgPhrases(found, seg.tokens, () => seg.tokens.length).map((s) => `${text.slice(s.start, s.end)}/${s.label}`);
}

describe('organisation names the tagger cut', () => {
  it('joins a head word and the capitalised run after "for" / "of"', () => {
    expect(join('According to Johns Hopkins Center for Systems Science and Engineering late today, 291 recovered.',
      [['Johns Hopkins Center', 'LOC'], ['Systems Science', 'ORG']])).toEqual(['Johns Hopkins Center for Systems Science and Engineering/ORG']);
  });

  it('stops at a person, a title, a date and a second organisation', () => {
    expect(join('The Center for Election Science Director Aaron Hamlin spoke.', [['Center', 'ORG'], ['Aaron Hamlin', 'PER']]))
      .toEqual(['Center for Election Science/ORG', 'Aaron Hamlin/PER']);
    expect(join('The Federal Court on Wednesday ruled.', [['Federal Court', 'ORG']])).toEqual(['Federal Court/ORG']);
    expect(join('The Ministry of Health and Department of Labor met.', [['Ministry', 'ORG']])).toEqual(['Ministry of Health/ORG']);
  });

  it('leaves names that do not end in a head word alone', () => {
    expect(join('Bank of England Governor Mark Carney spoke.', [['Bank of England', 'ORG'], ['Mark Carney', 'PER']]))
      .toEqual(['Bank of England/ORG', 'Mark Carney/PER']);
  });
});

describe('organisation names with a people\'s adjective or a "to" complement', () => {
  it('joins "the Syrian | Observatory …" and "Committee | to Protect Journalists"', () => {
    expect(join('The Syrian Observatory for Human Rights said.', [['Syrian', 'MISC'], ['Observatory for Human Rights', 'ORG']])).toEqual([
      'Syrian Observatory for Human Rights/ORG',
    ]);
    expect(join('The Committee to Protect Journalists said.', [['Committee', 'ORG']])).toEqual(['Committee to Protect Journalists/ORG']);
  });

  it('leaves an adjective without "the", and a place after "to", apart', () => {
    expect(join('Syrian Observatory staff said.', [['Syrian', 'MISC'], ['Observatory', 'ORG']])).toEqual(['Syrian/MISC', 'Observatory/ORG']);
    expect(join('He sent the Council to New York.', [['Council', 'ORG'], ['New York', 'LOC']])).toEqual(['Council/ORG', 'New York/LOC']);
  });
});
