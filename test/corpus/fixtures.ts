/**
 * Hand-built ascribe/v1 records for store tests: short invented texts (not from any data set),
 * with spans computed from the text so that every span matches it exactly.
 */
import type { CueType, Entity, EntityType, Event, Hedge, Quantity, Quote } from '../../src/core/layers.js';
import type { AscribeRecord } from '../../src/record/types.js';
import { span, type Span } from '../../src/core/span.js';

export interface Spec {
  id: string;
  text: string;
  published?: string;
  title?: string;
  source?: string;
  entities?: Array<{ name: string; type: EntityType; aliases?: string[] }>;
  /** `cue`: the cue's words (null when absent); `cueType`: left out of the record when absent, as in hand-made records. */
  quotes?: Array<{ content: string; speaker?: string; cue?: string; cueType?: CueType }>;
  figures?: Array<{ text: string; value: number; low?: number; high?: number; hedge?: Hedge; role?: string; claimant?: string; event?: number; quote?: number; counted?: string; partOf?: number }>;
  events?: Array<{ type: string; trigger: string; time?: string; places?: string[]; participants?: string[] }>;
}

function at(text: string, s: string, from = 0): { start: number; end: number; text: string } {
  const i = text.indexOf(s, from);
  if (i < 0) throw new Error(`fixture: "${s}" not in text`);
  return span(text, i, i + s.length);
}

export function record(s: Spec): AscribeRecord {
  const t = s.text;
  const entities: Entity[] = (s.entities ?? []).map((e, i) => {
    const mentions: Span[] = [];
    for (const n of [e.name, ...(e.aliases ?? [])]) {
      let from = 0;
      for (;;) {
        const k = t.indexOf(n, from);
        if (k < 0) break;
        if (!mentions.some((m) => m.start <= k && k < m.end)) mentions.push(span(t, k, k + n.length));
        from = k + n.length;
      }
    }
    mentions.sort((a, b) => a.start - b.start);
    return { id: `e${i + 1}`, type: e.type, name: e.name, mentions: mentions.length ? mentions : [at(t, e.name)], ...(e.aliases && { aliases: e.aliases }) };
  });
  const entityId = (name: string) => entities.find((e) => e.name === name)?.id ?? null;
  const quotes: Quote[] = (s.quotes ?? []).map((q, i) => ({
    id: `q${i + 1}`, kind: 'direct', content: at(t, q.content), cue: q.cue ? at(t, q.cue) : null,
    speaker: q.speaker ? { name: q.speaker, entity: entityId(q.speaker), mention: null } : null, ...(q.cueType && { cueType: q.cueType }),
  }));
  const quantities: Quantity[] = (s.figures ?? []).map((f, i) => ({
    id: `n${i + 1}`, span: at(t, f.text), value: f.value, ...(f.low !== undefined && { low: f.low }), ...(f.high !== undefined && { high: f.high }),
    hedge: f.hedge ?? 'exact', counted: f.counted ?? 'people', ...(f.partOf !== undefined && { partOf: `n${f.partOf + 1}` }),
    claimant: f.claimant ? { kind: 'speaker', name: f.claimant, entity: entityId(f.claimant), quote: f.quote !== undefined ? `q${f.quote + 1}` : null } : { kind: 'outlet', name: s.source ?? null },
    ...(f.role && { role: f.role }), ...(f.event !== undefined && { event: `v${f.event + 1}` }),
  }));
  const events: Event[] = (s.events ?? []).map((e, i) => ({
    id: `v${i + 1}`, type: e.type, trigger: at(t, e.trigger), ...(e.time && { time: e.time }),
    places: (e.places ?? []).map((p) => entityId(p)!).filter(Boolean),
    participants: (e.participants ?? []).map((p) => ({ entity: entityId(p)!, role: 'agent' })).filter((p) => p.entity),
    quantities: quantities.filter((q) => q.event === `v${i + 1}`).map((q) => q.id),
  }));
  return {
    schema: 'ascribe/v1',
    doc: { id: s.id, ...(s.title && { title: s.title }), ...(s.published && { published: s.published }), ...(s.source && { source: s.source }), lang: 'en' },
    text: t, entities, quotes, quantities, times: [], events,
  };
}

