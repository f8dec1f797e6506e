/**
 * Name mentions from tagger spans: product type from the tagger type and lexicons, a title glued
 * to a person split off, a leading honorific left outside the name, and one type per name.
 */
import type { Token } from '../../../core/layers.js';
import { harmoniseTypes, type NameMention } from '../attribute/merge.js';
import type { NameSpan } from '../find/names.js';
import { fold, type Lexicons } from '../lexicons.js';
import { honorific } from './names.js';
import { titledPerson } from './split.js';
import { entityType } from './types.js';

export function nameMentions(found: readonly NameSpan[], tokens: readonly Token[], lex: Lexicons): NameMention[] {
  const surnames = new Set<string>();
  for (const n of found) if (n.label === 'PER') surnames.add(fold(tokens[n.tokenEnd - 1].text));
  const out = found.map((n): NameMention => {
    const words = tokens.slice(n.tokenStart, n.tokenEnd).map((t) => t.text);
    const base = { start: n.start, end: n.end, tokenStart: n.tokenStart, tokenEnd: n.tokenEnd, sentence: n.sentence, form: 'name' as const };
    if (n.label !== 'PER') {
      const split = titledPerson(words, lex.firstNameSex, surnames);
      if (split) {
        const a = n.tokenStart + split.at;
        return { ...base, start: tokens[a].start, tokenStart: a, type: 'PERSON', words: words.slice(split.at) };
      }
    }
    const type = entityType(n.label, words.join(' '), lex);
    // "Ms. Ivanova": the honorific stays outside the name (titles and sex are read from it later).
    if (type === 'PERSON' && honorific(words)) {
      const a = n.tokenStart + 1;
      return { ...base, start: tokens[a].start, tokenStart: a, type, words: words.slice(1) };
    }
    return { ...base, type, words };
  });
  harmoniseTypes(out);
  return out;
}
