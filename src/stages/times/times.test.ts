import { describe, expect, it } from 'vitest';
import { runTimes as run } from './run.test-support.js';

// 2020-02-26 is a Wednesday.
describe('times: absolute and partial dates', () => {
  it('reads full dates in several orders and formats', () => {
    expect(run('The plant opened on March 3, 1987, and closed on 14 July 2001.')).toEqual([
      ['March 3, 1987', 'DATE', '1987-03-03'],
      ['14 July 2001', 'DATE', '2001-07-14'],
    ]);
    expect(run('Filed 7/4/1999; amended 2003-11-05.')).toEqual([
      ['7/4/1999', 'DATE', '1999-07-04'],
      ['2003-11-05', 'DATE', '2003-11-05'],
    ]);
  });
  it('reads partial dates and bare years, but not counts', () => {
    expect(run('Talks began in October 2011 and stalled in 2015.')).toEqual([
      ['October 2011', 'DATE', '2011-10'],
      ['2015', 'DATE', '2015'],
    ]);
    expect(run('Some 1,275 residents and 2500 people fled; 613 were hurt.')).toEqual([]);
  });
  it('places a month without a year against the publication date', () => {
    expect(run('The vote was held on Jan. 9.')).toEqual([['Jan. 9', 'DATE', '2020-01-09']]);
    expect(run('The summit will open on Oct. 2.')).toEqual([['Oct. 2', 'DATE', '2020-10-02']]);
  });
  it('needs date context for months that are also words or names', () => {
    expect(run('Officials said they may march on the capital.')).toEqual([]);
    expect(run('Ministers will meet in May.')).toEqual([['May', 'DATE', '2020-05']]);
    // Published in February: a May in the past tense is last year's.
    expect(run('Ministers met in May.')).toEqual([['May', 'DATE', '2019-05']]);
  });
});

describe('times: relative dates', () => {
  it('resolves days and weekdays against the publication date, by tense', () => {
    expect(run('Yesterday the council met; today it votes; tomorrow it rests.')).toEqual([
      ['Yesterday', 'DATE', '2020-02-25'],
      ['today', 'DATE', '2020-02-26'],
      ['tomorrow', 'DATE', '2020-02-27'],
    ]);
    expect(run('Police arrested him on Monday.')).toEqual([['Monday', 'DATE', '2020-02-24']]);
    expect(run('The court will rule on Friday.')).toEqual([['Friday', 'DATE', '2020-02-28']]);
    expect(run('He resigned last Thursday.')).toEqual([['last Thursday', 'DATE', '2020-02-20']]);
  });
  it('resolves weeks, months, years and parts of days', () => {
    expect(run('Sales fell this week, rose last month and will grow next year.')).toEqual([
      ['this week', 'DATE', '2020-W09'],
      ['last month', 'DATE', '2020-01'],
      ['next year', 'DATE', '2021'],
    ]);
    expect(run('Fighting resumed this morning and again tonight.')).toEqual([
      ['this morning', 'TIME', '2020-02-26TMO'],
      ['tonight', 'TIME', '2020-02-26TNI'],
    ]);
    expect(run('The blast came at 3 p.m.')).toEqual([['3 p.m.', 'TIME', '2020-02-26T15:00']]);
  });
  it('turns "ago" durations into dates at the unit of the duration', () => {
    expect(run('The bridge collapsed two years ago and was rebuilt 10 days ago.')).toEqual([
      ['two years ago', 'DATE', '2018'],
      ['10 days ago', 'DATE', '2020-02-16'],
    ]);
  });
  it('leaves relative values underspecified without a publication date', () => {
    expect(run('The rally was on Tuesday, March 3.', null)).toEqual([['Tuesday, March 3', 'DATE', 'XXXX-03-03']]);
    expect(run('He spoke on Tuesday.', null)).toEqual([['Tuesday', 'DATE', 'XXXX-WXX-2']]);
  });
});

describe('times: reference times inside the text', () => {
  it('counts anaphoric expressions from the date last mentioned', () => {
    expect(run('The siege began on Feb. 25, 1992. The next day troops entered; that night the town fell. Later that year a truce was signed.')).toEqual([
      ['Feb. 25, 1992', 'DATE', '1992-02-25'],
      ['The next day', 'DATE', '1992-02-26'],
      ['that night', 'TIME', '1992-02-26TNI'],
      ['Later that year', 'DATE', '1992', 'END'],
    ]);
    expect(run('Shares closed on Friday, Feb. 21, down from the previous Friday.')).toEqual([
      ['Friday, Feb. 21', 'DATE', '2020-02-21'],
      ['the previous Friday', 'DATE', '2020-02-14'],
    ]);
    // With no date mentioned before, the publication date is the reference.
    expect(run('The following week was calm.')).toEqual([['The following week', 'DATE', '2020-W10']]);
  });
  it('dates "the quarter", "the latest period" and "the year-ago quarter" from the story\'s quarter', () => {
    const text = 'Net fell in the fiscal second quarter. Sales in the latest period rose 5% from a year earlier. '
      + 'In the year-ago quarter, the company lost money. Results for the quarter were weak.';
    expect(run(text, '2020-02-26')).toEqual([
      ['the fiscal second quarter', 'DATE', '2020-Q2'],
      ['the latest period', 'DATE', '2020-Q2'],
      ['a year earlier', 'DATE', '2019-Q2'],
      ['the year-ago quarter', 'DATE', '2019-Q2'],
      ['the quarter', 'DATE', '2020-Q2'],
    ]);
  });
  it('reads deadlines and plans as ahead of the publication date', () => {
    expect(run('The dividend is payable Dec. 7 to holders of record Nov. 22.', '2019-10-30')).toEqual([
      ['Dec. 7', 'DATE', '2019-12-07'],
      ['Nov. 22', 'DATE', '2019-11-22'],
    ]);
    expect(run('The child must be returned by Jan. 14, the agency ruled.', '2019-12-30')).toEqual([['Jan. 14', 'DATE', '2020-01-14']]);
    expect(run('The team planned to leave Nairobi on Thursday.')).toEqual([['Thursday', 'DATE', '2020-02-27']]);
  });
  it('does not take ages or the ordinal "a second" for durations', () => {
    expect(run('Mr. Smith, 52 years old, called it a second betrayal.')).toEqual([]);
  });
});