/** Two invented reports of one invented flood, from two outlets that disagree on the toll. */
export const FLOOD_A: Spec = {
  id: 'a', title: 'Flood kills dozens in Varnel', source: 'Daily Ledger', published: '2031-05-03',
  text: 'At least 30 people were killed when the river flooded Varnel on Friday. "We have counted 30 bodies so far," said Mayor Ilse Hartmann. Officials said 12 people were missing.',
  entities: [{ name: 'Varnel', type: 'GPE' }, { name: 'Ilse Hartmann', type: 'PERSON', aliases: ['Hartmann'] }],
  quotes: [{ content: 'We have counted 30 bodies so far,', speaker: 'Ilse Hartmann' }],
  figures: [
    { text: 'At least 30', value: 30, low: 30, hedge: 'at-least', role: 'killed', event: 0 },
    { text: '30 bodies', value: 30, role: 'killed', claimant: 'Ilse Hartmann', event: 0, quote: 0 },
    { text: '12 people', value: 12, role: 'missing', event: 0 },
  ],
  events: [{ type: 'killing', trigger: 'killed', time: '2031-05-02', places: ['Varnel'] }],
};

export const FLOOD_B: Spec = {
  id: 'b', title: 'Varnel flood toll rises', source: 'Evening Courier', published: '2031-05-05',
  text: 'The death toll from the Varnel flood rose to about 45, Mayor Hartmann told reporters. Some residents said as many as 60 had died.',
  entities: [{ name: 'Varnel', type: 'GPE' }, { name: 'Hartmann', type: 'PERSON' }],
  quotes: [{ content: 'The death toll from the Varnel flood rose to about 45', speaker: 'Hartmann', cue: 'told', cueType: 'speech' }],
  figures: [
    { text: 'about 45', value: 45, hedge: 'approx', role: 'killed', claimant: 'Hartmann', event: 0, quote: 0 },
    { text: 'as many as 60', value: 60, high: 60, hedge: 'at-most', role: 'killed', claimant: 'Some residents', event: 0 },
  ],
  events: [{ type: 'killing', trigger: 'death toll', time: '2031-05-02', places: ['Varnel'] }],
};

/** Same kind of event, same day, somewhere else: must stay a separate event. */
export const OTHER_PLACE: Spec = {
  id: 'c', title: 'Bridge collapse in Osterby', source: 'Daily Ledger', published: '2031-05-03',
  text: 'Four people were killed when a bridge collapsed in Osterby on Friday, police said.',
  entities: [{ name: 'Osterby', type: 'GPE' }],
  figures: [{ text: 'Four people', value: 4, role: 'killed', event: 0 }],
  events: [{ type: 'killing', trigger: 'killed', time: '2031-05-02', places: ['Osterby'] }],
};

/** A third report of the Varnel flood whose quotes are a statement, a belief and an act (one cue type each). */
export const FLOOD_CUES: Spec = {
  id: 'd', title: 'Varnel counts its dead', source: 'Morning Star', published: '2031-05-04',
  text: 'The flood killed 40 people in Varnel, Mayor Hartmann said. Hartmann believes that the dam failed. The council called for an inquiry into the dam.',
  entities: [{ name: 'Varnel', type: 'GPE' }, { name: 'Hartmann', type: 'PERSON' }],
  quotes: [
    { content: 'The flood killed 40 people in Varnel', speaker: 'Hartmann', cue: 'said', cueType: 'speech' },
    { content: 'the dam failed', speaker: 'Hartmann', cue: 'believes', cueType: 'thought' },
    { content: 'an inquiry into the dam', speaker: 'The council', cue: 'called for', cueType: 'other' },
  ],
  figures: [{ text: '40 people', value: 40, role: 'killed', claimant: 'Hartmann', event: 0, quote: 0 }],
  events: [{ type: 'killing', trigger: 'killed', time: '2031-05-02', places: ['Varnel'] }],
};
