import { describe, expect, it } from 'vitest';
import { entitySpans, parseConll, scoreEntities, toIob2 } from './conll.js';
import { shortShape, wordShape } from './shape.js';
import { SortedTable, sortLines } from './table.js';
import { TableGazetteer } from './resources.js';
import { gazetteerMarks, type GazetteerWord } from './gazetteer.js';
import { markCode, TAGS } from './templates.js';
import { EMPTY_GAZETTEER } from './resources.js';
import { Featurizer } from './featurize.js';
import { capitalisedRuns, RUN_KEYS } from './runs.js';
import { strHash } from './hash.js';
import { allowed, ioeFromIob, iobFromIoe, viterbi } from './decode.js';
import { NPREV, START } from './templates.js';
import { runAfterKey, runBeforeKey, runFirstKey, runHeadKey, runHeadWordKey } from './templates.js';
import type { WordEntry } from './words.js';

describe('conll', () => {
  it('converts IOB1 to IOB2', () => {
    expect(toIob2(['I-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC', 'I-ORG'])).toEqual(['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'B-ORG']);
  });

  it('scores like conlleval: start, end and type must all match', () => {
    const gold = [['B-PER', 'I-PER', 'O', 'B-LOC']];
    const pred = [['B-PER', 'O', 'O', 'B-LOC']];
    const s = scoreEntities(gold, pred);
    expect(s.get('ALL')).toMatchObject({ gold: 2, predicted: 2, correct: 1 });
    expect(s.get('LOC')?.f1).toBe(1);
    expect(s.get('PER')?.f1).toBe(0);
  });

  it('reads documents and sentences, keeping lines unchanged', () => {
    const docs = parseConll('A x y B-PER\nb x y O\n\n-DOCSTART- -X- O O\n\nC x y I-LOC\n');
    expect(docs).toHaveLength(2);
    expect(docs[0].sentences[0].lines).toEqual(['A x y B-PER', 'b x y O']);
    expect(docs[1].sentences[0].words).toEqual(['C']);
    expect(entitySpans(['I-LOC', 'I-LOC', 'B-LOC'])).toEqual([
      { start: 0, end: 2, type: 'LOC' },
      { start: 2, end: 3, type: 'LOC' },
    ]);
  });
});

describe('features', () => {
  it('computes word shapes', () => {
    expect(wordShape('Kyiv')).toBe('Xxxx');
    expect(shortShape('Nagorno-Karabakh')).toBe('Xx-Xx');
    expect(shortShape('1,275')).toBe('d,d');
    expect(shortShape('Gəncə')).toBe('Xx');
  });

  it('looks up sorted tables and marks multi-word gazetteer phrases', () => {
    const table = new SortedTable(sortLines(['new york\tcity,state', 'new\tx', 'york\tcity', 'paris\tcity']).join('\n'));
    expect(table.get('paris')).toBe('city');
    expect(table.get('pari')).toBeUndefined();
    expect(table.hasPrefix('new ')).toBe(true);
    expect(new TableGazetteer(table).continues('new')).toBe(true);
    const gaz = new TableGazetteer(table);
    const words: GazetteerWord[] = ['in', 'new', 'york', 'today'].map((lower) => ({
      lower,
      cats: table.get(lower)?.split(',') ?? null,
      continues: gaz.continues(lower),
    }));
    const marks: (number[] | null)[] = [];
    gazetteerMarks(words, 0, words.length, gaz, marks);
    expect(marks[0]).toBeNull();
    expect(marks[1]).toEqual(expect.arrayContaining([markCode('city', false), markCode('state', false), markCode('x', false)]));
    expect(marks[2]).toEqual(expect.arrayContaining([markCode('city', true), markCode('state', true)]));
    expect(marks[3]).toBeNull();
  });
});

describe('pass-2 document history', () => {
  it('packs the majority type, per-type shares, inside-a-name flags and the own pass-1 tag', () => {
    const keys = new Map<number, number>();
    const fz = new Featurizer({ clusters: new SortedTable(''), gazetteer: EMPTY_GAZETTEER }, (k) => keys.get(k) ?? keys.set(k, keys.size).size - 1);
    const ctx = fz.docContext([
      ['Jones', 'said'],
      ['Jones', 'Medical', 'Inc'],
    ]);
    const tag = (t: string) => TAGS.indexOf(t as (typeof TAGS)[number]);
    const h = fz.history(ctx, Uint8Array.from(['B-PER', 'O', 'B-ORG', 'I-ORG', 'I-ORG'].map(tag)));
    const majority = (x: number) => x & 7;
    const share = (x: number, cls: number) => (x >>> (3 + 2 * cls)) & 3;
    const inside = (x: number) => (x >>> 13) & 15;
    const own = (x: number) => (x >>> 17) & 15;
    // "Jones": once PER, once ORG → tie goes to the first type; both shares "at least half".
    expect(majority(h[0])).toBe(2);
    expect([share(h[0], 1), share(h[0], 2), share(h[0], 0)]).toEqual([2, 2, 0]);
    expect(inside(h[0])).toBe(0);
    expect(own(h[0])).toBe(tag('B-PER'));
    expect(own(h[2])).toBe(tag('B-ORG'));
    // "said" is never capitalised: no history, but its own tag is kept for stacking.
    expect(majority(h[1])).toBe(0);
    expect(own(h[1])).toBe(tag('O'));
    // "Medical": always ORG, inside a name.
    expect(majority(h[3])).toBe(3);
    expect(share(h[3], 2)).toBe(3);
    expect(inside(h[3])).toBe(0b0010);
    // No right-to-left pass: its bits stay empty.
    expect(h.every((x) => x >>> 21 === 0)).toBe(true);
  });

  it('packs the right-to-left tags and stacks them only when present', () => {
    const keys = new Map<number, number>();
    const fz = new Featurizer({ clusters: new SortedTable(''), gazetteer: EMPTY_GAZETTEER }, (k) => keys.get(k) ?? keys.set(k, keys.size).size - 1);
    const ctx = fz.docContext([['Jones', 'Medical', 'Inc']]);
    const tags = Uint8Array.from([3, 4, 4]);
    const back = Uint8Array.from(ioeFromIob([3, 4, 4]));
    const withBack = fz.history(ctx, tags, back);
    expect(Array.from(withBack, (x) => (x >>> 21) - 1)).toEqual(Array.from(back));
    fz.loadEntries(ctx, 0);
    const ids = (h: Uint32Array) => {
      const out: number[] = [];
      fz.historyIds(1, h, out);
      return out;
    };
    // Four more stacked ids: the right-to-left tags at -2 (outside the sentence), -1, 0, +1.
    expect(ids(withBack).length - ids(fz.history(ctx, tags)).length).toBe(4);
  });
});

describe('right-to-left tags (IOE2)', () => {
  it('marks the last token of each entity and converts back', () => {
    const iob = ['B-PER', 'I-PER', 'B-PER', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'B-LOC'].map((t) => TAGS.indexOf(t as (typeof TAGS)[number]));
    const ioe = ioeFromIob(iob);
    // "E-X" is stored as the B-X index, other tokens of the entity as I-X.
    expect(ioe.map((t) => TAGS[t])).toEqual(['I-PER', 'B-PER', 'B-PER', 'O', 'I-ORG', 'I-ORG', 'B-ORG', 'B-LOC']);
    expect(iobFromIoe(ioe)).toEqual(iob);
    // Read right to left, IOE2 obeys the same transition rule as IOB2 left to right.
    for (let i = ioe.length - 1; i > 0; i--) expect(allowed(ioe[i], ioe[i - 1])).toBe(true);
    expect(allowed(0, ioe[ioe.length - 1])).toBe(true);
  });
});

describe('capitalised runs', () => {
  it('gives every word of a run the categories of its last and first words', () => {
    const cats: Record<string, string[]> = { open: ['eventword'], treaty: ['eventword'], hong: ['city'] };
    const entry = (word: string) =>
      ({ word, lower: word.toLowerCase(), hL: strHash(word.toLowerCase()), boundary: word === '<S>', capitalised: /^[A-Z]/.test(word), cats: cats[word.toLowerCase()] ?? null }) as unknown as WordEntry;
    const words = ['the', 'Hong', 'Kong', 'Open', 'and', 'the', 'Treaty', 'of', 'Baden', 'in', 'Paris'];
    const ents = ['<S>', '<S>', ...words, '<S>', '<S>'].map(entry);
    const out: number[] = [];
    capitalisedRuns(ents, words.length, out);
    const head = (i: number) => out[RUN_KEYS * i];
    const first = (i: number) => out[RUN_KEYS * i + 1];
    const headWord = (i: number) => out[RUN_KEYS * i + 2];
    const ev = strHash('eventword');
    expect([head(1), head(2)]).toEqual([runHeadKey(ev, false), runHeadKey(ev, false)]);
    expect(head(3)).toBe(runHeadKey(ev, true));
    expect(first(1)).toBe(runFirstKey(strHash('city'), true));
    // "Treaty of Baden": "of" links the run; Baden has no categories, Treaty heads it from the left.
    expect([first(6), first(7), first(8)]).toEqual([runFirstKey(ev, true), runFirstKey(ev, false), runFirstKey(ev, false)]);
    expect(head(8)).toBe(0);
    expect([headWord(6), headWord(8)]).toEqual([runHeadWordKey(strHash('baden'), false), runHeadWordKey(strHash('baden'), true)]);
    // Every word of "Hong Kong Open" knows the words around the run.
    expect([1, 2, 3].map((i) => out.slice(RUN_KEYS * i + 4, RUN_KEYS * i + 6))).toEqual(new Array(3).fill([runBeforeKey(strHash('the')), runAfterKey(strHash('and'))]));
    // Single capitalised words and lower-case words get nothing.
    expect([0, 4, 10].flatMap((i) => out.slice(RUN_KEYS * i, RUN_KEYS * (i + 1)))).toEqual(new Array(3 * RUN_KEYS).fill(0));
  });
});

describe('viterbi', () => {
  it('finds the best legal path (checked against all paths)', () => {
    let seed = 7;
    const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) | 0) >>> 8) / (1 << 24) - 0.5;
    const n = 4;
    const T = TAGS.length;
    const obs = Float64Array.from({ length: n * T }, rand);
    const trans = Array.from({ length: n }, () => Float64Array.from({ length: NPREV * T }, rand));
    const path: number[] = [];
    viterbi(n, obs, (i) => trans[i], path);
    const score = (p: number[]) => p.reduce((s, t, i) => s + obs[i * T + t] + trans[i][(i ? p[i - 1] : START) * T + t], 0);
    let best = -Infinity;
    for (let code = 0; code < T ** n; code++) {
      const p = Array.from({ length: n }, (_, i) => Math.floor(code / T ** i) % T);
      if (p.every((t, i) => allowed(i ? p[i - 1] : 0, t))) best = Math.max(best, score(p));
    }
    expect(score(path)).toBeCloseTo(best, 12);
    expect(path.every((t, i) => allowed(i ? path[i - 1] : 0, t))).toBe(true);
  });
});
