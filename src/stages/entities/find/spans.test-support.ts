/** Test helper: tagger spans given by their text (first occurrence) and label, all in one sentence. */
import { segmentText } from '../../segment/index.js';
import type { NameSpan } from './names.js';

export function spansOf(text: string, spans: Array<[string, string]>) {
  const seg = segmentText(text);
  const at = ([s, label]: [string, string]): NameSpan => {
    const start = text.indexOf(s);
    const end = start + s.length;
    const tokenStart = seg.tokens.findIndex((t) => t.start === start);
    const tokenEnd = seg.tokens.findIndex((t) => t.end === end) + 1;
    return { start, end, tokenStart, tokenEnd, sentence: 0, label };
  };
  return { seg, found: spans.map(at), show: (out: NameSpan[]) => out.map((s) => `${text.slice(s.start, s.end)}/${s.label}`) };
}
