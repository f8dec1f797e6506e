import { describe, expect, it } from 'vitest';
import { normalizeText } from '../normalize/index.js';
import { segmentText } from '../segment/index.js';
import { cueContext, cueFeatures, relationFeatures, tokenFeatures, windowContext } from './features.js';
import { IdTable } from './id-table.js';
import { readModelFile, writeModelFile } from './model-file.js';
import { C, IO_TAGS, O, QuoteModel, S, compileModel, encodeWeights, tagOf, tagSet, viterbi, type ModelJson } from './model.js';
import { cueExtent, cueScore, spanScores } from './tagger.js';
import { buildWindows } from './windows.js';

// Odd input on purpose: quotes, "according to", a word holding "_", emoji, a combining mark, all caps.
const TEXT = normalizeText(
  '“We will not back down,” the mayor said on Monday, adding that the file_name said otherwise.\n\n' +
    'According to NASA officials, the launch 🚀 was delayed; Zoë Brandt told reporters “it is fine” and warned that costs rose.\n\n' +
    'The union said, “Nobody asked us.” Critics claimed the plan was rushed, according to a report.',
);
const CANDS: Record<string, number> = { said: 0.9, told: 0.8, according: 0.7, adding: 0.4, warned: 0.35, claimed: 0.25, name: 0.09 };

/** Deterministic weight for a feature string, in hundredths as the file stores them. */
function weightOf(f: string, salt: number): number {
  let h = 2166136261 ^ salt;
  for (let i = 0; i < f.length; i++) h = Math.imul(h ^ f.charCodeAt(i), 16777619);
  return ((h >>> 0) % 2001) / 100 - 10;
}

/** A model giving every feature the text produces a weight, so the compiled scorer must find them all. */
function syntheticModel(tags = IO_TAGS): { json: ModelJson; cue: Map<string, number>; span: Map<string, number[]> } {
  const TAGS = tags.length;
  const seg = segmentText(TEXT);
  const strong = (w: string) => (CANDS[w] ?? 0) >= 0.3;
  const cue = new Map<string, number>([['w=unseen', 1.5]]);
  const span = new Map<string, number[]>([['LTw=unseen', Array.from({ length: TAGS }, (_, t) => t + 1)]]);
  for (const w of buildWindows(TEXT, seg)) {
    const ctx = windowContext(seg.tokens, w, strong);
    for (let i = 0; i < ctx.n; i++) {
      const p = CANDS[ctx.low[i]];
      if (p === undefined) continue;
      for (const f of cueFeatures(ctx, i, p)) cue.set(f, weightOf(f, 1));
      const h1 = cueExtent(ctx, i);
      const cc = cueContext(ctx, i, h1);
      for (let t = 0; t < ctx.n; t++) {
        if (t >= i && t < h1) continue;
        const side = t >= h1 ? 'RT' : 'LT';
        const fs = [...tokenFeatures(ctx, t).map((f) => side + f), ...relationFeatures(ctx, t, i, h1, cc)];
        for (const f of fs) span.set(f, Array.from({ length: TAGS }, (_, t) => weightOf(f, 2 + t)));
      }
    }
  }
  const json: ModelJson = {
    cands: CANDS,
    cue: { f: [...cue.keys()].join('\n'), w: encodeWeights([...cue.values()]), threshold: 0 },
    span: { f: [...span.keys()].join('\n'), w: encodeWeights([...span.values()].flat()) },
    trans: Array.from({ length: (TAGS + 1) * TAGS }, (_, i) => i / 10),
    ...(tags === IO_TAGS ? {} : { tags }),
    left: 40,
    right: 70,
  };
  return { json, cue, span };
}

