// Claimants of figures whose attribution the quotes stage missed or got partly wrong (reported.ts,
// quotation.ts and the guards of claimant.ts), on short sentences with hand-made upstream layers.
import { describe, expect, it } from 'vitest';
import { runQuantities, type Layers } from './run.test-support.js';

/** The claimant of every figure of `raw`: the speaker's name or "outlet"; quotes carry no entity. */
function claimedBy(raw: string, spec: Layers = {}): string[] {
  const quotes = spec.quotes?.map((q) => ({ ...q, entity: null }));
  return runQuantities(raw, { ...spec, quotes }).map((q) => (q.claimant.kind === 'speaker' ? q.claimant.name : 'outlet'));
}

describe('a main clause of saying the quotes stage missed', () => {
  it('gives the figure to a named subject or a source noun before a verb of saying', () => {
    expect(claimedBy('Trump charges that countries donated millions of dollars to the foundation.', { names: [['Trump', 'PERSON']] })).toEqual(['Trump']);
    expect(claimedBy('Officials said 24 people died in the fire.')).toEqual(['Officials']);
    expect(claimedBy('He went on to say thousands of deaths could be prevented.', { names: [['He', 'PERSON']] })).toEqual(['He']);
  });

  it('reads a title before the name and an acronym in brackets after it', () => {
    expect(claimedBy('Divisional Railway Manager Aparna Garg told reporters only 10 percent of the staff were women.', { names: [['Aparna Garg', 'PERSON']] }))
      .toEqual(['Aparna Garg']);
    expect(claimedBy('Deutsche Welle (DW) reported that 62 stores had closed.', { names: [['Deutsche Welle', 'ORG'], ['DW', 'ORG']] })).toEqual(['Deutsche Welle']);
  });

  it('leaves directives, possessors, people who "show" and later clauses to the outlet', () => {
    expect(claimedBy('The FBI warned officials to boost security in at least two states.', { names: [['FBI', 'ORG']] })).toEqual(['outlet']);
    expect(claimedBy("Clinton's plan would cap deductions at 28 percent.", { names: [['Clinton', 'PERSON']] })).toEqual(['outlet']);
    expect(claimedBy('Trump showed 20 reporters the room.', { names: [['Trump', 'PERSON']] })).toEqual(['outlet']);
    expect(claimedBy('Police said the road was closed; 12 cars were stuck.')).toEqual(['outlet']);
  });

  it('lets a cue the quotes stage found decide', () => {
    const q = { content: 'the road was closed', speaker: 'Police', cue: 'said' };
    expect(claimedBy('Police said the road was closed; 12 cars were stuck.', { quotes: [q] })).toEqual(['outlet']);
  });
});

describe('an "According to X," opener', () => {
  it('claims the figures of the clause it opens, also after a semicolon', () => {
    expect(claimedBy('According to exit polls, Romney had a ten-point lead.')).toEqual(['exit polls']);
    expect(claimedBy('Four people were on board; according to investigators, one person died.')).toEqual(['outlet', 'investigators']);
  });

  it('reads past a comma inside a date, and leaves anonymous reports to the outlet', () => {
    const raw = 'According to a March 14, 2019 NATO press release, Hungary spent 1.15 percent of its GDP on defence.';
    expect(claimedBy(raw, { names: [['NATO', 'ORG']], times: [['March 14, 2019', 'DATE', '2019-03-14']] })).toEqual(['NATO']);
    expect(claimedBy('According to reports, 20 people died.')).toEqual(['outlet']);
  });

  it('takes over from a quote whose source the tagger got wrong', () => {
    const raw = 'According to a March 14, 2019 NATO press release, Hungary spent 1.15 percent of its GDP on defence.';
    const slip = { content: 'Hungary spent 1.15 percent of its GDP on defence', speaker: 'a March 14', cue: 'According to' };
    expect(claimedBy(raw, { names: [['NATO', 'ORG']], times: [['March 14, 2019', 'DATE', '2019-03-14']], quotes: [slip] })).toEqual(['NATO']);
  });
});

