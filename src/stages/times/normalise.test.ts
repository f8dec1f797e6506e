import { describe, expect, it } from 'vitest';
import { runTimes as run } from './run.test-support.js';

// 2020-02-26 is a Wednesday; 1989-11-02 a Thursday.
describe('times: tense cues for weekdays and months', () => {
  it('reads the past perfect as past, even before a deadline word', () => {
    expect(run('Thirty members had filed their reports by Monday.')).toEqual([['Monday', 'DATE', '2020-02-24']]);
    expect(run('Until Thursday, they had not called him a suspect.')).toEqual([['Thursday', 'DATE', '2020-02-20']]);
    expect(run('The offer had been due to expire Friday.')).toEqual([['Friday', 'DATE', '2020-02-21']]);
    // Without the past perfect, "by" still sets a deadline ahead.
    expect(run('Members must file their reports by Monday.')).toEqual([['Monday', 'DATE', '2020-03-02']]);
    // A sentence opening "By Monday," sets the moment of its main verb.
    expect(run('By Monday afternoon, the governor said the Senate had no say.')).toEqual([['Monday afternoon', 'DATE', '2020-02-24']]);
    expect(run('By Monday, members must file their reports.')).toEqual([['Monday', 'DATE', '2020-03-02']]);
    // An opening quotation mark changes nothing.
    expect(run('“By December, when we were looking down the list, it was over.', '2016-06-05')).toEqual([['December', 'DATE', '2015-12']]);
  });
  it('puts a month a past verb governs before the publication date, and "ahead of Sunday\'s vote" ahead', () => {
    expect(run('The report was published in March.', '2024-01-24')).toEqual([['March', 'DATE', '2023-03']]);
    expect(run('The vote is scheduled for March.', '2024-01-24')).toEqual([['March', 'DATE', '2024-03']]);
    expect(run('The poll shows a tight race ahead of Sunday\'s vote.', '2024-01-24')).toEqual([['Sunday', 'DATE', '2024-01-28']]);
    expect(run('Sunday\'s vote was close.', '2024-01-24')).toEqual([['Sunday', 'DATE', '2024-01-21']]);
  });
  it('reads no plural noun as a verb of a scheduled event, and Easter Monday as no weekday', () => {
    expect(run('Election returns Tuesday showed a narrow lead.')).toEqual([['Tuesday', 'DATE', '2020-02-25']]);
    expect(run('Easter Monday was quiet.')).toEqual([]);
    // A name goes on after it, a noun is modified: no date.
    expect(run('They flew to Easter Island, then bought Easter eggs.')).toEqual([]);
    expect(run('They met at Easter.')).toEqual([['Easter', 'DATE', '2019-04-21']]);
    // "will" in a relative clause set off by commas is not the possessive weekday's clause.
    expect(run("Monday's vote, which will decide nothing, was close.")).toEqual([['Monday', 'DATE', '2020-02-24']]);
    // Any -ing form after "kept" lasted ("kept going" was the only one).
    expect(run('They kept marching until nearly 2 a.m. Friday.')).toEqual([['2 a.m. Friday', 'TIME', '2020-02-21T02:00']]);
  });
  it('takes "to" as a deadline only after a verb that moves a date', () => {
    expect(run('The deadline was extended to Monday.')).toEqual([['Monday', 'DATE', '2020-03-02']]);
    expect(run('In contrast to Thursday, when two leaders were arrested, the rally was calm.')).toEqual([['Thursday', 'DATE', '2020-02-20']]);
    expect(run('Maryland rescheduled most of its primary races to June 2.', '2020-03-20')).toEqual([['June 2', 'DATE', '2020-06-02']]);
  });
  it('does not read nouns, adjectives or places as tense cues', () => {
    // "vacation plans" is a noun, "next to" a place: the past tense decides.
    expect(run('On Friday, when she set aside vacation plans, rescuers arrived.')).toEqual([['Friday', 'DATE', '2020-02-21']]);
    expect(run('Hundreds were wounded in the blasts next to the embassies on Friday.')).toEqual([['Friday', 'DATE', '2020-02-21']]);
    // "unspecified" after a determiner is an adjective, so "of record" (ahead) is the cue.
    expect(run('The dividend would be paid on a still unspecified date in January to holders of record.', '1989-10-26')).toEqual([
      ['January', 'DATE', '1990-01'],
    ]);
  });
});

