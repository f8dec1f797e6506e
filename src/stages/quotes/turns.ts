/**
 * Interview and transcript turns: paragraphs that open with the speaker's name in a marker,
 * "((Dorsa Derakhshani)) I got interested in chess …" (Wikinews interviews) or a capitalised label,
 * "WALLACE: Let's start with …", "PENCE: Well, look, …" (transcripts, also inside a quotation mark).
 * The turn is what its speaker said, word for word, though no quotation mark may enclose it; the
 * paragraphs after a turn with no marker of their own continue it. The interviewer's turns ("((WN))",
 * a reporter's initials "((WSS))") are questions of the outlet, not claims. Mixed-case "Name:" labels
 * are not read: captions ("Jo Jorgensen Image: …") look the same.
 */
import type { SegmentLayer } from '../../core/layers.js';
import type { Range } from '../../core/span.js';

export interface Turn {
  paragraph: number;
  /** The speaker's name inside the marker; null for the interviewer's turns. */
  name: Range | null;
  /** The paragraph's text after the marker. */
  content: Range;
}

/** "((WN))", "((Wikinews))": the outlet asking. Language tags ("((es))") are no turns at all. */
const INTERVIEWER = /^(?:Wikinews|Interviewer|Question|\p{Lu}{2,4})$/u;
const LANGUAGE_TAG = /^[a-z]{2,3}$/;
const DOUBLE_PAREN = /^\(\(([^()\n]{1,60})\)\)[ \t\u00a0]*/u;
/** "WALLACE:", "MR. TRUMP:", also after an opening quotation mark: a transcript's speaker label. */
const CAPS_LABEL = /^(["“]?[ \t]*)(\p{Lu}[\p{Lu}.'’ -]{1,30}\p{Lu}):[ \t\u00a0]+/u;
/** Capitalised labels that head a paragraph without naming a speaker. */
const NOT_SPEAKERS = new Set(['UPDATE', 'NOTE', 'EDITOR’S NOTE', "EDITOR'S NOTE", 'WATCH', 'READ MORE', 'BREAKING', 'PHOTOS', 'PHOTO', 'VIDEO',
  'CORRECTION', 'RELATED', 'CLARIFICATION', 'ADVERTISEMENT', 'SOURCE', 'SOURCES', 'UPDATED', 'FULL TEXT', 'TRANSCRIPT']);

/** The turns of a text, by paragraph, with the paragraphs that continue a turn. */
export function findTurns(text: string, seg: SegmentLayer): Turn[] {
  const out: Turn[] = [];
  let current: Turn | null = null;
  let answers = 0;
  let lastMarked = -1;
  for (let p = 0; p < seg.paragraphs.length; p++) {
    const para = seg.paragraphs[p];
    const head = text.slice(para.start, Math.min(para.end, para.start + 120));
    const marker = markerAt(head, para.start);
    if (marker === undefined) {
      // A paragraph with no marker continues the turn before it.
      if (current) {
        current = { paragraph: p, name: current.name, content: { start: para.start, end: para.end } };
        out.push(current);
      }
      continue;
    }
    current = { paragraph: p, name: marker.name, content: trimmed(text, para.start + marker.length, para.end) };
    if (marker.name) answers++;
    lastMarked = p;
    out.push(current);
  }
  // A single marked answer is a caption or a label, not an interview.
  if (answers < 2) return [];
  // After the last marker the outlet speaks again ("Share and comment below."): no paragraph continues it.
  let last = out.length - 1;
  while (last >= 0 && out[last].paragraph !== lastMarked) last--;
  return out.slice(0, last + 1);
}

/** The marker at a paragraph's start: its length and speaker (null: the interviewer); undefined when there is none. */
function markerAt(head: string, at: number): { length: number; name: Range | null } | undefined {
  const label = CAPS_LABEL.exec(head);
  if (label && !NOT_SPEAKERS.has(label[2])) {
    const start = at + label[1].length;
    return { length: label[0].length, name: { start, end: start + label[2].length } };
  }
  const dp = DOUBLE_PAREN.exec(head);
  if (dp) {
    const name = dp[1].trim();
    if (LANGUAGE_TAG.test(name)) return undefined;
    if (INTERVIEWER.test(name)) return { length: dp[0].length, name: null };
    const start = at + 2 + dp[1].indexOf(name);
    return { length: dp[0].length, name: { start, end: start + name.length } };
  }
  return undefined;
}

function trimmed(text: string, start: number, end: number): Range {
  while (start < end && /\s/u.test(text[start])) start++;
  while (end > start && /\s/u.test(text[end - 1])) end--;
  return { start, end };
}
