import type { Range } from '../../core/span.js';

/**
 * Paragraphs: blocks separated by blank lines when the text has any; otherwise every line
 * is a paragraph (one-paragraph-per-line news dumps). Ranges exclude surrounding whitespace.
 */
export function findParagraphs(text: string): Range[] {
  const separator = /\n[ \t]*\n/.test(text) ? /\n[ \t]*\n\s*/g : /\n\s*/g;
  const out: Range[] = [];
  let from = 0;
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  separator.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = separator.exec(text)) !== null) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return out;
}