describe('times: news idioms around dates', () => {
  it('reads "September 20 of this year" as one date in the anchor\'s year', () => {
    expect(run('The largest demonstration ever held to date took place on September 20 of this year.', '2019-12-14')).toEqual([['September 20 of this year', 'DATE', '2019-09-20']]);
  });
  it('reads "to date" and "the next highest" as no future', () => {
    expect(run('It was the largest demonstration held to date, on September 20.', '2019-12-14')).toEqual([['September 20', 'DATE', '2019-09-20']]);
    expect(run('The next highest country reported 37,542 deaths as of Monday.')).toEqual([['Monday', 'DATE', '2020-02-24']]);
  });
  it('takes no timex from an age, a count sharing its noun, or a fraction of an amount', () => {
    expect(run('A man in his forties was arrested.')).toEqual([]);
    expect(run('The post got 2000 or 3000 likes.')).toEqual([]);
    expect(run('They raised a quarter million dollars, about a quarter as much money as before.')).toEqual([]);
    expect(run('Prices rose in the forties and in 2000 or 2001.').map((t) => t[2])).toEqual(['194', '2000', '2001']);
  });
  it('takes no weekday from a named day', () => {
    expect(run('She won none of the contests of Super Tuesday, and Black Friday sales fell.')).toEqual([]);
  });
  it('reads a sentence opening "Through Tuesday evening" by its main verb', () => {
    expect(run('Through Tuesday evening the fire was reduced and the order lifted.')).toEqual([['Tuesday evening', 'TIME', '2020-02-25TEV']]);
  });
  it('reads an expectation told in the past tense as past, unless reported', () => {
    expect(run('The state of emergency was expected to end on December 15, but it was extended.', '2020-01-01')).toEqual([['December 15', 'DATE', '2019-12-15']]);
    expect(run('The storm was expected to pass the island late Tuesday night.', '2020-02-27')).toEqual([['late Tuesday night', 'DATE', '2020-02-25', 'END']]);
    expect(run('Officials said the vote was expected on Friday.')).toEqual([['Friday', 'DATE', '2020-02-28']]);
  });
});

describe('times: "this" + weekday', () => {
  it('reads "this Sunday" in the anchor\'s week unless the tense puts it on the other side', () => {
    expect(run('This Sunday, the inventor crossed the Channel on a jet-powered board.')).toEqual([['This Sunday', 'DATE', '2020-02-23']]);
    expect(run('The vote will take place this Sunday.')).toEqual([['this Sunday', 'DATE', '2020-03-01']]);
    expect(run('The inspectors arrived this Monday.')).toEqual([['this Monday', 'DATE', '2020-02-24']]);
    expect(run('The inspectors will arrive this Monday.')).toEqual([['this Monday', 'DATE', '2020-03-02']]);
  });
});

