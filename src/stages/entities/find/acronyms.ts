/**
 * Acronyms of named entities. A definition is a name followed by its acronym in brackets
 * ("Baku Music Academy (BMA)"); an all-caps name whose letters are the initials of another
 * name in the document is linked too. Every later use of a linked acronym is a mention.
 */
import type { Token } from '../../../core/layers.js';
import type { Cluster, NameMention } from '../attribute/merge.js';
import { initials, isAcronym } from '../parse/names.js';

/** Does `acr` abbreviate the name `words`? Initials equal, or the acronym's letters appear as initials in order. */
export function abbreviates(acr: string, words: readonly string[]): boolean {
  const a = acr.replace(/[.&]/g, '').toUpperCase();
  const ini = initials(words);
  if (ini.length < 2) return false;
  if (a === ini) return true;
  // Allow skipped words ("Organization of Petroleum Exporting Countries" → OPEC), not extra letters.
  let j = 0;
  for (const ch of ini) if (j < a.length && ch === a[j]) j++;
  return j === a.length && a.length >= 2 && a[0] === ini[0];
}

/** Links acronyms to clusters: returns acronym text → cluster. */
export function linkAcronyms(tokens: readonly Token[], clusters: readonly Cluster[]): Map<string, Cluster> {
  const links = new Map<string, Cluster>();
  for (const c of clusters) {
    if (c.type === 'PERSON') continue;
    for (const m of c.mentions) {
      // "Name ( ACR )" right after the mention.
      const open = tokens[m.tokenEnd];
      const acr = tokens[m.tokenEnd + 1];
      const close = tokens[m.tokenEnd + 2];
      if (open?.text === '(' && close?.text === ')' && acr && isAcronym(acr.text) && m.words.length > 1 && abbreviates(acr.text, m.words)) {
        if (!links.has(acr.text)) links.set(acr.text, c);
      }
    }
  }
  // All-caps names that abbreviate another multi-word name of the document.
  const byInitials = new Map<string, Cluster>();
  for (const c of clusters) {
    if (c.type === 'PERSON' || c.keyWords.length < 2) continue;
    const ini = initials(c.mentions[0].words);
    if (ini.length >= 2 && !byInitials.has(ini)) byInitials.set(ini, c);
  }
  for (const c of clusters) {
    if (c.keyWords.length !== 1) continue;
    const text = c.mentions[0].words[0];
    if (!isAcronym(text) || links.has(text)) continue;
    const target = byInitials.get(text.replace(/[.&]/g, ''));
    if (target && target !== c) links.set(text, target);
  }
  return links;
}

/** Acronym mentions: every token that is a linked acronym and not already inside a name mention. */
export function acronymMentions(tokens: readonly Token[], links: ReadonlyMap<string, Cluster>, covered: Uint8Array, sentenceOf: (token: number) => number): NameMention[] {
  const out: NameMention[] = [];
  if (links.size === 0) return out;
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue;
    const c = links.get(tokens[i].text);
    if (!c) continue;
    out.push({ start: tokens[i].start, end: tokens[i].end, tokenStart: i, tokenEnd: i + 1, sentence: sentenceOf(i), type: c.type, words: [tokens[i].text], form: 'acronym' });
  }
  return out;
}

/**
 * Folds acronym entities into the names they abbreviate ("BMA" → "Baku Music Academy") and adds
 * every other use of a linked acronym as a mention. Returns the remaining clusters, mentions sorted.
 */
export function foldAcronyms(clusters: Cluster[], names: readonly NameMention[], tokens: readonly Token[], sentenceOf: (token: number) => number): Cluster[] {
  const links = linkAcronyms(tokens, clusters);
  for (const c of clusters) {
    const only = c.keyWords.length === 1 ? c.mentions[0].words[0] : null;
    const target = only ? links.get(only) : undefined;
    if (!target || target === c) continue;
    for (const m of c.mentions) target.mentions.push({ ...m, type: target.type, form: 'acronym' });
    c.mentions = [];
  }
  const covered = new Uint8Array(tokens.length);
  for (const m of names) covered.fill(1, m.tokenStart, m.tokenEnd);
  for (const m of acronymMentions(tokens, links, covered, sentenceOf)) links.get(m.words[0])!.mentions.push(m);
  const kept = clusters.filter((c) => c.mentions.length > 0);
  for (const c of kept) c.mentions.sort((a, b) => a.start - b.start);
  return kept;
}
