import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { makeDoc, withLayer } from '../../core/doc.js';
import type { Quantity } from '../../core/layers.js';
import { segmentText } from '../segment/index.js';
import { extractQuantities, quantities } from './index.js';
import { runQuantities as run, type Layers } from './run.test-support.js';

function one(raw: string, layers?: Layers): Quantity {
  const out = run(raw, layers);
  expect(out).toHaveLength(1);
  return out[0];
}

function texts(raw: string, layers?: Layers): string[] {
  return run(raw, layers).map((q) => q.span.text);
}

describe('number forms', () => {
  it('reads digits with thousands separators and decimals', () => {
    const q = one('Officials said 1,275 residents were evacuated.');
    expect(q).toMatchObject({ value: 1275, counted: 'residents', hedge: 'exact', role: 'evacuated' });
    expect(q.span.text).toBe('1,275');
    expect(one('The survey counted 3.75 million voters.').value).toBe(3750000);
  });

  it('reads number words, hyphenated and with "and"', () => {
    expect(one('Twenty-five soldiers were wounded in the clash.')).toMatchObject({ value: 25, counted: 'soldiers', role: 'wounded' });
    expect(one('The ship carried one hundred and six passengers.')).toMatchObject({ value: 106, counted: 'passengers' });
    expect(one('Police arrested a dozen protesters.')).toMatchObject({ value: 12, counted: 'protesters', role: 'arrested' });
    expect(one('The war displaced half a million residents.')).toMatchObject({ value: 500000, counted: 'residents', role: 'displaced' });
    expect(one('Two-thirds of the voters stayed home.')).toMatchObject({ counted: 'voters' });
    expect(one('Two-thirds of the voters stayed home.').value).toBeCloseTo(2 / 3);
  });

  it('reads a count that went past a mark as at-least, and only a count', () => {
    expect(one('The death toll has passed 1,000.')).toMatchObject({ value: 1000, hedge: 'at-least', role: 'killed' });
    expect(one('Confirmed cases topped 2,000 on Friday.')).toMatchObject({ value: 2000, hedge: 'at-least' });
    expect(one('He passed 3 cars on the road.')).toMatchObject({ value: 3, hedge: 'exact' });
  });

  it('reads vague plurals as the least they can mean, hedged at-least', () => {
    expect(one('Dozens of civilians fled the shelling.')).toMatchObject({ value: 12, hedge: 'at-least', counted: 'civilians', role: 'displaced' });
    expect(one('Tens of thousands of people marched on the capital.')).toMatchObject({ value: 10000, hedge: 'at-least', counted: 'people' });
    expect(one('Hundreds were killed in the fighting.')).toMatchObject({ value: 100, counted: '', role: 'killed' });
  });

  it('reads percents, with the span on the number only', () => {
    const q = one('Rebels held around 20 percent of the province.');
    expect(q).toMatchObject({ value: 20, counted: 'percent', hedge: 'approx' });
    expect(q.span.text).toBe('20');
    expect(one('Turnout fell to 48.5% this year.')).toMatchObject({ value: 48.5, counted: 'percent' });
    expect(one('Support rose by 3 percentage points.')).toMatchObject({ value: 3, counted: 'percentage points' });
  });

  it('reads money with its currency', () => {
    const q = one('The donors pledged $5 million for reconstruction.');
    expect(q).toMatchObject({ value: 5000000, unit: 'USD', counted: 'dollars' });
    expect(q.span.text).toBe('5 million');
    expect(one('The club paid €20 for each ticket.')).toMatchObject({ value: 20, unit: 'EUR', counted: 'euros' });
    expect(one('The deal was worth £3.2bn in total.')).toMatchObject({ value: 3.2e9, unit: 'GBP' });
    expect(one('The council spent £5m on repairs.')).toMatchObject({ value: 5e6, unit: 'GBP' });
    expect(one('The bank lent 7 million euros to the firm.')).toMatchObject({ value: 7e6, unit: 'EUR', counted: 'euros' });
  });

  it('reads measures with their unit', () => {
    expect(one('The convoy travelled 40 km before dawn.')).toMatchObject({ value: 40, unit: 'km', counted: 'km' });
    expect(one('Troops advanced 12 kilometres into the valley.')).toMatchObject({ value: 12, unit: 'km', counted: 'kilometres' });
  });

  it('reads ranges: span from low to high, value = low', () => {
    const q = one('Between 36 and 40 people were injured.');
    expect(q).toMatchObject({ value: 36, low: 36, high: 40, hedge: 'range', counted: 'people', role: 'wounded' });
    expect(q.span.text).toBe('36 and 40');
    expect(one('Witnesses saw 36–40 armed men.')).toMatchObject({ low: 36, high: 40, counted: 'men', hedge: 'range' });
    expect(one('Witnesses saw 36-40 armed men.').span.text).toBe('36-40');
    expect(one('Officials expect 200 to 300 refugees a day.')).toMatchObject({ low: 200, high: 300, counted: 'refugees' });
    expect(one('The plan costs $5-10 million a year.')).toMatchObject({ low: 5e6, high: 1e7, unit: 'USD' });
    expect(one('Two or three houses burned.')).toMatchObject({ low: 2, high: 3, counted: 'houses' });
  });

  it('reads "one in five" as a ratio of the noun after it', () => {
    const q = one('One in five children is underweight.');
    expect(q.value).toBeCloseTo(0.2);
    expect(q.counted).toBe('children');
    expect(q.span.text).toBe('One in five');
  });

  it('reads "seven per 100,000 people" as one rate, not two figures', () => {
    const out = run('Black Americans died at a rate of seven per 100,000 people.');
    expect(out.length).toBe(1);
    expect(out[0].value).toBeCloseTo(7e-5);
    expect(out[0].counted).toBe('people');
    expect(out[0].span.text).toBe('seven per 100,000');
  });

  it('does not read "rose from 5 to 10" as a range', () => {
    const out = run('Prices rose from 5 to 10 percent.');
    expect(out.some((q) => q.hedge === 'range')).toBe(false);
  });
});

