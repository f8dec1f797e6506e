// The example article, as issue 2 states what Ascribe must find in it. The same code runs on
// every article: nothing in the pipeline knows this one.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';

const text = fs.readFileSync(new URL('../examples/khojaly-2020.txt', import.meta.url), 'utf8');
const rec = analyze(text, { id: 'khojaly', published: '2020-02-26' });

describe('examples/khojaly-2020.txt', () => {
  it('finds all 8 quotations, each spoken by Tural Ganjaliyev', () => {
    const speakers = rec.quotes.map((q) => q.speaker?.name);
    expect(rec.quotes).toHaveLength(8);
    expect(new Set(speakers)).toEqual(new Set(['Tural Ganjaliyev']));
    expect(rec.quotes.filter((q) => q.kind === 'direct')).toHaveLength(4);
  });

  it('finds the 12 figures with hedges, counted nouns and claimants, and no ordinal', () => {
    const key = (n: (typeof rec.quantities)[number]) => `${n.value} ${n.counted}`;
    const distinct = new Set(rec.quantities.map(key));
    expect([...distinct].sort()).toEqual(
      ['613 people', '63 children', '106 women', '70 people', '8 families', '130 children', '25 children', '1275 residents', '150 people', '10 countries', '20 percent', '7 regions'].sort(),
    );
    const by = (v: number) => rec.quantities.filter((n) => n.value === v);
    expect(by(613)[0].hedge).toBe('at-most');
    expect(by(1275)[0].hedge).toBe('approx');
    expect(by(20)[0].hedge).toBe('approx');
    for (const n of by(10)) expect(n.claimant).toMatchObject({ kind: 'speaker', name: 'Tural Ganjaliyev' });
    for (const n of rec.quantities.filter((q) => q.value !== 10)) expect(n.claimant.kind).toBe('outlet');
    expect(rec.quantities.map((n) => n.span.text)).not.toContain('366th');
    expect(rec.quantities.map((n) => n.span.text)).not.toContain('28th');
  });

  it('normalises the dates against the publication date', () => {
    const values = rec.times.map((t) => t.value);
    expect(values).toContain('1992-02-26');
    expect(values).toContain('1988');
    expect(values).toContain('1994');
  });

  it('names Tural Ganjaliyev once, with his surname and pronoun as mentions', () => {
    const tg = rec.entities.filter((e) => e.name === 'Tural Ganjaliyev');
    expect(tg).toHaveLength(1);
    expect(tg[0].type).toBe('PERSON');
    expect(tg[0].mentions.length).toBeGreaterThanOrEqual(6);
  });
});
