// The events stage behind the real upstream stages: generic properties only, since the
// upstream stages keep improving.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDoc, type Doc } from '../../core/doc.js';
import { PACKAGE_ROOT } from '../../core/paths.js';
import { buildPipeline } from '../../core/pipeline.js';
import { normalize } from '../normalize/index.js';
import { segment } from '../segment/index.js';
import { entities } from '../entities/index.js';
import { times } from '../times/index.js';
import { quotes } from '../quotes/index.js';
import { quantities } from '../quantities/index.js';
import { events } from './index.js';

const pipeline = buildPipeline([normalize, segment, entities, times, quotes, quantities, events]);

function analyse(raw: string, published: string): Doc {
  return pipeline.run(makeDoc(raw, { id: 't', lang: 'en', published }));
}

/** Properties every events layer must have, whatever the text. */
function checkLayer(doc: Doc): void {
  const text = doc.layers.normalize!.text;
  const evs = doc.layers.events!;
  const ents = new Map(doc.layers.entities!.entities.map((e) => [e.id, e]));
  const qs = new Set(doc.layers.quantities!.map((q) => q.id));
  evs.forEach((e, i) => {
    expect(e.id).toBe(`v${i + 1}`);
    expect(text.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
    if (i > 0) expect(e.trigger.start).toBeGreaterThan(evs[i - 1].trigger.start);
    for (const p of e.places) expect(['GPE', 'LOC']).toContain(ents.get(p)?.type);
    for (const p of e.participants) expect(['PERSON', 'ORG', 'NORP', 'GPE']).toContain(ents.get(p.entity)?.type);
    for (const q of e.quantities) expect(qs.has(q)).toBe(true);
    expect(e.time !== undefined || e.places.length + e.participants.length + e.quantities.length > 0).toBe(true);
  });
  // A figure measures at most one event.
  const all = evs.flatMap((e) => e.quantities);
  expect(new Set(all).size).toBe(all.length);
}

describe('events through the pipeline', () => {
  it('dates and measures the killing in the example article', () => {
    const raw = readFileSync(path.join(PACKAGE_ROOT, 'examples', 'khojaly-2020.txt'), 'utf8');
    const doc = analyse(raw, '2020-02-26');
    checkLayer(doc);
    const qs = new Map(doc.layers.quantities!.map((q) => [q.id, q]));
    const killings = doc.layers.events!.filter((e) => e.type === 'killing' && e.time === '1992-02-26');
    expect(killings.length).toBeGreaterThan(0);
    expect(killings.some((e) => e.quantities.some((q) => qs.get(q)?.role === 'killed'))).toBe(true);
    // Hostage figures measure a hostage-taking, recognised-by figures a recognition.
    for (const e of doc.layers.events!) {
      for (const id of e.quantities) {
        const role = qs.get(id)?.role;
        if (role === 'hostages') expect(e.type).toBe('hostage-taking');
        if (role === 'recognized') expect(e.type).toBe('recognition');
      }
    }
  });

  it('handles a hand-written report end to end', () => {
    const raw =
      'KABUL — On Tuesday, March 5, 2019, Taliban fighters attacked a police checkpoint in Kandahar province and killed 12 officers.\n\n' +
      'Officials said five civilians were also wounded. The Interior Ministry said the attackers fled toward Pakistan.';
    const doc = analyse(raw, '2019-03-06');
    checkLayer(doc);
    const evs = doc.layers.events!;
    const attack = evs.find((e) => e.type === 'attack');
    expect(attack?.time).toBe('2019-03-05');
    expect(evs.find((e) => e.type === 'killing')?.time).toBe('2019-03-05');
  });

  it('survives odd input', () => {
    for (const raw of ['', '💥💥💥', 'a'.repeat(5000), 'killed '.repeat(3000), 'Cafe\u0301 “attack” 🇺🇦 killed 5 in Paris.']) {
      checkLayer(analyse(raw, '2020-01-01'));
    }
  });
});