describe('times: short past forms and prepositional "to"', () => {
  it('reads short and irregular past verbs', () => {
    expect(run('Don Imus died on Friday at a hospital in Texas.')).toEqual([['Friday', 'DATE', '2020-02-21']]);
    // 2020-02-26 is a Wednesday: with no cue Friday would be two days ahead.
    expect(run('His campaign sued the party on Friday.')).toEqual([['Friday', 'DATE', '2020-02-21']]);
    // What is reported has happened: "according to a report on Friday".
    expect(run('According to a report on Friday by a security firm, the data leaked.')).toEqual([['Friday', 'DATE', '2020-02-21']]);
    expect(run('By Monday afternoon, this likelihood had risen to 80 percent.')).toEqual([['Monday afternoon', 'DATE', '2020-02-24']]);
  });
  it('does not take "to" before a noun or after a verb of motion as an infinitive', () => {
    expect(run('He was found dead, according to police on Monday.')).toEqual([['Monday', 'DATE', '2020-02-24']]);
    expect(run('The statement ascribed his death to complications from a stroke on Monday.')).toEqual([['Monday', 'DATE', '2020-02-24']]);
    expect(run('The hospital returned to normal operation on Sunday.')).toEqual([['Sunday', 'DATE', '2020-02-23']]);
    expect(run("When he didn't come to work on Monday, his coworkers called the police.")).toEqual([['Monday', 'DATE', '2020-02-24']]);
    // An infinitive of intent, and "would", still look ahead.
    expect(run('Leaders agreed to meet on Friday.')).toEqual([['Friday', 'DATE', '2020-02-28']]);
    expect(run('The Senate announced it would meet on Monday.')).toEqual([['Monday', 'DATE', '2020-03-02']]);
  });
});

describe('times: months, quarters and halves of a counted or named year', () => {
  it('dates a month by "this/next/last year" and by a year read aloud', () => {
    expect(run('They will join in April next year.')).toEqual([['April next year', 'DATE', '2021-04']]);
    expect(run('The vote was held in early October this year.')).toEqual([['early October this year', 'DATE', '2020-10', 'START']]);
    expect(run('One person is killed. January nineteen ninety-seven.')).toEqual([['January nineteen ninety-seven', 'DATE', '1997-01']]);
    expect(run('He was shot to death last Oct. 23 at his home.')).toEqual([['last Oct. 23', 'DATE', '2019-10-23']]);
  });
  it('reads halves and quarters of a year', () => {
    expect(run('Earnings for the last half of 1989 will be lower.')).toEqual([['the last half of 1989', 'DATE', '1989-H2']]);
    expect(run('Demand should stay weak through the first two quarters of 1990.')).toEqual([['the first two quarters of 1990', 'DATE', '1990-H1']]);
    expect(run("The sale could close as early as next year's first quarter.", '1989-10-31')).toEqual([["next year's first quarter", 'DATE', '1990-Q1']]);
  });
  it('dates a year-earlier figure in an earnings story by its quarter', () => {
    expect(run('Net rose in the third quarter, compared with a year-earlier loss of $26,956.', '1989-11-02')).toEqual([
      ['the third quarter', 'DATE', '1989-Q3'],
      ['year-earlier', 'DATE', '1988-Q3'],
    ]);
  });
  it('reads "the year ended ..." as twelve months, whatever precedes it', () => {
    expect(run('Profit was #50 million in the year ended March 31.', '1989-10-31')).toEqual([
      ['the year', 'DURATION', 'P1Y'],
      ['March 31', 'DATE', '1989-03-31'],
    ]);
  });
});

describe('times: weekdays tied to a day of the month', () => {
  it('dates "Friday the 21st" by the month where that day is a Friday', () => {
    expect(run('The hearing is set for Friday the 28th.')).toEqual([['Friday the 28th', 'DATE', '2020-02-28']]);
    expect(run('They met on Friday the 31st.')).toEqual([['Friday the 31st', 'DATE', '2020-01-31']]);
    // An ordinal that begins a noun phrase is not a day.
    expect(run('On Friday the first group of refugees arrived.')).toEqual([['Friday', 'DATE', '2020-02-21']]);
  });
  it('dates a weekday of a counted week and a day of a counted month', () => {
    expect(run('The vote is set for Friday next week.')).toEqual([['Friday next week', 'DATE', '2020-03-06']]);
    expect(run('They will meet next week on Tuesday.')).toEqual([['next week on Tuesday', 'DATE', '2020-03-03']]);
    expect(run('Payment is due on the 20th of next month.')).toEqual([['the 20th of next month', 'DATE', '2020-03-20']]);
    expect(run('The plant closed on the 21st and reopened on the 3rd of March.')).toEqual([
      ['the 21st', 'DATE', '2020-02-21'],
      ['the 3rd of March', 'DATE', '2020-03-03'],
    ]);
    expect(run('Celebrations run from 1st of March to 10th of March.')).toEqual([
      ['1st of March', 'DATE', '2020-03-01'],
      ['10th of March', 'DATE', '2020-03-10'],
    ]);
    // A word ordinal without "of" counts events, not days.
    expect(run('It was the second this month.')).toEqual([['this month', 'DATE', '2020-02']]);
  });
  it('dates "the first Friday of July"', () => {
    expect(run('The fair opens on the first Friday of July.')).toEqual([['the first Friday of July', 'DATE', '2020-07-03']]);
  });
});

