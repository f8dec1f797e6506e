/** Test support: runs the quantities stage on a text with hand-made upstream layers found by their text. */
import { expect } from 'vitest';
import { makeDoc, withLayer } from '../../core/doc.js';
import type { EntityType, Mention, Quantity, Quote, Timex } from '../../core/layers.js';
import { span } from '../../core/span.js';
import { normalizeText } from '../normalize/index.js';
import { segmentText } from '../segment/index.js';
import { quantities } from './index.js';

export interface QuoteSpec {
  content: string;
  speaker: string | null;
  /** The cue's text; none for a bare quotation. */
  cue?: string;
  kind?: Quote['kind'];
  /** The speaker's entity; by default "p1" for a bare quotation and none for a cued one. */
  entity?: string | null;
}

export interface Layers {
  times?: Array<[string, Timex['type'], string]>;
  /** A bare string: a MISC name mention with no entity (it only masks its words); [text, type]: an entity of its own. */
  names?: Array<string | [string, EntityType]>;
  quotes?: QuoteSpec[];
}

export function runQuantities(raw: string, layers: Layers = {}): Quantity[] {
  const text = normalizeText(raw);
  let d = makeDoc(raw, { id: 't', lang: 'en', source: 'The Daily Test', published: '2021-03-01' });
  d = withLayer(d, 'normalize', { text });
  d = withLayer(d, 'segment', segmentText(text));
  const at = (s: string) => {
    const i = text.indexOf(s);
    if (i < 0) throw new Error(`not in text: ${s}`);
    return span(text, i, i + s.length);
  };
  const names = (layers.names ?? []).map((n) => (typeof n === 'string' ? { text: n, type: 'MISC' as EntityType, entity: false } : { text: n[0], type: n[1], entity: true }));
  const mentions: Mention[] = names.map((n, i) => ({ ...at(n.text), type: n.type, entity: `e${i}`, form: 'name' }));
  mentions.sort((a, b) => a.start - b.start);
  const entities = names.flatMap((n, i) => (n.entity ? [{ id: `e${i}`, type: n.type, name: n.text, mentions: [at(n.text)] }] : []));
  d = withLayer(d, 'entities', { entities, mentions });
  d = withLayer(d, 'times', (layers.times ?? []).map(([s, type, value], i) => ({ id: `t${i + 1}`, span: at(s), type, value })));
  const quotes: Quote[] = (layers.quotes ?? []).map((q, i) => ({
    id: `q${i + 1}`,
    kind: q.kind ?? (q.cue ? 'indirect' : 'direct'),
    content: at(q.content),
    cue: q.cue ? at(q.cue) : null,
    speaker: q.speaker ? { name: q.speaker, entity: q.entity !== undefined ? q.entity : q.cue ? null : 'p1', mention: at(q.speaker) } : null,
  }));
  d = withLayer(d, 'quotes', quotes);
  const out = quantities.run(d);
  for (const q of out) expect(text.slice(q.span.start, q.span.end)).toBe(q.span.text);
  return out;
}
