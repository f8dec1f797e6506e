import { describe, expect, it } from 'vitest';
import { segmentText } from '../../segment/index.js';
import type { NameSpan } from './names.js';
import { joinOrgPhrases } from './org-phrases.js';

/** Spans given by their text (first occurrence), all in one sentence. */
function join(text: string, spans: Array<[string, string]>, knownOrg?: (name: string) => boolean, knownPlace?: (name: string) => boolean): string[] {
  const seg = segmentText(text);
  const at = (s: string): NameSpan => {
    const start = text.indexOf(s);
    const end = start + s.length;
    const tokenStart = seg.tokens.findIndex((t) => t.start === start);
    const tokenEnd = seg.tokens.findIndex((t) => t.end === end) + 1;
    return { start, end, tokenStart, tokenEnd, sentence: 0, label: 'ORG' };
  };
  const found = spans.map(([s, label]) => ({ ...at(s), label }));
  return joinOrgPhrases(found, seg.tokens, () => seg.tokens.length, knownOrg, knownPlace).map((s) => `${text.slice(s.start, s.end)}/${s.label}`);
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

describe('organisation names cut at "and" or before a purpose verb (session 6)', () => {
  it('joins "X Society for Y | and | Z" and "Coalition | to Defeat X"', () => {
    expect(join('The Northern Society for Geology and Marine Science met.', [['Northern Society for Geology', 'ORG'], ['Marine Science', 'ORG']]))
      .toEqual(['Northern Society for Geology and Marine Science/ORG']);
    expect(join('The Global Coalition to Defeat Piracy said.', [['Global Coalition', 'ORG'], ['Defeat', 'LOC']])).toEqual(['Global Coalition to Defeat Piracy/ORG']);
  });

  it('keeps a known organisation, an acronym, a second head, or what follows a place complement apart', () => {
    const known = (name: string) => name === 'Red Cross';
    const seg = (text: string, spans: Array<[string, string]>) => join(text, spans, known);
    expect(seg('The Ministry of Health and Red Cross met.', [['Ministry of Health', 'ORG'], ['Red Cross', 'ORG']]))
      .toEqual(['Ministry of Health/ORG', 'Red Cross/ORG']);
    expect(seg('The Ministry of Health and WHO met.', [['Ministry of Health', 'ORG'], ['WHO', 'ORG']])).toEqual(['Ministry of Health/ORG', 'WHO/ORG']);
    expect(join('The University of Tobrin and Apex Sea Tours ran it.', [['University of Tobrin', 'ORG'], ['Apex Sea Tours', 'ORG']], undefined, (n) => n === 'Tobrin'))
      .toEqual(['University of Tobrin/ORG', 'Apex Sea Tours/ORG']);
    expect(seg('The Ministry of Health and Ministry of Labour met.', [['Ministry of Health', 'ORG'], ['Ministry of Labour', 'ORG']]))
      .toEqual(['Ministry of Health/ORG', 'Ministry of Labour/ORG']);
  });

  it('joins a party name with its complement cut at "and"', () => {
    expect(join('They chose Party for Peace and Liberation nominee Ann Rowe.', [['Party for Peace', 'ORG'], ['Liberation', 'ORG'], ['Ann Rowe', 'PER']]))
      .toEqual(['Party for Peace and Liberation/ORG', 'Ann Rowe/PER']);
  });
});