describe('times: what is not a time, and times on the day being told', () => {
  it('skips titles and names made of time words', () => {
    expect(run('Baker said on ABC\'s "This Week" that talks would go on.')).toEqual([]);
    expect(run('Gonzalez said on CBS\'s "60 Minutes" that he was angry.')).toEqual([]);
    expect(run('The poster showed a still from the film "High Noon".')).toEqual([]);
  });
  it('skips fractions and the verb "fall"', () => {
    expect(run('Iraq imports about three-quarters of its food.')).toEqual([]);
    expect(run('The company expects net income to fall below estimates.')).toEqual([]);
    expect(run('Prices rose in the fall.')).toEqual([['the fall', 'DATE', '2019-FA']]);
  });
  it('puts a bare clock time on the date the text last named', () => {
    expect(run('On Oct. 23, Slepian was shot to death at 10 p.m. in his kitchen.')).toEqual([
      ['Oct. 23', 'DATE', '2019-10-23'],
      ['10 p.m.', 'TIME', '2019-10-23T22:00'],
    ]);
    expect(run('The session opens at 9 a.m.')).toEqual([['9 a.m.', 'TIME', '2020-02-26T09:00']]);
  });
  it('puts a clock time on the day named right after it', () => {
    expect(run('The blast occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a building.')).toEqual([
      ['about 10:35 a.m.', 'TIME', '2020-02-21T10:35', 'APPROX'],
      ['Friday', 'DATE', '2020-02-21'],
    ]);
    expect(run('At around 3:00 p.m. local time on Monday the fires spread.')).toEqual([
      ['around 3:00 p.m.', 'TIME', '2020-02-24T15:00', 'APPROX'],
      ['Monday', 'DATE', '2020-02-24'],
    ]);
  });
  it('reads neither a 24-hour clock nor an age as a date or a duration', () => {
    expect(run('He was sworn in at 5 p.m. local time (2100 UTC).')).toEqual([['5 p.m.', 'TIME', '2020-02-26T17:00']]);
    expect(run('The mathematician died on Monday at 103 years of age.')).toEqual([['Monday', 'DATE', '2020-02-24']]);
  });
});

