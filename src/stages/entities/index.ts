/**
 * The entities stage: named entities with per-document canonical entities.
 *   find:      names (trained tagger; spans holding several names split, organisation, place and person names
 *              it cut (at a nickname or a particle) joined, "Armenian armed forces" as a group), acronyms, third-person pronouns
 *   parse:     tagger types → product types; name forms
 *   attribute: merge mentions into entities, titles, pronoun resolution
 */
import { need, textOf } from '../../core/doc.js';
import type { EntitiesLayer, Entity, Mention, SegmentLayer } from '../../core/layers.js';
import { defineStage } from '../../core/pipeline.js';
import { span } from '../../core/span.js';
import { foldAcronyms } from './find/acronyms.js';
import { findNames } from './find/names.js';
import { joinGroupNames } from './find/groups.js';
import { joinNicknames } from './find/nicknames.js';
import { joinOrgPhrases } from './find/org-phrases.js';
import { joinParticleNames } from './find/particles.js';
import { joinPlaceNames } from './find/places.js';
import { findPronouns } from './find/pronouns.js';
import { splitSpans } from './find/split.js';
import { mergeMentions, type Cluster, type NameMention } from './attribute/merge.js';
import { resolvePronouns } from './attribute/pronouns.js';
import { attachTitles } from './attribute/titles.js';
import { fold, loadLexicons } from './lexicons.js';
// Quotation marks as the quotes stage reads them (a pure function of the text).
import { findQuoted } from '../quotes/quote-marks.js';
import { honorific } from './parse/names.js';
import { nameMentions } from './parse/mentions.js';
import { isShouted } from './parse/context.js';

export function extractEntities(text: string, seg: SegmentLayer): EntitiesLayer {
  const { tokens, sentences } = seg;
  const lex = loadLexicons();
  const tokenSentence = new Int32Array(tokens.length);
  sentences.forEach((s, si) => tokenSentence.fill(si, s.tokenStart, s.tokenEnd));
  const sentenceOf = (t: number) => tokenSentence[t];

  // find + parse
  const sentenceEnd = (si: number) => sentences[si].tokenEnd;
  const knownOrg = (name: string) => lex.orgs.has(fold(name));
  const knownPlace = (name: string) => lex.gpe.has(fold(name));
  const isPeople = (word: string) => lex.norp.has(fold(word));
  const spans = joinGroupNames(joinParticleNames(joinPlaceNames(splitSpans(findNames(seg), tokens), tokens, knownPlace), tokens), tokens, isPeople);
  const names = nameMentions(joinOrgPhrases(joinNicknames(spans, tokens), tokens, sentenceEnd, knownOrg, knownPlace), tokens, lex);

  // attribute: entities from names, then acronyms folded into the names they abbreviate
  const clusters = foldAcronyms(mergeMentions(names, lex, tokens, text), names, tokens, sentenceOf);

  // titles and honorifics next to person names
  const persons = attachTitles(clusters, seg, text);

  // pronouns
  const pronouns = findPronouns(tokens);
  const resolved = resolvePronouns(pronouns, persons, sentenceOf, lex.firstNameSex, quotedTokens(text, seg));
  pronouns.forEach((p, i) => {
    const c = resolved[i];
    if (!c) return;
    const t = tokens[p.token];
    c.mentions.push({ start: t.start, end: t.end, tokenStart: p.token, tokenEnd: p.token + 1, sentence: sentenceOf(p.token), type: 'PERSON', words: [t.text], form: 'pronoun' });
  });

  return toLayer(text, clusters);
}

/** Whether a token lies inside a closed quotation (quotation marks as the quotes stage reads them). */
function quotedTokens(text: string, seg: SegmentLayer): (token: number) => boolean {
  const inside = new Uint8Array(seg.tokens.length);
  let t = 0;
  for (const p of seg.paragraphs) {
    for (const q of findQuoted(text, p.start, p.end)) {
      if (!q.closed) continue;
      while (t < seg.tokens.length && seg.tokens[t].start < q.start) t++;
      for (let k = t; k < seg.tokens.length && seg.tokens[k].end <= q.end; k++) inside[k] = 1;
    }
  }
  return (token) => inside[token] === 1;
}

/** A name written in capitals only ("GAZA"), with more than one letter to a word. */
const shouted = isShouted;

function canonicalName(text: string, c: Cluster): string {
  let best: NameMention | null = null;
  let bestWords = 0;
  for (const m of c.mentions) {
    if (m.form !== 'name') continue;
    const n = m.words.length - (honorific(m.words) ? 1 : 0);
    // "GAZA/JERUSALEM, March 5 (Reuters)": a dateline's capitals are not how the name is written.
    if (n > bestWords || (n === bestWords && best !== null && shouted(best.words) && !shouted(m.words))) {
      best = m;
      bestWords = n;
    }
  }
  if (!best) return c.mentions[0].words.join(' ');
  // "Armenia's Defence Ministry": a name two owners share is named with its owner.
  if (c.owner) return `${c.owner}'s ${text.slice(best.start, best.end)}`;
  const from = honorific(best.words) ? best.tokenStart + 1 : best.tokenStart;
  // Slice from the text so the name reads as written (hyphens, apostrophes, spacing).
  const offset = from === best.tokenStart ? best.start : best.start + text.slice(best.start, best.end).indexOf(best.words[1]);
  return text.slice(offset, best.end);
}

function toLayer(text: string, clusters: Cluster[]): EntitiesLayer {
  for (const c of clusters) c.mentions.sort((a, b) => a.start - b.start);
  const ordered = clusters.filter((c) => c.mentions.length > 0).sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  const entities: Entity[] = [];
  const mentions: Mention[] = [];
  ordered.forEach((c, i) => {
    const id = `e${i + 1}`;
    const name = canonicalName(text, c);
    const aliases: string[] = [];
    const seen = new Set([fold(name)]);
    for (const m of c.mentions) {
      if (m.form === 'pronoun') continue;
      const t = text.slice(m.start, m.end);
      if (!seen.has(fold(t))) {
        seen.add(fold(t));
        aliases.push(t);
      }
    }
    const entity: Entity = { id, type: c.type, name, mentions: c.mentions.map((m) => span(text, m.start, m.end)) };
    if (aliases.length) entity.aliases = aliases;
    if (c.titles.length) entity.titles = c.titles;
    entities.push(entity);
    for (const m of c.mentions) mentions.push({ ...span(text, m.start, m.end), type: c.type, entity: id, form: m.form });
  });
  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  return { entities, mentions };
}

export const entities = defineStage({
  provides: 'entities',
  requires: ['segment'],
  run: (doc): EntitiesLayer => extractEntities(textOf(doc), need(doc, 'segment')),
});

export { tagSentences } from './ner/tagger.js';
export { loadNerModel } from './ner/model.js';
