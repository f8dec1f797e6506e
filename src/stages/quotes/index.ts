/**
 * The quotes stage: who said what. Finds quotations by their marks and reported speech by its
 * cue (find: quote-marks.ts, windows.ts, cues.ts), works out each content span and source
 * (attribute.ts, source.ts), then links sources to entities (speaker.ts).
 */
import { need, textOf } from '../../core/doc.js';
import type { EntitiesLayer, Quote, SegmentLayer, Speaker } from '../../core/layers.js';
import { defineStage } from '../../core/pipeline.js';
import { span } from '../../core/span.js';
import { attributeWindow, type Draft, type Opener } from './attribute.js';
import { cueLexicon } from './lexicon.js';
import { SpeakerLinker } from './speaker.js';
import { buildWindows } from './windows.js';

/** Tuning knobs, for training scripts; the stage uses the defaults. */
export interface QuoteOptions {
  cueThreshold?: number;
}

export function findQuotes(text: string, seg: SegmentLayer, entities: EntitiesLayer, options: QuoteOptions = {}): Quote[] {
  const lexicon = cueLexicon();
  const drafts: Draft[] = [];
  let opener: Opener | null = null;
  for (const w of buildWindows(text, seg)) {
    const found = attributeWindow(text, seg.tokens, w, lexicon, options.cueThreshold);
    for (const d of found.drafts) {
      // The first quotation after "X said:" belongs to that cue, whatever its own window holds.
      if (opener && d.continued && d.paragraph === opener.paragraph + 1) {
        d.cue = opener.cue;
        d.source = opener.source;
        d.continued = false;
      }
      opener = null;
      drafts.push(d);
    }
    if (found.opener) opener = found.opener;
    else if (opener && w.paragraph > opener.paragraph + 1) opener = null;
  }
  const linker = new SpeakerLinker(text, entities);
  const stillAbout = (who: Speaker, fromParagraph: number, toParagraph: number): boolean => {
    if (!who.entity || toParagraph - fromParagraph > 2) return false;
    for (let p = fromParagraph; p < toParagraph; p++) {
      if (firstPersonIn(seg, entities, p) !== who.entity) return false;
    }
    return true;
  };
  const out: Quote[] = [];
  let prevSpeaker: Speaker | null = null;
  let prevParagraph = -1;
  for (const d of drafts) {
    let speaker: Speaker | null = d.source ? linker.speaker(d.source) : null;
    // A quotation with no cue continues the speaker of the quote just before it: in the same or
    // the previous paragraph, or further back when every paragraph in between is still about
    // that speaker (its first person named is the speaker: "X made the remarks at ...").
    if (d.continued && prevSpeaker && (d.paragraph - prevParagraph <= 1 || stillAbout(prevSpeaker, prevParagraph + 1, d.paragraph))) {
      speaker = { name: prevSpeaker.name, entity: prevSpeaker.entity, mention: null };
    }
    out.push({
      id: `q${out.length + 1}`,
      kind: d.kind,
      content: span(text, d.content.start, d.content.end),
      cue: d.cue ? span(text, d.cue.start, d.cue.end) : null,
      speaker,
    });
    prevSpeaker = speaker;
    prevParagraph = d.paragraph;
  }
  return out;
}

/** Entity id of the first person named in a paragraph (pronouns included), or null. */
function firstPersonIn(seg: SegmentLayer, entities: EntitiesLayer, paragraph: number): string | null {
  const p = seg.paragraphs[paragraph];
  if (!p) return null;
  const mentions = entities.mentions;
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < p.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < mentions.length && mentions[i].start < p.end; i++) if (mentions[i].type === 'PERSON') return mentions[i].entity;
  return null;
}

const NO_ENTITIES: EntitiesLayer = { entities: [], mentions: [] };

export const quotes = defineStage({
  provides: 'quotes',
  requires: ['segment', 'entities'],
  run: (doc): Quote[] => findQuotes(textOf(doc), need(doc, 'segment'), doc.layers.entities ?? NO_ENTITIES),
});