describe('times: story date, rates and reference dates', () => {
  it('counts relative dates from a wire dateline a day before publication', () => {
    const text = 'WASHINGTON, February 25 (Xinhua) -- Officials said today that the talks held yesterday failed.';
    expect(run(text)).toEqual([
      ['February 25', 'DATE', '2020-02-25'],
      ['today', 'DATE', '2020-02-25'],
      ['yesterday', 'DATE', '2020-02-24'],
    ]);
  });
  it('ignores a dateline far from the publication date, and dates in running text', () => {
    expect(run('WASHINGTON, January 2 (Xinhua) -- Officials said today the talks failed.')).toEqual([
      ['January 2', 'DATE', '2020-01-02'],
      ['today', 'DATE', '2020-02-26'],
    ]);
    expect(run('He left Paris, February 25 (a Tuesday), and said today he was home.')[2]).toEqual(['today', 'DATE', '2020-02-26']);
  });
  it('reads a rate after a figure but does not tag it, nor the duration inside it', () => {
    expect(run('The stock pays a dividend of $1.76 a year and adds 358,000 jobs a month.')).toEqual([]);
    // "an hour" too, and a rate written as a compound: "$12-an-hour workers", "a $400-million-a-year business".
    expect(run('Workers earn $5 an hour; they blamed $12-an-hour workers at a $400-million-a-year business.')).toEqual([]);
    expect(run('The talks lasted a year.')).toEqual([['a year', 'DURATION', 'P1Y']]);
  });
  it('tags "the week" of a market story as an unnumbered week, but "the week of March 6" as that ISO week', () => {
    expect(run("For the week, the index fell; it was the week's busiest session.")).toEqual([
      ['the week', 'DATE', '2020-WXX'],
      ['the week', 'DATE', '2020-WXX'],
    ]);
    expect(run('The hearing is set for the week of March 6.')).toEqual([['the week of March 6', 'DATE', '2020-W10']]);
  });
  it('counts "the previous day" from the last day named, past a coarser date', () => {
    expect(run('On Thursday she spoke at the UN. He was killed last October. The previous day, PBS aired a film.', '2019-09-29')).toEqual([
      ['Thursday', 'DATE', '2019-09-26'],
      ['last October', 'DATE', '2018-10'],
      ['The previous day', 'DATE', '2019-09-25'],
    ]);
  });
});

describe('times: possessive weekdays and uncounted stretches of the past', () => {
  it('dates a possessive weekday in the past, whatever modal surrounds it', () => {
    // "would" alone would look ahead (2020-03-02); "Monday's ruling" is a ruling already made.
    expect(run("Relatives said they would look for ways to get around Monday's ruling.")).toEqual([['Monday', 'DATE', '2020-02-24']]);
    // "will" close by looks ahead: a debate still to come.
    expect(run("And while Monday's debate in New York will be his first, he is ready.", '2016-09-23')).toEqual([['Monday', 'DATE', '2016-09-26']]);
  });
  it('reads an uncounted stretch back to now as PAST_REF, a forward or counted one as a duration', () => {
    expect(run('Prices have doubled over the past few years.')).toEqual([['the past few years', 'DATE', 'PAST_REF']]);
    expect(run('Funds have fallen in past years.')).toEqual([['past years', 'DATE', 'PAST_REF']]);
    expect(run('Talks will resume in the next few days.')).toEqual([['the next few days', 'DURATION', 'PXD']]);
    expect(run('The past five years were hard.')).toEqual([['The past five years', 'DURATION', 'P5Y']]);
  });
  it('keeps "this" in "this past weekend" and reads "the Sun." as no weekday', () => {
    expect(run('Prices fell this past weekend.')).toEqual([['this past weekend', 'DATE', '2020-W08-WE']]);
    expect(run('The star is more massive than the Sun. It was reported by the Baltimore Sun. Shops will close on Sat.')).toEqual([
      ['Sat.', 'DATE', '2020-02-29'],
    ]);
  });
  it('reads a name-like month as the next item of a list of months, or before a noun after "a"', () => {
    expect(run('Sales rose in March, April and May.', '1998-06-15')).toEqual([
      ['March', 'DATE', '1998-03'],
      ['April', 'DATE', '1998-04'],
      ['May', 'DATE', '1998-05'],
    ]);
    expect(run('It sold the unit under a June agreement.', '1989-11-02')).toEqual([['June', 'DATE', '1989-06']]);
    // A name after a comma is no month: "Joe, April" (only a month before the comma continues a list).
    expect(run('She thanked Joe, April Smith and others.')).toEqual([]);
  });
  it('dates US holidays named in capitals, the last Monday of May included', () => {
    expect(run('He spoke on Memorial Day and again on Labor Day.', '2013-11-06')).toEqual([
      ['Memorial Day', 'DATE', '2013-05-27'],
      ['Labor Day', 'DATE', '2013-09-02'],
    ]);
    expect(run("They met on Mother's Day, Veterans Day and Presidents' Day.", '2013-12-06')).toEqual([
      ["Mother's Day", 'DATE', '2013-05-12'],
      ['Veterans Day', 'DATE', '2013-11-11'],
      ["Presidents' Day", 'DATE', '2013-02-18'],
    ]);
    expect(run('They held a memorial day for the victims.')).toEqual([]);
  });
});

