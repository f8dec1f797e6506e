// Rules written against the tune half of the hand-annotated figures set (eval/gold/figures):
// elided counts, lists, "of" phrases, scare quotes, compounds after "a", and reported clauses
// that run on past the content the quotes stage gave them.
import { describe, expect, it } from 'vitest';
import type { Quantity } from '../../core/layers.js';
import { runQuantities, type QuoteSpec as Q } from './run.test-support.js';

/** The stage on `raw`, no names or timexes, quotes found by their text. */
const run = (raw: string, quotes: Q[] = []): Quantity[] => runQuantities(raw, { quotes });

const brief = (raw: string, quotes?: Q[]) => run(raw, quotes).map((q) => `${q.span.text}:${q.counted}`);
const claimedBy = (raw: string, quotes: Q[]) => run(raw, quotes).map((q) => (q.claimant.kind === 'speaker' ? q.claimant.name : 'outlet'));

describe('elided counts', () => {
  it('keeps a bare number after a verb of having, winning or losing', () => {
    expect(brief('Labour, the second largest party, lost 42.')).toEqual(['42:']);
    expect(brief('Sanders had the most delegates, with 60, followed by Biden, with 54.')).toEqual(['60:', '54:']);
    expect(brief('Lost 52 sailed to the site.')).toEqual([]);
  });

  it('keeps a listed number that shares the noun of an earlier figure, and a listed "one"', () => {
    expect(brief('The fatalities included four males and one female.')).toEqual(['four:males', 'one:female']);
    expect(brief('Two cases were aged above 60, two between 51 and 60, and one 41-50 years old.').slice(0, 2)).toEqual(['Two:cases', 'two:']);
    expect(brief('Four were hurt, including three girls and a boy between the ages of 14 and 18.')).toEqual(['Four:', 'three:girls']);
    expect(brief('He wrote three books and a third with his wife.')).toEqual(['three:books']);
  });
});

describe('counted noun', () => {
  it('reads through a possessor and a second number after "of"', () => {
    expect(brief("Biden secured 39 of South Carolina's 54 delegates.")).toEqual(['39:delegates', '54:delegates']);
    expect(brief('They met in round 3 of the 2020 Sunshine Coast season.')).toEqual([]);
  });

  it('opens the noun phrase past a scare quote, not past a closing one', () => {
    expect(brief('The study noted over 370 "jackal horns" seized.')).toEqual(['370:horns']);
    expect(brief('They held a "Revoke Article 50" poster.')).toEqual([]);
  });

  it('counts the first noun of a singular compound after "a"', () => {
    expect(brief('She lost by a 149 vote margin.')).toEqual(['149:vote']);
    expect(brief('They hired 50 police officers.')).toEqual(['50:officers']);
  });

  it('takes "live" as a modifier and a bare "millions" as a subject count', () => {
    expect(brief('They seized 16 skulls and two live jackals.')).toEqual(['16:skulls', 'two:jackals']);
    expect(brief("Millions dwell in the nation's slums.")).toEqual(['Millions:']);
    expect(brief('He made millions.')).toEqual([]);
  });
});

describe('claimant of a reported clause that runs on', () => {
  const police = { content: 'over a hundred people attended the party', speaker: 'Police', cue: 'said' };
  it('gives the figure after the content, in the same sentence, to the speaker', () => {
    expect(claimedBy('Police said over a hundred people attended the party, located in the county, four of whom were injured.', [police])).toEqual(['Police', 'Police']);
  });

  it('stops at a semicolon or a dash, at the sentence end, and after cues that are not of saying', () => {
    expect(claimedBy('Police said over a hundred people attended the party; four of whom were injured.', [police])).toEqual(['Police', 'outlet']);
    expect(claimedBy('Police said over a hundred people attended the party. Four of them were injured.', [police])).toEqual(['Police', 'outlet']);
    const called = { content: 'Nevada for Biden', speaker: 'NBC', cue: 'called' };
    expect(claimedBy('NBC called Nevada for Biden, giving him six votes.', [called])).toEqual(['outlet']);
  });

  it('leaves direct quotes and quotes whose cue follows the content alone', () => {
    const after = { content: 'the party was quiet', speaker: 'Police', cue: 'said' };
    expect(claimedBy('The party was quiet, Police said, and four were injured.', [{ ...after, content: 'The party was quiet' }])).toEqual(['outlet']);
  });
});
