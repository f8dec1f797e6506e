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
import { contextType, isLeadingTitle, isPortfolio, leadingTitleWords } from './context.js';
import { entityType } from './types.js';
import { HEADS as TITLE_HEADS } from '../attribute/titles.js';

export function nameMentions(found: readonly NameSpan[], tokens: readonly Token[], lex: Lexicons): NameMention[] {
  const surnames = new Set<string>();
  // Surnames of people named in full, not after a title ("John Paul Stevens", not "Pope Francis").
  const fullSurnames = new Set<string>();
  for (const n of found) {
    if (n.label !== 'PER') continue;
    const last = fold(tokens[n.tokenEnd - 1].text);
    surnames.add(last);
    if (n.tokenEnd - n.tokenStart > 1 && !isLeadingTitle(tokens[n.tokenStart].text) && !honorific([tokens[n.tokenStart].text, 'x'])) fullSurnames.add(last);
  }
  // A lone "I" is the first person (the quotes stage gives it a speaker), never a name: tagged as one, it had made
  // "Pech-de-l’Azé I" (a site) the speaker of an interview's answers.
  const named = found.filter((n) => !(n.tokenEnd - n.tokenStart === 1 && tokens[n.tokenStart].text === 'I') && (n.label === 'PER' || !isPortfolio(tokens, n.tokenStart, n.tokenEnd)));
  const out = named.map((n): NameMention => {
    const words = tokens.slice(n.tokenStart, n.tokenEnd).map((t) => t.text);
    const base = { start: n.start, end: n.end, tokenStart: n.tokenStart, tokenEnd: n.tokenEnd, sentence: n.sentence, form: 'name' as const };
    if (n.label !== 'PER') {
      const split = titledPerson(words, lex.firstNameSex, surnames);
      if (split) {
        const a = n.tokenStart + split.at;
        return { ...base, start: tokens[a].start, tokenStart: a, type: 'PERSON', words: words.slice(split.at) };
      }
    }
    const type = contextType(tokens, n.tokenStart, n.tokenEnd, n.label) ?? entityType(n.label, words.join(' '), lex);
    // "Ms. Ivanova", "Justice John Paul Stevens": the honorific and title stay outside the name (titles and sex are read from them later).
    const h = type === 'PERSON' && honorific(words) ? 1 : 0;
    const cut = type === 'PERSON' ? h + leadingTitleWords(words.slice(h), lex.firstNameSex, fullSurnames) : 0;
    if (cut > 0) {
      const a = n.tokenStart + cut;
      return { ...base, start: tokens[a].start, tokenStart: a, type, words: words.slice(cut) };
    }
    return { ...base, type, words };
  });
  // "SpaceX founder Elon Musk", "Microsoft CEO Satya Nadella": a first name after a lower-case (or acronym) title word
  // is a person, whatever the tagger said; every mention of that name follows. ("General Santos City" is a place.)
  const persons = new Set<string>();
  out.forEach((m) => {
    const before = m.tokenStart > 0 ? tokens[m.tokenStart - 1].text : '';
    if (m.type !== 'PERSON' && m.words.length >= 2 && m.words.length <= 3 && (/^\p{Ll}/u.test(before) || /^[A-Z]{2,4}$/.test(before)) && TITLE_HEADS.has(before.toLowerCase()) &&
      lex.firstNameSex.has(fold(m.words[0])) && m.words.every((w) => /^\p{Lu}/u.test(w))) persons.add(fold(m.words.join(' ')));
  });
  if (persons.size) for (const m of out) if (persons.has(fold(m.words.join(' ')))) m.type = 'PERSON';
  harmoniseTypes(out);
  return out;
}