describe.each([
  ['O / S / C', IO_TAGS],
  ['BIOES', ['O', 'S-B', 'S-I', 'C-B', 'C-I', 'C-E', 'C-U']],
])('compiled quote model, tags %s', (_name, tags) => {
  const TAGS = tags.length;
  const { json, cue, span } = syntheticModel(tags);
  const data = compileModel(json);
  const model = new QuoteModel(data);
  const f32 = (x: number) => Math.fround(Math.round(x * 100) / 100);

  it('scores cue candidates as the sum of their feature strings', () => {
    const seg = segmentText(TEXT);
    let checked = 0;
    for (const w of buildWindows(TEXT, seg)) {
      const ref = windowContext(seg.tokens, w, model.strongCue);
      const ctx = windowContext(seg.tokens, w, model.strongCue, model.vocab);
      for (let i = 0; i < ctx.n; i++) {
        const p = model.candP[ctx.wid[i]];
        if (Number.isNaN(p)) continue;
        const want = cueFeatures(ref, i, p).reduce((s, f) => s + f32(cue.get(f) ?? 0), 0);
        expect(cueScore(ctx, i, p, model)).toBeCloseTo(want, 4);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(9);
  });

  it('scores span tokens as the sum of their feature strings', () => {
    const seg = segmentText(TEXT);
    let checked = 0;
    for (const w of buildWindows(TEXT, seg)) {
      const ref = windowContext(seg.tokens, w, model.strongCue);
      const ctx = windowContext(seg.tokens, w, model.strongCue, model.vocab);
      for (let h0 = 0; h0 < ctx.n; h0++) {
        if (Number.isNaN(model.candP[ctx.wid[h0]])) continue;
        const h1 = cueExtent(ctx, h0);
        const { lo, scores } = spanScores(ctx, model, { h0, h1 });
        const cc = cueContext(ref, h0, h1);
        for (let k = 0; k < scores.length / TAGS; k++) {
          const t = lo + k;
          if (t >= h0 && t < h1) continue;
          const side = t >= h1 ? 'RT' : 'LT';
          const fs = [...tokenFeatures(ref, t).map((f) => side + f), ...relationFeatures(ref, t, h0, h1, cc)];
          for (let tag = 0; tag < TAGS; tag++) {
            const want = fs.reduce((s, f) => s + f32(span.get(f)?.[tag] ?? 0), 0);
            expect(scores[k * TAGS + tag]).toBeCloseTo(want, 2);
          }
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('reads back what it writes', () => {
    const back = readModelFile(writeModelFile(data));
    expect(back).toEqual(data);
    expect(() => readModelFile(Buffer.from('not a model'))).toThrow();
  });

  it('keeps words with "_" in pair features under every reading', () => {
    // "file_name said": p1w=file_name_said; "name" is a candidate too, so "said" after "file_name" must match.
    expect(data.vocab).toContain('file_name');
    expect(data.misc.every((f) => !f.includes('='))).toBe(true);
  });
});

describe('tag sets', () => {
  const ts = tagSet(['O', 'S-B', 'S-I', 'C-B', 'C-I', 'C-E', 'C-U']);
  const name = (t: number) => ts.names[t];
  const ok = (a: string, b: string) => ts.allowed[ts.names.indexOf(a) * ts.n + ts.names.indexOf(b)] === 1;

  it('forbids transitions that break a run', () => {
    expect(ok('O', 'C-I')).toBe(false);
    expect(ok('O', 'C-E')).toBe(false);
    expect(ok('C-B', 'O')).toBe(false);
    expect(ok('C-I', 'S-B')).toBe(false);
    expect(ok('C-E', 'C-B')).toBe(false); // runs are maximal
    expect(ok('S-I', 'S-B')).toBe(false);
    expect(ok('S-I', 'C-B')).toBe(true);
    expect(ok('C-B', 'C-E')).toBe(true);
    expect(ok('C-U', 'O')).toBe(true);
    expect(ok('C-E', 'S-B')).toBe(true);
  });

  it('tags kinds by their neighbours', () => {
    const kinds = [O, S, S, O, C, C, C, O, C, S];
    const tags = kinds.map((k, i) => name(tagOf(ts, k, i ? kinds[i - 1] : -1, i < kinds.length - 1 ? kinds[i + 1] : -1)));
    expect(tags).toEqual(['O', 'S-B', 'S-I', 'O', 'C-B', 'C-I', 'C-E', 'O', 'C-U', 'S-B']);
    for (let i = 1; i < tags.length; i++) expect(ok(tags[i - 1], tags[i])).toBe(true);
  });

  it('decodes only allowed sequences, and O on forced tokens', () => {
    const m = new QuoteModel(compileModel({ ...syntheticModel(ts.names).json, trans: new Array((ts.n + 1) * ts.n).fill(0) }));
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff) * 10 - 5;
    for (let r = 0; r < 50; r++) {
      const n = 30;
      const scores = Float32Array.from({ length: n * ts.n }, rand);
      const tags = viterbi(scores, n, m.trans, (k) => k === 10, ts.n);
      expect(tags[10]).toBe(O);
      for (let k = 1; k < n; k++) expect(ok(name(tags[k - 1]), name(tags[k]))).toBe(true);
    }
    expect(Array.from(m.tags.type)).toEqual([O, S, S, C, C, C, C]);
  });

  it('rejects malformed tag sets', () => {
    expect(() => tagSet(['O', 'S', 'C-B'])).toThrow();
    expect(() => tagSet(['O', 'S', 'C-B', 'C-I', 'C-E'])).toThrow();
    expect(() => tagSet(['S', 'O', 'C'])).toThrow();
  });
});

describe('IdTable', () => {
  it('finds every key and misses others', () => {
    const keys = new Int32Array(2000);
    for (let r = 0; r < 1000; r++) {
      keys[2 * r] = r * 37;
      keys[2 * r + 1] = r % 7;
    }
    const t = new IdTable(keys);
    for (let r = 0; r < 1000; r++) expect(t.get(r * 37, r % 7)).toBe(r);
    expect(t.get(37, 0)).toBe(-1);
    expect(t.get(5, 5)).toBe(-1);
  });
});