describe('times: compound ordinals, older decade plurals, halves', () => {
  it('reads compound ordinal words as days and centuries', () => {
    expect(run('They will meet on the twenty-first of May and on June twenty-second.', '1998-03-04')).toEqual([
      ['the twenty-first of May', 'DATE', '1998-05-21'],
      ['June twenty-second', 'DATE', '1998-06-22'],
    ]);
    expect(run('Trade in the twenty-first century will grow.')).toEqual([['the twenty-first century', 'DATE', '20']]);
  });
  it("reads \"the 1980's\" and \"the '80's\" as decades, not a year's possessive", () => {
    expect(run("Prices rose in the 1980's, the mid-1970's and the '60's.")).toEqual([
      ["the 1980's", 'DATE', '198'],
      ["the mid-1970's", 'DATE', '197', 'MID'],
      ["the '60's", 'DATE', '196'],
    ]);
  });
  it('reads "two and a half years" as one duration', () => {
    expect(run('He served two and a half years; they talked for one and a half hours.')).toEqual([
      ['two and a half years', 'DURATION', 'P2Y6M'],
      ['one and a half hours', 'DURATION', 'PT1H30M'],
    ]);
  });
  it('reads "the second half of next year" as one half of the counted year', () => {
    expect(run('The vote will be held in the second half of next year, after the first half of this year.')).toEqual([
      ['the second half of next year', 'DATE', '2021-H2'],
      ['the first half of this year', 'DATE', '2020-H1'],
    ]);
  });
  it('reads the verb "last" before a duration as no "last" stretch', () => {
    expect(run('The talks will last two weeks; they did not last several days.')).toEqual([
      ['two weeks', 'DURATION', 'P2W'],
      ['several days', 'DURATION', 'PXD'],
    ]);
    expect(run('In the last two weeks it rained.')).toEqual([['the last two weeks', 'DURATION', 'P2W']]);
  });
});

describe('times: weekday and part of the day', () => {
  it('dates "Friday evening" as a TIME with TEV, "Friday night" and "Friday morning" as the day', () => {
    expect(run('The offer expired Friday evening; talks ran into Friday night and resumed Saturday morning.')).toEqual([
      ['Friday evening', 'TIME', '2020-02-21TEV'],
      ['Friday night', 'DATE', '2020-02-21'],
      ['Saturday morning', 'DATE', '2020-02-22'],
    ]);
  });
});

describe('times: ranges after "the past", hours in words', () => {
  it('reads "the past four or five years" as one stretch, its lower bound', () => {
    expect(run('Prices have risen over the past four or five years.')).toEqual([['the past four or five years', 'DURATION', 'P4Y']]);
    expect(run('Deals are expected during the next 12 to 18 months.')).toEqual([['the next 12 to 18 months', 'DURATION', 'P12M']]);
  });
  it("reads hours in words before o'clock, a.m. or p.m., and o'clock tonight in the evening", () => {
    expect(run("The show starts at eight o'clock tonight; the market opened at nine a.m.")).toEqual([
      ["eight o'clock tonight", 'TIME', '2020-02-26T20:00'],
      ['nine a.m.', 'TIME', '2020-02-26T09:00'],
    ]);
    // "am" written as a plain word is the verb; "AM radio" the band.
    expect(run('I am eight am I not?')).toEqual([]);
    expect(run('It runs 18 FM and five AM radio stations.')).toEqual([]);
  });
});

