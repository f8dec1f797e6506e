import { need, textOf, type Doc } from '../core/doc.js';
import type { AscribeError } from '../core/errors.js';
import { SCHEMA_ID, type AscribeRecord, type ErrorRecord, type RecordDoc } from './types.js';

/** The public record of an analysed document. Figures get the id of the event they measure. */
export function toRecord(doc: Doc): AscribeRecord {
  const events = need(doc, 'events');
  const eventOf = new Map<string, string>();
  for (const ev of events) for (const q of ev.quantities) if (!eventOf.has(q)) eventOf.set(q, ev.id);
  const quantities = need(doc, 'quantities').map((q) => {
    const event = eventOf.get(q.id);
    return event && !q.event ? { ...q, event } : q;
  });
  const m = doc.meta;
  const meta: RecordDoc = {
    id: m.id,
    ...(m.title !== undefined && { title: m.title }),
    ...(m.published !== undefined && { published: m.published }),
    ...(m.source !== undefined && { source: m.source }),
    ...(m.url !== undefined && { url: m.url }),
    lang: m.lang,
  };
  return {
    schema: SCHEMA_ID,
    doc: meta,
    text: textOf(doc),
    // Entity mentions go out as plain spans; the mention layer's extra fields stay internal.
    entities: need(doc, 'entities').entities.map((e) => ({ ...e, mentions: e.mentions.map(({ start, end, text }) => ({ start, end, text })) })),
    quotes: need(doc, 'quotes'),
    quantities,
    times: need(doc, 'times'),
    events,
  };
}

export function toErrorRecord(id: string, error: AscribeError): ErrorRecord {
  return { schema: SCHEMA_ID, doc: { id }, error: { code: error.code, message: error.message } };
}
