import type { Sentence, Token } from '../../core/layers.js';

/** Longest sentence in tokens: a 200,000-character line without punctuation still gets bounded sentences. */
export const MAX_SENTENCE_TOKENS = 250;

const TERMINAL = new Set(['.', '!', '?', '…', '。']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»', '»']);

export interface SplitOptions {
  /**
   * A straight quote after a space opens the next sentence (default). false: it closes the sentence before, as the
   * splitter did until session 8; the quotes model is trained on those windows (train/quotes/train.ts says why).
   */
  straightQuotesOpen?: boolean;
}

/**
 * Splits one paragraph's tokens into sentences. A sentence ends at terminal punctuation (plus
 * any closing quotes or brackets) when the next token could open a sentence, at a line break
 * after a line with no terminal punctuation (a headline or dateline), or at the length cap.
 */
export function splitSentences(text: string, tokens: Token[], first: number, last: number, paragraph: number, out: Sentence[], options: SplitOptions = {}): void {
  const straightOpeners = options.straightQuotesOpen ?? true;
  let start = first;
  const close = (end: number) => {
    if (end > start) out.push({ start: tokens[start].start, end: tokens[end - 1].end, tokenStart: start, tokenEnd: end, paragraph });
    start = end;
  };
  for (let i = first; i < last; i++) {
    const t = tokens[i].text;
    if (i + 1 - start >= MAX_SENTENCE_TOKENS) {
      close(i + 1);
      continue;
    }
    if (TERMINAL.has(t)) {
      let j = i + 1;
      while (j < last && ((CLOSERS.has(tokens[j].text) && !(straightOpeners && opensAfterSpace(tokens, j))) || TERMINAL.has(tokens[j].text))) j++;
      if (j >= last) continue;
      const next = tokens[j].text;
      if (/^[\p{Lu}\p{N}"“‘'«(\[]/u.test(next) || tokens[j].start - tokens[j - 1].end > 1) {
        close(j);
        i = j - 1;
      }
      continue;
    }
    if (i + 1 < last && hasNewline(text, tokens[i].end, tokens[i + 1].start)) close(i + 1);
  }
  close(last);
}

/** A straight quote with a space before it opens the next sentence ('restraint. "We …'), it does not close this one. */
function opensAfterSpace(tokens: Token[], j: number): boolean {
  const t = tokens[j].text;
  return (t === '"' || t === "'") && tokens[j].start > tokens[j - 1].end;
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}
