/**
 * Person names with a nickname in quotes that the tagger cut: 'Edward Lodewijk "Eddie | " | Van Halen',
 * 'Joaquín | "El Chapo" | Guzmán' become one PER span.
 */
import type { Token } from '../../../core/layers.js';
import type { NameSpan } from './names.js';

const QUOTES = new Set(['"', '“', '”', "'", '‘', '’']);
/** Longest nickname, in tokens, between its quote marks. */
const MAX_NICKNAME = 3;

const isQuote = (tokens: readonly Token[], k: number) => k < tokens.length && QUOTES.has(tokens[k].text);

/** Whether the span holds an odd number of quote marks: it opened a nickname and stopped before its end. */
function opensQuote(s: NameSpan, tokens: readonly Token[]): boolean {
  let n = 0;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) if (isQuote(tokens, k)) n++;
  return n % 2 === 1;
}

/** `spans` sorted by start; returns them with the pieces of nicknamed person names joined. */
export function joinNicknames(spans: readonly NameSpan[], tokens: readonly Token[]): NameSpan[] {
  const out: NameSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    let s = spans[i];
    const next = spans[i + 1];
    const third = spans[i + 2];
    const sameSentence = (n: NameSpan | undefined): n is NameSpan => n !== undefined && n.sentence === s.sentence;
    if (s.label === 'PER' && sameSentence(next) && next.label === 'PER' && next.tokenStart === s.tokenEnd + 1 && isQuote(tokens, s.tokenEnd) &&
      opensQuote(s, tokens)) {
      // 'Edward Lodewijk "Eddie' + '"' + 'Van Halen'
      s = { ...s, end: next.end, tokenEnd: next.tokenEnd };
      i++;
    } else if (s.label === 'PER' && sameSentence(next) && sameSentence(third) && third.label === 'PER' && isQuote(tokens, s.tokenEnd) &&
      next.tokenStart === s.tokenEnd + 1 && isQuote(tokens, next.tokenEnd) && third.tokenStart === next.tokenEnd + 1 &&
      next.tokenEnd - next.tokenStart <= MAX_NICKNAME) {
      // 'Joaquín' + '"El Chapo"' + 'Guzmán'
      s = { ...s, end: third.end, tokenEnd: third.tokenEnd };
      i += 2;
    }
    out.push(s);
  }
  return out;
}
