import { describe, expect, it } from 'vitest';
import { normalizeText } from '../normalize/index.js';
import { segmentText } from '../segment/index.js';
import { cueContext, cueFeatures, relationFeatures, tokenFeatures, windowContext } from './features.js';
import { IdTable } from './id-table.js';
import { readModelFile, writeModelFile } from './model-file.js';
import { QuoteModel, TAGS, compileModel, encodeWeights, type ModelJson } from './model.js';
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
function syntheticModel(): { json: ModelJson; cue: Map<string, number>; span: Map<string, number[]> } {
  const seg = segmentText(TEXT);
  const strong = (w: string) => (CANDS[w] ?? 0) >= 0.3;
  const cue = new Map<string, number>([['w=unseen', 1.5]]);
  const span = new Map<string, number[]>([['LTw=unseen', [1, 2, 3]]]);
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
        for (const f of fs) span.set(f, [weightOf(f, 2), weightOf(f, 3), weightOf(f, 4)]);
      }
    }
  }
  const json: ModelJson = {
    cands: CANDS,
    cue: { f: [...cue.keys()].join('\n'), w: encodeWeights([...cue.values()]), threshold: 0 },
    span: { f: [...span.keys()].join('\n'), w: encodeWeights([...span.values()].flat()) },
    trans: Array.from({ length: (TAGS + 1) * TAGS }, (_, i) => i / 10),
    left: 40,
    right: 70,
  };
  return { json, cue, span };
}

describe('compiled quote model', () => {
  const { json, cue, span } = syntheticModel();
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
