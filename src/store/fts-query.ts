/**
 * User search text to a full-text query: words and "quoted phrases", all required, each
 * quoted so that FTS syntax in the input (AND, NEAR, *, :) is plain text, never an operator.
 * A trailing * on a word (3+ letters) is kept as a prefix search.
 */
export interface ParsedQuery {
  terms: Array<{ text: string; prefix: boolean; phrase: boolean }>;
}

const MAX_TERMS = 16;

export function parseSearch(input: string): ParsedQuery {
  const terms: ParsedQuery['terms'] = [];
  const s = input.slice(0, 500);
  let i = 0;
  while (i < s.length && terms.length < MAX_TERMS) {
    const ch = s[i];
    if (ch === '"') {
      const close = s.indexOf('"', i + 1);
      const body = (close < 0 ? s.slice(i + 1) : s.slice(i + 1, close)).trim();
      const words = body.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
      if (words.length) terms.push({ text: words.join(' '), prefix: false, phrase: true });
      i = close < 0 ? s.length : close + 1;
      continue;
    }
    if (/[\p{L}\p{N}]/u.test(ch)) {
      let j = i;
      while (j < s.length && /[\p{L}\p{N}'’]/u.test(s[j])) j++;
      const word = s.slice(i, j).replace(/['’]/g, ' ').trim();
      const prefix = s[j] === '*' && word.length >= 3;
      for (const w of word.split(' ').filter(Boolean)) terms.push({ text: w, prefix, phrase: false });
      i = j + (prefix ? 1 : 0);
      continue;
    }
    i++;
  }
  return { terms };
}

/** FTS5 MATCH syntax for a parsed query, or null when there is nothing to search for. */
export function toFts5(q: ParsedQuery): string | null {
  if (q.terms.length === 0) return null;
  return q.terms.map((t) => `"${t.text.replace(/"/g, '')}"${t.prefix ? '*' : ''}`).join(' ');
}