describe('times: weeks named by their month', () => {
  it('reads "the week of March 6" and "the second week of April" as ISO weeks', () => {
    expect(run('A hearing is set for the week of March 6, after the second week of April 1999 and the last week of February.', '2000-02-24')).toEqual([
      ['the week of March 6', 'DATE', '2000-W10'],
      // April 11, 1999 is a Sunday: the last day of ISO week 14.
      ['the second week of April 1999', 'DATE', '1999-W14'],
      ['the last week of February', 'DATE', '2000-W08'],
    ]);
  });
});

describe('times: scheduled events in the present tense', () => {
  it('reads "the summit ends Thursday" and "the Senate votes Friday" as ahead', () => {
    expect(run('The summit ends Thursday, and the Senate votes Friday.')).toEqual([
      ['Thursday', 'DATE', '2020-02-27'],
      ['Friday', 'DATE', '2020-02-28'],
    ]);
  });
});

describe('times: "that same day" after a month', () => {
  it('reads "that same day" after a month named without its day as a day of that month', () => {
    expect(run('He was killed last October. His name was crossed out that same day.', '1999-02-06')).toEqual([
      ['last October', 'DATE', '1998-10'],
      ['that same day', 'DATE', '1998-10-XX'],
    ]);
    // After a full date, the day itself.
    expect(run('He left on March 3, 1998. That day it rained.', '1999-02-06')).toEqual([
      ['March 3, 1998', 'DATE', '1998-03-03'],
      ['That day', 'DATE', '1998-03-03'],
    ]);
  });
});

describe('times: "earlier in the year"', () => {
  it('reads "earlier in the year" and "later in the month" as the current year and month', () => {
    expect(run('Use was delayed earlier in the year by rain and will rise later in the month.', '1989-10-26')).toEqual([
      ['earlier in the year', 'DATE', '1989', 'START'],
      ['later in the month', 'DATE', '1989-10', 'END'],
    ]);
    // "later in the day" stays untagged (TE3 train: 1 of 4 tagged).
    expect(run('He flew to Nairobi later in the day.')).toEqual([]);
  });
});

describe('times: "since year-end"', () => {
  it('reads "since year-end" as the last December 31 passed, "by year-end" as the end of this year', () => {
    expect(run('The index is up 5% since year-end and will rise by year-end.', '1989-10-30')).toEqual([
      ['year-end', 'DATE', '1988-12-31'],
      ['year-end', 'DATE', '1989', 'END'],
    ]);
  });
});

describe('times: years read aloud', () => {
  it('keeps "the year" in the span and reads hyphens between the words of a spoken year', () => {
    expect(run('The approach of the year two thousand worried them, as the year 2000 did.')).toEqual([
      ['the year two thousand', 'DATE', '2000'],
      ['the year 2000', 'DATE', '2000'],
    ]);
    expect(run('It began in nineteen-ninety-seven.')).toEqual([['nineteen-ninety-seven', 'DATE', '1997']]);
    expect(run('On March eighth, nineteen ninety-eight, and on the tenth of September, two thousand, they met.')).toEqual([
      ['March eighth, nineteen ninety-eight', 'DATE', '1998-03-08'],
      ['the tenth of September, two thousand', 'DATE', '2000-09-10'],
    ]);
  });
});

describe("times: a year's own quarter", () => {
  it("reads \"1997's second quarter\" as that year's quarter, not the anchor's", () => {
    expect(run("Sales fell in 1997's second quarter and in fiscal 1998's first half.", '1998-10-26')).toEqual([
      ["1997's second quarter", 'DATE', '1997-Q2'],
      ["fiscal 1998's first half", 'DATE', '1998-H1'],
    ]);
  });
});

