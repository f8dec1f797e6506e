// The offset invariant, over every span of every stage: text.slice(start, end) === span.text,
// inside the text, for generated news-like texts full of the things that break offsets.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { badSpans, countSpans, schemaErrors } from './helpers.js';

const pieces = [
  'The minister said', 'officials said', 'according to the ministry', '“We will not stop,”', '"No comment," he added.',
  'as many as 613 people', 'some 1,275 residents', 'at least two dozen soldiers', 'between 36 and 40 children', '20 percent',
  'on February 26, 1992', 'last Monday', 'in 1988', 'three years ago', 'every week', 'the 366th regiment', 'the 28th anniversary',
  'Tural Ganjaliyev', 'Ganjaliyev', 'He', 'Baku Music Academy (BMA)', 'Xocalı', 'Zoë Martínez', 'e\u0301', '👩‍👩‍👧', '🇺🇦', '😀',
  '\u200b', '\u00a0', '.', ',', '!', '?', '…', '\n', '\n\n', '«', '»', "''", '‘', '’', '(', ')', '-', '—', '$5 million', '¥', '₹',
];

describe('offset invariant', () => {
  it('holds for every span of every layer on generated texts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 })), { minLength: 1, maxLength: 60 }),
        fc.constantFrom(' ', '', '  '),
        (parts, sep) => {
          const text = parts.join(sep);
          if (text.trim() === '') return;
          const rec = analyze(text, { published: '2020-02-26' });
          expect(badSpans(rec)).toEqual([]);
          expect(schemaErrors(rec)).toEqual([]);
        },
      ),
      { numRuns: 300, seed: 20200226 },
    );
  });

  it('finds spans in every layer of a dense text, all matching', () => {
    const text = 'The minister said on February 26, 1992 that as many as 613 people 😀 were killed in Xocalı. “We will not stop,” Ganjaliyev added.';
    const rec = analyze(text, { published: '2020-02-26' });
    expect(countSpans(rec)).toBeGreaterThan(5);
    expect(badSpans(rec)).toEqual([]);
  });
});