describe('a quotation with no source', () => {
  it('takes the subject of the clause before its colon', () => {
    const quote = { content: '"Just 24 percent of the contributors gave less."', speaker: null };
    expect(claimedBy('The New York Times reports: "Just 24 percent of the contributors gave less."', { names: [['New York Times', 'ORG']], quotes: [quote] }))
      .toEqual(['New York Times']);
    const comment = { content: '“The rate is 33 percent.”', speaker: null };
    const raw = 'On July 6, 2015, Sanders made the following comment:\n\n“The rate is 33 percent.”';
    expect(claimedBy(raw, { names: [['Sanders', 'PERSON']], times: [['July 6, 2015', 'DATE', '2015-07-06']], quotes: [comment] })).toEqual(['Sanders']);
  });

  it('takes a name right after a cue that follows it, but not one after a preposition', () => {
    const strada = { content: '“They are 100 percent wrong,”', speaker: null, cue: 'said', kind: 'direct' as const };
    expect(claimedBy('“They are 100 percent wrong,” said 9/11 widow Terry Strada.', { names: [['Terry Strada', 'PERSON']], quotes: [strada] })).toEqual(['Terry Strada']);
    const cnn = { content: '“We counted 100 bodies,”', speaker: null, cue: 'said', kind: 'direct' as const };
    expect(claimedBy('“We counted 100 bodies,” said a statement to CNN.', { names: [['CNN', 'ORG']], quotes: [cnn] })).toEqual(['outlet']);
  });

  it('gives a figure in a quotation no quote holds to the speaker of another part of it', () => {
    const kerry = { content: 'Prices rose sharply last year.', speaker: 'Kerry', cue: 'said' };
    expect(claimedBy('“Prices rose sharply last year. That adds up to 185,000 refugees over two years,” Kerry said.', { quotes: [kerry] })).toEqual(['Kerry']);
    expect(claimedBy('He called it the “47 percent” remark.')).toEqual(['outlet']);
  });
});

describe('guards against over-claiming', () => {
  it('does not claim through a clause of time after the cue, a dash in the source or a cue of doing', () => {
    const as = { content: 'as she and hundreds of other demonstrators marched', speaker: 'Quina Jones', cue: 'said' };
    expect(claimedBy('Quina Jones said as she and hundreds of other demonstrators marched.', { quotes: [as] })).toEqual(['outlet']);
    const dash = { content: 'unrealistic - pledge to cut emissions 80 percent', speaker: 'an aggressive - some', cue: 'say' };
    expect(claimedBy('It made an aggressive - some say unrealistic - pledge to cut emissions 80 percent.', { quotes: [dash] })).toEqual(['outlet']);
    const scrambled = { content: 'hundreds of times', speaker: 'NATO aircraft', cue: 'scrambled' };
    expect(claimedBy('NATO aircraft have scrambled hundreds of times.', { quotes: [scrambled] })).toEqual(['outlet']);
  });

  it('lets "went on to say" speak and a definite "the report" claim', () => {
    const went = { content: 'say thousands of deaths could be prevented', speaker: 'Muyembe', cue: 'went' };
    expect(claimedBy('Muyembe went on to say thousands of deaths could be prevented.', { quotes: [went] })).toEqual(['Muyembe']);
    const report = { content: 'whites will be 47 percent of the country', speaker: 'the report', cue: 'stated' };
    expect(claimedBy('The report stated whites will be 47 percent of the country.', { quotes: [{ ...report, speaker: 'The report' }] })).toEqual(['The report']);
    const reports = { content: 'whites will be 47 percent of the country', speaker: 'Reports', cue: 'stated' };
    expect(claimedBy('Reports stated whites will be 47 percent of the country.', { quotes: [reports] })).toEqual(['outlet']);
  });

  it('prefers, of two quotes with the same content, the one that names a source', () => {
    const content = '"Now 90 percent of patients come out cured,"';
    const raw = 'According to Muyembe, "Now 90 percent of patients come out cured," they see.';
    const see = { content, speaker: 'they', cue: 'see', kind: 'direct' as const };
    const acc = { content, speaker: 'Muyembe', cue: 'According to', kind: 'direct' as const };
    expect(claimedBy(raw, { quotes: [acc, see] })).toEqual(['Muyembe']);
  });

  it('reads a figure cut off its content by the tagger, and runs on past "estimates" but not past "--"', () => {
    const garg = { content: '% of the staff were women', speaker: 'Garg', cue: 'told' };
    expect(claimedBy('Garg told reporters only 10% of the staff were women.', { quotes: [garg] })).toEqual(['Garg']);
    const tpc = { content: 'that the top 1 percent would pay $78,000 more', speaker: 'The Tax Policy Center', cue: 'estimates' };
    const raw = 'The Tax Policy Center estimates that the top 1 percent would pay $78,000 more, while the lower 95 percent -- those earning less than $300,000 -- would pay little.';
    expect(claimedBy(raw, { quotes: [tpc] })).toEqual(['The Tax Policy Center', 'The Tax Policy Center', 'The Tax Policy Center', 'outlet']);
  });
});
