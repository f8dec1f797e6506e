/**
 * Titles and roles next to a person's name: a title phrase right before the name ("Foreign
 * Minister", "Head of the ... community", "spokesman") or an appositive right after it
 * (", head of the ... community,"). Only adjacent phrases made of title words, names and
 * organisation nouns qualify, so a clause never becomes a title.
 */
import type { SegmentLayer, Token } from '../../../core/layers.js';
import { fold } from '../lexicons.js';
import { honorific } from '../parse/names.js';
import type { Cluster, NameMention } from './merge.js';
import type { PersonRef } from './pronouns.js';

/** Head words of a person's title ("Foreign Minister", "founder"). */
export const HEADS = new Set(
  ('president vice-president prime premier minister secretary chairman chairwoman chairperson chair head chief director spokesman ' +
    'spokeswoman spokesperson leader governor mayor senator congressman congresswoman ambassador envoy commander general ceo founder ' +
    'co-founder editor professor judge justice king queen prince princess emperor pope bishop archbishop cardinal imam rabbi coach ' +
    'manager official deputy member representative adviser advisor analyst lawyer attorney correspondent reporter colonel captain ' +
    'lieutenant sergeant major officer chancellor speaker counsel ombudsman prosecutor commissioner mp lawmaker diplomat economist ' +
    'researcher scientist activist historian author writer journalist rector dean chairman-elect president-elect sheikh emir whip leader ' +
    'detective constable inspector superintendent sheriff')
    .split(' '),
);
const MODIFIERS = new Set('former acting deputy vice interim first senior chief assistant associate executive incoming outgoing then-'.split(' '));
/** Words that may sit inside a title phrase besides names: organisation nouns and function words. */
const INNER = new Set(
  ('of the for and in on to at ’s \'s - community ministry party council committee department office agency government union ' +
    'association organization organisation company bank foundation institute university affairs state states republic region city ' +
    'province parliament assembly army forces police club team group movement embassy delegation mission commission federation ' +
    'court board service services administration authority academy corporation church diaspora opposition coalition campaign ' +
    'center centre unit staff security defence defense foreign interior justice finance health education culture economy energy ' +
    'trade national general public international executive press relations human rights country country’s country\'s military ' +
    'federal regional local city’s general-secretary')
    .split(' '),
);
/** Portfolio words that open a title before its head ("Foreign Minister", "Defence Secretary"). */
export const PORTFOLIOS: ReadonlySet<string> = new Set(
  ('foreign interior home defence defense finance health education justice culture economy economic energy trade security ' +
    'national state general press environment agriculture labour labor transport tourism sports information intelligence ' +
    'commerce treasury transportation housing veterans')
    .split(' '),
);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her']);
const MAX_TITLE_TOKENS = 12;

function isCapitalised(t: string): boolean {
  return /^\p{Lu}/u.test(t);
}

function isHead(t: string): boolean {
  return HEADS.has(t.toLowerCase());
}

/** Is `t` a word that heads a title ("President", "spokesman", "Whip")? */
export function isTitleHead(t: string): boolean {
  return isHead(t);
}

/** Title phrase right before token `start` (exclusive), not reaching before `floor`. */
export function titleBefore(tokens: readonly Token[], start: number, floor: number, text: string): string | null {
  let i = start - 1;
  let head = -1;
  while (i >= floor && start - i <= MAX_TITLE_TOKENS) {
    const t = tokens[i].text;
    const lower = t.toLowerCase();
    if (isHead(t)) head = i;
    else if (!(INNER.has(lower) || MODIFIERS.has(lower) || (isCapitalised(t) && /\p{L}/u.test(t) && !t.endsWith('.')))) break;
    i--;
  }
  if (head < 0) return null;
  while (head - 1 >= floor && (MODIFIERS.has(tokens[head - 1].text.toLowerCase()) || PORTFOLIOS.has(tokens[head - 1].text.toLowerCase()))) head--;
  // A title ends on its head or a noun, never on a function word ("of the").
  let end = start - 1;
  while (end > head && /^(of|the|for|and|in|on|to|at|-)$/i.test(tokens[end].text)) end--;
  if (end !== start - 1) return null;
  return text.slice(tokens[head].start, tokens[end].end);
}

/** Appositive title right after token `end` (exclusive): ", [the] head of the community," — up to the next comma or the sentence end. */
export function titleAfter(tokens: readonly Token[], end: number, ceiling: number, text: string, nextPersonAt = false): string | null {
  if (end >= ceiling || tokens[end].text !== ',') return null;
  let i = end + 1;
  while (i < ceiling && DETERMINERS.has(tokens[i].text.toLowerCase())) i++;
  const first = i;
  let head = -1;
  for (; i < ceiling && i - first < MAX_TITLE_TOKENS; i++) {
    const t = tokens[i].text;
    if (t === ',' || t === '.' || t === ';' || t === ')' || t === '"' || t === '”') break;
    if (isHead(t)) {
      if (head < 0 && i - first > 3) return null;
      head = head < 0 ? i : head;
      continue;
    }
    const lower = t.toLowerCase();
    if (!(INNER.has(lower) || MODIFIERS.has(lower) || isCapitalised(t))) return null;
  }
  if (head < 0 || i === first) return null;
  const stop = i;
  if (stop < ceiling && tokens[stop].text !== ',' && tokens[stop].text !== '.' && tokens[stop].text !== ';') return null;
  // ", Congresswoman Val Demings": a title that runs right up to the next person's name is that person's
  // (not ", spokeswoman for the | Trump administration").
  if (stop === ceiling && nextPersonAt && !/^(of|the|for|and|in|on|to|at|-|'s|’s)$/i.test(tokens[stop - 1].text)) return null;
  let last = stop - 1;
  while (last > head && /^(of|the|for|and|in|on|to|at|-)$/i.test(tokens[last].text)) last--;
  return text.slice(tokens[first].start, tokens[last].end);
}

/**
 * Adds titles and honorifics found next to each person mention to its cluster; a title never
 * reaches over another person's name. Returns the person mentions in text order (for pronouns).
 */
export function attachTitles(clusters: readonly Cluster[], seg: SegmentLayer, text: string): PersonRef[] {
  const { tokens, sentences } = seg;
  const mentions: Array<{ m: NameMention; c: Cluster }> = [];
  for (const c of clusters) if (c.type === 'PERSON') for (const m of c.mentions) mentions.push({ m, c });
  mentions.sort((a, b) => a.m.tokenStart - b.m.tokenStart);
  return mentions.map(({ m, c }, k) => {
    const s = sentences[m.sentence];
    const prev = mentions[k - 1]?.m;
    const next = mentions[k + 1]?.m;
    const floor = prev && prev.sentence === m.sentence ? prev.tokenEnd : s.tokenStart;
    const ceiling = next && next.sentence === m.sentence ? next.tokenStart : s.tokenEnd;
    const h = m.tokenStart > s.tokenStart ? honorific([tokens[m.tokenStart - 1].text, 'x']) : null;
    if (h) c.honorifics.add(h);
    for (const t of [titleBefore(tokens, m.tokenStart, floor, text), titleAfter(tokens, m.tokenEnd, ceiling, text, next?.sentence === m.sentence)]) {
      if (t && !c.titles.some((x) => fold(x) === fold(t))) c.titles.push(t);
    }
    return { token: m.tokenStart, sentence: m.sentence, cluster: c };
  });
}