describe('hedges', () => {
  const cases: Array<[string, Quantity['hedge']]> = [
    ['As many as 40 villagers were killed.', 'at-most'],
    ['At least 40 villagers were killed.', 'at-least'],
    ['More than 40 villagers were killed.', 'at-least'],
    ['Upwards of 40 villagers were killed.', 'at-least'],
    ['No fewer than 40 villagers were killed.', 'at-least'],
    ['Up to 40 villagers were killed.', 'at-most'],
    ['Fewer than 40 villagers were killed.', 'at-most'],
    ['No more than 40 villagers were killed.', 'at-most'],
    ['Nearly 40 villagers were killed.', 'approx'],
    ['Some 40 villagers were killed.', 'approx'],
    ['An estimated 40 villagers were killed.', 'approx'],
    ['Roughly 40 villagers were killed.', 'approx'],
    ['Close to 40 villagers were killed.', 'approx'],
    ['40 or more villagers were killed.', 'at-least'],
    ['Exactly 40 villagers were killed.', 'exact'],
  ];
  for (const [s, h] of cases) {
    it(`${s} → ${h}`, () => {
      const q = one(s);
      expect(q.hedge).toBe(h);
      expect(q.span.text).toBe('40');
      expect(q.counted).toBe('villagers');
    });
  }
});

describe('counted noun', () => {
  it('skips modifiers and keeps the head of a compound', () => {
    expect(one('Some 900 innocent residents were taken hostage.')).toMatchObject({ counted: 'residents', role: 'hostages' });
    expect(one('They evacuated 80 old people from the ward.').counted).toBe('people');
    expect(one('The city hired 50 police officers last month.', { times: [['last month', 'DATE', '2021-02']] }).counted).toBe('officers');
    expect(one('Nine families were left homeless.').counted).toBe('families');
    expect(one('Rebels seized four surrounding districts.')).toMatchObject({ counted: 'districts', role: 'occupied' });
  });

  it('goes through "of"', () => {
    expect(one('Scores of journalists were detained.')).toMatchObject({ value: 20, counted: 'journalists', role: 'arrested' });
    expect(one('Two of the hostages were released.').counted).toBe('hostages');
  });

  it('keeps a bare number only when it is clearly a count', () => {
    expect(run('The bill passed by a wide margin and the score was 10.')).toHaveLength(0);
    expect(one('The death toll rose to 35 on Sunday.', { times: [['Sunday', 'DATE', '2021-02-28']] })).toMatchObject({ value: 35, counted: '', role: 'killed' });
  });
});

