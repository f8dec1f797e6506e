/** Finds name mentions: runs the tagger over the document's sentences and reads entity spans off its IOB2 tags. */
import type { SegmentLayer, Token } from '../../../core/layers.js';
import { ZONES } from '../../times/slots.js';
import { entitySpans } from '../ner/conll.js';
import { tagSentences } from '../ner/tagger.js';

export interface NameSpan {
  start: number;
  end: number;
  /** Token range [tokenStart, tokenEnd) in the segment layer. */
  tokenStart: number;
  tokenEnd: number;
  sentence: number;
  /** Tagger type: PER, ORG, LOC, MISC. */
  label: string;
}

// The tagger was trained on CoNLL text: straight quotes, "'s" clitics.
const FOLD_QUOTES: Record<string, string> = { '“': '"', '”': '"', '„': '"', '«': '"', '»': '"', '‘': "'", '’': "'", '–': '-', '—': '-' };

export function taggerWord(token: string): string {
  const f = FOLD_QUOTES[token];
  if (f) return f;
  return token.includes('’') ? token.replace(/’/g, "'") : token;
}

/** "8:30 p.m. BST (1930 UTC)": a time zone after a clock time is no organisation. */
function isTimeZone(tokens: readonly Token[], a: number, b: number): boolean {
  if (b - a !== 1 || !ZONES.has(tokens[a].text.toLowerCase()) || tokens[a].text !== tokens[a].text.toUpperCase()) return false;
  const prev = a > 0 ? tokens[a - 1].text : '';
  return /\d/.test(prev) || /^[ap]\.?m\.?$/i.test(prev);
}

export function findNames(seg: SegmentLayer): NameSpan[] {
  const { sentences, tokens } = seg;
  const words = sentences.map((s) => {
    const w: string[] = [];
    for (let t = s.tokenStart; t < s.tokenEnd; t++) w.push(taggerWord(tokens[t].text));
    return w;
  });
  const tags = tagSentences(words);
  const out: NameSpan[] = [];
  sentences.forEach((s, si) => {
    for (const e of entitySpans(tags[si])) {
      // "World Health Organization (WHO": a bracket inside a span separates a name from its acronym.
      let from = s.tokenStart + e.start;
      const to = s.tokenStart + e.end;
      for (let k = from; k <= to; k++) {
        if (k < to && tokens[k].text !== '(' && tokens[k].text !== ')') continue;
        let a = from;
        let b = k;
        from = k + 1;
        // A span never starts or ends on punctuation (a stray quote or bracket the tagger included).
        while (a < b && !/[\p{L}\p{N}]/u.test(tokens[a].text)) a++;
        while (b > a && !/[\p{L}\p{N}]/u.test(tokens[b - 1].text)) b--;
        if (b > a && !isTimeZone(tokens, a, b)) out.push({ start: tokens[a].start, end: tokens[b - 1].end, tokenStart: a, tokenEnd: b, sentence: si, label: e.type });
      }
    }
  });
  return out;
}
