/** Quotations that run over a paragraph break, and whose speaker is named where they end. */
import type { SegmentLayer } from '../../core/layers.js';
import type { Draft } from './attribute.js';

/**
 * A quotation left open at its paragraph's end runs on into the next paragraph, which opens with its rest:
 * "“The shelling has not stopped since dawn. …" / "“Our children are terrified,” the mayor said." The open
 * paragraph has no attribution of its own; it takes the speaker of the quotation it continues (latest first,
 * so a run of open paragraphs takes the source at its end).
 */
export function runOnQuotations(text: string, seg: SegmentLayer, drafts: Draft[]): void {
  for (let i = drafts.length - 2; i >= 0; i--) {
    const d = drafts[i];
    const next = drafts[i + 1];
    if (!d.continued || d.kind !== 'direct' || next.kind !== 'direct' || next.paragraph !== d.paragraph + 1 || !next.source) continue;
    const para = seg.paragraphs[d.paragraph];
    const nextPara = seg.paragraphs[next.paragraph];
    if (!para || !nextPara || d.content.end < para.end || CLOSING_MARK.test(text.slice(d.content.start, d.content.end).trimEnd().slice(-1))) continue;
    if (text.slice(nextPara.start, next.content.start).trim() !== '') continue;
    d.source = next.source;
    d.continued = false;
  }
}
const CLOSING_MARK = /[”"»’']/;