describe('subsets', () => {
  it('links "including" lists to the whole', () => {
    const out = run('The raid killed 250 people, including 40 children, 35 women and 12 elderly men.');
    expect(out.map((q) => [q.span.text, q.counted, q.partOf ?? null, q.role])).toEqual([
      ['250', 'people', null, 'killed'],
      ['40', 'children', 'n1', 'killed'],
      ['35', 'women', 'n1', 'killed'],
      ['12', 'men', 'n1', 'killed'],
    ]);
  });

  it('links "of whom"', () => {
    const out = run('Rescuers found 30 survivors, 8 of whom were children.');
    expect(out[1]).toMatchObject({ value: 8, partOf: 'n1' });
  });

  it('does not link unrelated figures', () => {
    const out = run('The storm destroyed 300 homes and 12 bridges.');
    expect(out.every((q) => q.partOf === undefined)).toBe(true);
  });
});

describe('not figures', () => {
  it('skips ordinals and years', () => {
    expect(texts('The 12th brigade left in 1995 for the third time.')).toEqual([]);
    expect(texts('The war began in 1991 and ended in 1994.')).toEqual([]);
    expect(texts('The 1990s were hard; 2000 people emigrated.')).toEqual(['2000']);
  });

  it('skips identifiers and names', () => {
    expect(texts('Traffic on Route 66 stopped near the G7 venue.')).toEqual([]);
    expect(texts('A Boeing 737 landed under Article 5 of Section 8.')).toEqual([]);
    expect(texts('COVID-19 spread after the F-16 crash on page 4.')).toEqual([]);
    expect(texts('Seven Oaks council met.', { names: ['Seven Oaks'] })).toEqual([]);
  });

  it('skips scores, phone numbers and ages', () => {
    expect(texts('The home side won 3-2 on penalties.')).toEqual([]);
    expect(texts('Call 555-123-4567 for help.')).toEqual([]);
    expect(texts('A 45-year-old man was arrested.')).toEqual([]);
    expect(texts('John Smith, 45, was arrested.')).toEqual([]);
  });

  it('skips numbers inside a timex and durations', () => {
    const q = run('On 26 February, 14 people were injured.', { times: [['26 February', 'DATE', 'XXXX-02-26']] });
    expect(q.map((x) => x.span.text)).toEqual(['14']);
    expect(texts('The siege lasted 40 days.')).toEqual([]);
  });

  it('skips "one" as a pronoun or article, keeps a hedged "one"', () => {
    expect(texts('It was one of the bloodiest attacks, and no one was spared.')).toEqual([]);
    expect(texts('Each of the children lost one parent.')).toEqual([]);
    expect(one('At least one person was killed.')).toMatchObject({ value: 1, hedge: 'at-least', counted: 'person' });
  });

  it('skips small spelled-out numbers after a definite determiner (references, not counts)', () => {
    expect(texts('The conflict between the two countries began long ago.')).toEqual([]);
    expect(one('Two countries signed the deal.')).toMatchObject({ value: 2, counted: 'countries' });
  });

  it('skips "a" and "an" on their own', () => {
    expect(texts('A man and an officer were hurt.')).toEqual([]);
  });
});

describe('claimant', () => {
  const raw = '"We found 12 bodies," Mayor Ana Ruiz said. Reporters counted 30 tents. "Some 40 people are missing," an aide said.';
  it('is the speaker of the quote holding the figure, the outlet otherwise', () => {
    const out = run(raw, {
      quotes: [
        { content: 'We found 12 bodies,', speaker: 'Ana Ruiz' },
        { content: 'Some 40 people are missing,', speaker: null },
      ],
    });
    expect(out.map((q) => q.span.text)).toEqual(['12', '30', '40']);
    expect(out[0].claimant).toEqual({ kind: 'speaker', name: 'Ana Ruiz', entity: 'p1', quote: 'q1' });
    expect(out[1].claimant).toEqual({ kind: 'outlet', name: 'The Daily Test' });
    expect(out[2].claimant).toEqual({ kind: 'outlet', name: 'The Daily Test' });
    expect(out[0].role).toBe('killed');
    expect(out[2]).toMatchObject({ role: 'missing', hedge: 'approx' });
  });
});

