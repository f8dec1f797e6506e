import type { ParsedQuery } from '../fts-query.js';

/**
 * A parsed search (../fts-query.ts) as to_tsquery text: every term required, phrases as
 * followed-by chains, a trailing * as a prefix match. Terms hold only letters and digits, and
 * each is quoted, so nothing the user typed can act as a tsquery operator.
 */
export function toTsQuery(q: ParsedQuery): string | null {
  const parts: string[] = [];
  for (const t of q.terms) {
    const words = t.text.split(' ').filter(Boolean).map((w) => `'${w.replace(/['\\]/g, '')}'`);
    if (words.length === 0) continue;
    parts.push(t.phrase ? `(${words.join(' <-> ')})` : `${words[0]}${t.prefix ? ':*' : ''}`);
  }
  return parts.length ? parts.join(' & ') : null;
}

/** ts_headline options: matches between \u0002 and \u0003, as the page and SQLite's snippet() mark them. */
export const headline = (words: number): string => `StartSel=\u0002, StopSel=\u0003, MaxWords=${words}, MinWords=${Math.ceil(words / 2)}, ShortWord=0, MaxFragments=1, FragmentDelimiter=" … "`;
