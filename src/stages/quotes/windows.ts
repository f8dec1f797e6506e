import type { QuoteKind, SegmentLayer, Token } from '../../core/layers.js';
import type { Range } from '../../core/span.js';
import { findQuoted, type Quoted } from './quote-marks.js';
import { RULES } from './ablations.js';

/**
 * A stretch of one paragraph analysed as a unit: one sentence, or several when a quotation
 * runs across sentence boundaries (a multi-sentence quote and its "she said" belong together),
 * or when a quotation ends its sentence and a short sentence naming the speaker follows ("…?” Biden said.").
 */
export interface Window {
  start: number;
  end: number;
  /** Token range [t0, t1). */
  t0: number;
  t1: number;
  paragraph: number;
  quotes: Quoted[];
  /** For each token of the window (index t - t0): the index in `quotes` containing it, or -1. */
  quoteOf: Int32Array;
}

export function buildWindows(text: string, seg: SegmentLayer): Window[] {
  const out: Window[] = [];
  const { sentences, tokens, paragraphs } = seg;
  let si = 0;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    const quoted = findQuoted(text, para.start, para.end);
    let qi = 0;
    let qLo = 0;
    while (si < sentences.length && sentences[si].paragraph < p) si++;
    while (si < sentences.length && sentences[si].paragraph === p) {
      const first = sentences[si];
      let last = first;
      si++;
      // Extend while a quotation crosses the window's end.
      for (;;) {
        while (qi < quoted.length && quoted[qi].end <= last.end) qi++;
        const crossing = qi < quoted.length && quoted[qi].start < last.end && quoted[qi].end > last.end;
        if (!crossing || si >= sentences.length || sentences[si].paragraph !== p) break;
        last = sentences[si++];
      }
      // "“… nuclear power?” Biden said.": a quotation ending its sentence keeps a short tail sentence that names its speaker.
      if (RULES.joinTails && si < sentences.length && sentences[si].paragraph === p && endsWithQuote(quoted[qi - 1], last.end) && isShortTail(text, sentences[si])) last = sentences[si++];
      while (qLo < quoted.length && quoted[qLo].end <= first.start) qLo++;
      out.push(makeWindow(tokens, quoted, qLo, first.start, last.end, first.tokenStart, last.tokenEnd, p));
    }
  }
  return out;
}


/** Whether the quotation (the last one ending by `end`) closes right at `end`. */
function endsWithQuote(q: Quoted | undefined, end: number): boolean {
  return !!q && q.closed && q.end <= end && end - q.end <= 1;
}

/**
 * A sentence with no quotation mark that names the speaker of the quotation before it: at most 6 tokens
 * ("Biden said.", "Maher replied."), or up to 20 opening with a name or pronoun and a verb of saying
 * ("Trump said, looking out on the cheering crowd.").
 */
function isShortTail(text: string, s: SegmentLayer['sentences'][number]): boolean {
  const body = text.slice(s.start, s.end);
  if (/["“”]/.test(body)) return false;
  const n = s.tokenEnd - s.tokenStart;
  return n <= 6 || (n <= 20 && SPEAKER_OPENING.test(body));
}

const SPEAKER_OPENING = /^(?:(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}|(?:he|she|they|I|we)\s+)(?:said|says|asked|added|replied|continued|explained|wrote|tweeted|told)\b/u;

function makeWindow(tokens: SegmentLayer['tokens'], quoted: Quoted[], qLo: number, start: number, end: number, t0: number, t1: number, paragraph: number): Window {
  const quotes: Quoted[] = [];
  // Top-level quotations do not overlap and come in order: scan on from the first one not yet passed.
  for (let k = qLo; k < quoted.length && quoted[k].start < end; k++) if (quoted[k].end > start) quotes.push(quoted[k]);
  const quoteOf = new Int32Array(t1 - t0).fill(-1);
  let qi = 0;
  for (let t = t0; t < t1; t++) {
    const tok = tokens[t];
    while (qi < quotes.length && quotes[qi].end <= tok.start) qi++;
    if (qi < quotes.length && quotes[qi].start <= tok.start && tok.end <= quotes[qi].end) quoteOf[t - t0] = qi;
  }
  return { start, end, t0, t1, paragraph, quotes, quoteOf };
}

const isSentenceEnd = (t: string) => t === '.' || t === '?' || t === '!' || t === ';';

/** First window token of the sentence holding window token k. */
export function sentenceStart(tokens: Token[], w: Window, k: number): number {
  let s = k;
  while (s > 0 && !isSentenceEnd(tokens[w.t0 + s - 1].text)) s--;
  return s;
}

/** End (exclusive) of the sentence holding window token k, before its final punctuation. */
export function sentenceEnd(tokens: Token[], w: Window, k: number): number {
  const n = w.t1 - w.t0;
  let e = k;
  while (e < n && !isSentenceEnd(tokens[w.t0 + e].text)) e++;
  return e;
}

/** Direct when the content is one quotation, mixed when it holds one, indirect otherwise. */
export function kindOf(w: Window, r: Range): QuoteKind {
  let kind: QuoteKind = 'indirect';
  for (const q of w.quotes) {
    if (q.start < r.end && r.start < q.end) {
      if (q.start <= r.start && q.end >= r.end) return 'direct';
      kind = 'mixed';
    }
  }
  return kind;
}

/** Index (into `tokens`) of the first token of window w starting at or after offset `at`; w.t1 when none does. */
export function firstTokenAt(tokens: Token[], w: Window, at: number): number {
  let lo = w.t0;
  let hi = w.t1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