describe('offsets and robustness', () => {
  it('keeps offsets exact after emoji and combining marks', () => {
    const raw = '🇦🇿👍🏽 Cafe\u0301 staff said 17 people were hurt; e\u0301\u0301 ١٢ and 😀 twenty-two 🙂 guests left.';
    const out = run(raw);
    expect(out.map((q) => q.span.text)).toEqual(['17', 'twenty-two']);
    expect(out[0]).toMatchObject({ value: 17, counted: 'people', role: 'wounded' });
    expect(out[1]).toMatchObject({ value: 22, counted: 'guests' });
  });

  it('never throws and keeps every span exact on random text', () => {
    const piece = fc.constantFrom('12', '1,275', 'twenty-five', 'a dozen', 'percent', '%', '$', '-', '–', 'between', 'and', 'to',
      'people', 'killed', 'some', 'at least', 'one', 'in', '1992', '👍🏽', 'e\u0301', ',', '.', '\n\n', '"', 'said', 'half', 'of', 'million', '3.2bn', '/');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.array(fc.constantFrom(' ', '', '  '), { maxLength: 60 }), (ps, seps) => {
        const raw = ps.map((p, i) => p + (seps[i] ?? ' ')).join('');
        run(raw);
      }),
      { numRuns: 300 },
    );
  });

  it('handles a 200,000-character line with no punctuation in linear time', () => {
    const unit = 'about 12 people and 3 dozen goats and twenty-one 👍🏽 houses ';
    const raw = unit.repeat(Math.ceil(200_000 / unit.length));
    const t0 = performance.now();
    const out = run(raw);
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(out.length).toBeGreaterThan(1000);
  });
});

describe('stage contract', () => {
  it('numbers ids in text order', () => {
    const out = extractQuantities(
      withLayer(
        withLayer(
          withLayer(
            withLayer(withLayer(withLayer(makeDoc('x', { id: 'a', lang: 'en' }), 'normalize', { text: '5 men and 6 women fled.' }), 'segment', segmentText('5 men and 6 women fled.')),
            'entities', { entities: [], mentions: [] }),
          'times', []),
        'quotes', []),
      'quantities', []),
    );
    expect(out.map((q) => q.id)).toEqual(['n1', 'n2']);
    expect(out[0].claimant).toEqual({ kind: 'outlet', name: null });
    expect(quantities.requires).toEqual(['segment', 'entities', 'times', 'quotes']);
  });
});

describe('through the real pipeline', () => {
  it('reads figures with dates masked and claimants from quotes', async () => {
    const { buildPipeline } = await import('../../core/pipeline.js');
    const { normalize } = await import('../normalize/index.js');
    const { segment } = await import('../segment/index.js');
    const { entities } = await import('../entities/index.js');
    const { times } = await import('../times/index.js');
    const { quotes } = await import('../quotes/index.js');
    const raw =
      'On March 3, 2019, floods in the northern province killed at least 14 people, including 5 children, officials said.\n\n' +
      '"More than 300 families have lost their homes," said Maria Lopez, the regional governor.\n\n' +
      'The region was hit by a similar flood in 2011.';
    const p = buildPipeline([normalize, segment, entities, times, quotes, quantities]);
    const d = p.run(makeDoc(raw, { id: 'x', lang: 'en', published: '2019-03-04', source: 'Test Wire' }));
    const out = d.layers.quantities!;
    const text = d.layers.normalize!.text;
    for (const q of out) expect(text.slice(q.span.start, q.span.end)).toBe(q.span.text);
    expect(out.map((q) => q.span.text)).toEqual(['14', '5', '300']);
    expect(out[0]).toMatchObject({ value: 14, hedge: 'at-least', counted: 'people', role: 'killed' });
    expect(out[1]).toMatchObject({ value: 5, counted: 'children', partOf: out[0].id, role: 'killed' });
    expect(out[2]).toMatchObject({ value: 300, hedge: 'at-least', counted: 'families' });
    expect(out[2].claimant.kind).toBe('speaker');
    expect(out[2].claimant.name).toContain('Lopez');
  });
});
