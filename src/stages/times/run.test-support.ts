/** Test support: the times stage (after normalize and segment) on a text, as [text, type, value, mod?] rows. */
import { expect } from 'vitest';
import { makeDoc } from '../../core/doc.js';
import { buildPipeline } from '../../core/pipeline.js';
import { normalize } from '../normalize/index.js';
import { segment } from '../segment/index.js';
import { times } from './index.js';

const pipeline = buildPipeline([normalize, segment, times]);

/** Every timex found in `raw`, published on `published` (a Wednesday by default); offsets are checked. */
export function runTimes(raw: string, published: string | null = '2020-02-26') {
  const doc = pipeline.run(makeDoc(raw, { id: 't', lang: 'en', published: published ?? undefined }));
  const text = doc.layers.normalize!.text;
  const out = doc.layers.times!;
  for (const t of out) expect(text.slice(t.span.start, t.span.end)).toBe(t.span.text);
  return out.map((t) => [t.span.text, t.type, t.value, ...(t.mod ? [t.mod] : [])]);
}
