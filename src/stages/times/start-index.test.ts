import { describe, expect, it } from 'vitest';
import { segmentText } from '../segment/index.js';
import { matchSlots, type Hit } from './matcher.js';
import { RULES } from './rules.js';
import { candidateRules, vocabularyId, wordId } from './start-index.js';
import { timeTokens } from './tokens.js';

const TEXT =
  'THE Summit opened on Feb. 3, 1987 and closed on the 14th of July; the past two years, the next WEEKEND (a Kelvin-sign ' +
  'WEE\u212AEND), the Baltimore Sun. On Wednesday at 3 p.m. EST, some twenty-four months ago, two hundred years, the 1990s, ' +
  "'90s, nineteen ninety-six, every other week, the third quarter of fiscal 2001, 7/4/1999, Mother's Day, the. Then May. " +
  "A couple of weeks, 2 1/2 years, at 9 o'clock, in two thousand, a few days, a half hour, a hundred years, one hundred and ten days, a thousand years, twenty-four more days. " +
  "On the twenty-first of May, in the 1980's and the mid-1970's and the '80's, for two and a half years, in the second half of next year, " +
  "over the past four or five years, at eight o'clock tonight, at nine a.m., the week of March 6, the last week of February, nineteen-ninety-seven, the year two thousand, in 1997's second quarter, $5 an hour, $12-an-hour workers, Easter week.";

describe('times start index', () => {
  const tt = timeTokens(TEXT, segmentText(TEXT));

  it('reads the same word id from the text as from the lower-cased word', () => {
    for (let i = 0; i < tt.n; i++) expect([i, wordId(tt, i)]).toEqual([i, vocabularyId(tt.key(i))]);
    expect(vocabularyId('weekend')).toBeGreaterThanOrEqual(0);
  });

  it('keeps every rule that matches at a token among its candidates', () => {
    let matches = 0;
    for (let i = 0; i < tt.n; i++) {
      let lim = i + 1;
      while (lim < tt.n && tt.sent[lim] === tt.sent[i]) lim++;
      const cands = candidateRules(wordId(tt, i), i + 1 < lim ? wordId(tt, i + 1) : -1);
      for (const r of RULES) {
        const caps: Array<Hit | undefined> = [];
        if (matchSlots(r.slots, 0, tt, i, lim, caps) <= i) continue;
        // A match whose first token only an optional comma, hyphen or slash took never starts a span.
        const first = r.slots[caps.findIndex((c) => c !== undefined)];
        if (first.opt && first.words.every((w) => w === ',' || w === '-' || w === '/')) continue;
        matches++;
        expect([tt.word(i), r.name, cands.includes(r)]).toEqual([tt.word(i), r.name, true]);
      }
    }
    expect(matches).toBeGreaterThan(30);
  });
});