describe('times: periods, quarters, decades, centuries', () => {
  it('normalises seasons, quarters, decades and centuries', () => {
    expect(run('Profits rose in the third quarter of 1998 and in summer 2019.')).toEqual([
      ['the third quarter of 1998', 'DATE', '1998-Q3'],
      ['summer 2019', 'DATE', '2019-SU'],
    ]);
    expect(run('Inflation was high in the 1990s and the early 1980s, as in the 20th century.')).toEqual([
      ['the 1990s', 'DATE', '199'],
      ['the early 1980s', 'DATE', '198', 'START'],
      ['the 20th century', 'DATE', '19'],
    ]);
  });
});

describe('times: durations and sets', () => {
  it('reads durations with counts, words and vague quantities', () => {
    expect(run('The siege lasted three years; talks ran 24 hours, then a month, then several weeks.')).toEqual([
      ['three years', 'DURATION', 'P3Y'],
      ['24 hours', 'DURATION', 'PT24H'],
      ['a month', 'DURATION', 'P1M'],
      ['several weeks', 'DURATION', 'PXW'],
    ]);
    expect(run('Prices have risen for more than four decades, over the past two years in particular.')).toEqual([
      ['more than four decades', 'DURATION', 'P40Y', 'MORE_THAN'],
      ['the past two years', 'DURATION', 'P2Y'],
    ]);
  });
  it('reads sets', () => {
    expect(run('Inspectors come every week, the report is published annually and the paper daily.')).toEqual([
      ['every week', 'SET', 'P1W'],
      ['annually', 'SET', 'P1Y'],
      ['daily', 'SET', 'P1D'],
    ]);
  });
  it('reads present, past and future references', () => {
    expect(run('Prices are now stable; recently they fell, but they will rise in the future.')).toEqual([
      ['now', 'DATE', 'PRESENT_REF'],
      ['recently', 'DATE', 'PAST_REF'],
      ['the future', 'DATE', 'FUTURE_REF'],
    ]);
  });
});

describe('times: anniversaries and ordinals', () => {
  it('dates an anniversary from an event dated elsewhere in the text', () => {
    const text = 'Crowds marked the 30th anniversary of the flood on Sunday.\n\nThe river burst its banks on April 2, 1990, drowning 40 people.';
    expect(run(text, '2020-04-05')).toEqual([
      ['the 30th anniversary', 'DATE', '2020'],
      ['Sunday', 'DATE', '2020-04-05'],
      ['April 2, 1990', 'DATE', '1990-04-02'],
    ]);
  });
  it('leaves an anniversary untagged when no date of the text anchors it (TE3 does not tag those)', () => {
    expect(run('They marked the 75th anniversary of the liberation.', '2020-05-08')).toEqual([]);
  });
  it('dates an anniversary a few days before a new year from an event dated to the day', () => {
    expect(run('The town marked the 28th anniversary of the massacre. On December 28, 1991, troops killed 60 people there.', '2020-01-02')).toEqual([
      ['the 28th anniversary', 'DATE', '2019'],
      ['December 28, 1991', 'DATE', '1991-12-28'],
    ]);
  });
  it('takes no date whose anniversary lands in another year than the publication date', () => {
    // 1962 + 39 = 2001: another event, not the one whose anniversary falls today.
    expect(run('The vote falls today, the 39th anniversary of the invasion. She left the island in 1962.', '2000-04-17')).toEqual([
      ['today', 'DATE', '2000-04-17'],
      ['1962', 'DATE', '1962'],
    ]);
  });
  it('does not take ordinals of units or bare counts for times', () => {
    expect(run('The 366th regiment and the 28th brigade lost 150 men.')).toEqual([]);
  });
});

describe('times: robustness', () => {
  it('keeps offsets exact after emoji and combining marks', () => {
    const raw = '🇦🇿🙂 Cafe\u0301 opened on February 26, 1992 👍🏽 and closed in 1994.';
    const out = run(raw);
    expect(out).toEqual([
      ['February 26, 1992', 'DATE', '1992-02-26'],
      ['1994', 'DATE', '1994'],
    ]);
  });
  it('handles a long line without punctuation and odd input without throwing', () => {
    const long = 'word 1992 and '.repeat(15000);
    const t0 = Date.now();
    const out = run(long);
    expect(out.length).toBe(15000);
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(run('')).toEqual([]);
    // Impossible dates are never output as full dates.
    const odd = run('\u0000\uFFFD 2/30/2019 99/99/9999 31 February 2019');
    expect(odd.filter((t) => /^\d{4}-\d{2}-\d{2}/.test(t[2]))).toEqual([]);
  });
});