describe('times: "following" as a preposition, "coming" as a verb, "kept going until"', () => {
  it('reads "Following Monday\'s debate" as last Monday, "the following Monday" as counted', () => {
    expect(run("Following Monday's debate, the fact-checkers wrote.", '2016-09-29')).toEqual([['Monday', 'DATE', '2016-09-26']]);
    expect(run('They met on Sept. 5, 2016, and again the following Monday.', '2016-09-29')).toEqual([
      ['Sept. 5, 2016', 'DATE', '2016-09-05'],
      ['the following Monday', 'DATE', '2016-09-12'],
    ]);
  });
  it('takes "coming" as a future cue only as an adjective', () => {
    expect(run('For all the cheers coming out of her headquarters Monday night, work remains.', '2016-09-29')).toEqual([['Monday night', 'DATE', '2016-09-26']]);
  });
  it('reads "kept going until nearly 2 a.m. Friday" as past', () => {
    expect(run('Protesters kept going until nearly 2 a.m. Friday.', '2016-09-25')).toEqual([['2 a.m. Friday', 'TIME', '2016-09-23T02:00']]);
  });
});

describe('times: a month with no tense cue', () => {
  it('keeps a month up to four months ahead in the anchor\'s year when nothing in the sentence gives a tense', () => {
    expect(run("It is the biggest delegate pool of them all, California's June 7 primary.", '2016-03-23')).toEqual([['June 7', 'DATE', '2016-06-07']]);
    // Further ahead, news defaults to the past; a past cue still flips a nearer month.
    expect(run('It is the state of the October report.', '2016-03-23')).toEqual([['October', 'DATE', '2015-10']]);
    expect(run('Sales fell in June.', '2016-03-23')).toEqual([['June', 'DATE', '2015-06']]);
  });
});

describe('times: weekdays with no tense cue, and a sentence opening with its date', () => {
  it('places a weekday with no tense cue at all on the nearest such day', () => {
    // 2016-02-18 is a Thursday: Saturday two days ahead, Monday three days back.
    expect(run('The Silver State holds its Democratic caucuses on Saturday.', '2016-02-18')).toEqual([['Saturday', 'DATE', '2016-02-20']]);
    expect(run('The rally in Reno on Monday.', '2016-02-18')).toEqual([['Monday', 'DATE', '2016-02-15']]);
  });
  it('reads the main verb far to the right of a date that opens its sentence', () => {
    expect(run('On Saturday, Senator Bernie Sanders of Vermont, a Democratic rival, assailed her for supporting the war.', '2015-11-18')).toEqual([
      ['Saturday', 'DATE', '2015-11-14'],
    ]);
  });
});

describe('times: ordinals and fractions that look like durations; "last" as a verb', () => {
  it('takes no duration from "a second-place finish" or "three-quarters"', () => {
    expect(run('After a second-place finish in Iowa, about three-quarters of voters and as high as three-quarters in Missouri backed him.')).toEqual([]);
    expect(run('As for the second-guessing of her campaign, it went on.')).toEqual([]);
  });
  it('reads "will last" as no past cue', () => {
    expect(run('The rally will last through the end of the year, maybe even into January.', '2015-12-16')).toEqual([
      ['the end of the year', 'DATE', '2015', 'END'],
      ['January', 'DATE', '2016-01'],
    ]);
  });
});

describe('times: Easter', () => {
  it('dates Easter and Easter week by the computed Sunday, on the tense\'s side of the anchor', () => {
    // Easter 2000 fell on April 23 (ISO week 16); 1999's on April 4.
    expect(run('Protesters prayed as Easter week began. They will march on Easter Sunday.', '2000-04-17')).toEqual([
      ['Easter week', 'DATE', '2000-W16'],
      ['Easter Sunday', 'DATE', '2000-04-23'],
    ]);
    expect(run('Over Easter, they rested.', '2000-04-17')).toEqual([['Easter', 'DATE', '1999-04-04']]);
    expect(run('Easter Island is far; they hid Easter eggs.', '2000-04-17')).toEqual([]);
  });
});
