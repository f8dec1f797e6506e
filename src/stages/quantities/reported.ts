/**
 * Attributions the quotes stage missed, read off the figure's sentence (claimant.ts asks these
 * only when no quote with a named source holds the figure):
 * - a main clause of saying that opens the sentence: "Trump charges that countries donated
 *   millions", "Officials said 24 people died", "The report estimates 40 percent";
 * - "According to X, ..." opening the sentence, when the quotes stage put the content elsewhere;
 * - the source of a quotation the quotes stage left without one: "The Times reports: “... 24
 *   percent ...”" (the clause before the colon), "“... 100 percent wrong,” said widow Terry Strada"
 *   (a name right after or before the cue).
 * The subject is a name or pronoun mention (a title of capitalised words may precede it), or a
 * short source noun phrase ("officials", "the report"); anything else is left to the outlet, so
 * as not to over-claim.
 */
import type { Mention, Token } from '../../core/layers.js';
import { firstStartingAtOrAfter, type Range } from '../../core/span.js';
import { TITLE_STOPS } from '../quotes/source.js';

export interface SentenceTokens {
  text: string;
  tokens: readonly Token[];
  /** Mentions of the entities layer, sorted by start. */
  mentions: readonly Mention[];
  /** Whether a range lies inside a timex of the times layer. */
  isTime: (r: Range) => boolean;
}

/** Verbs of plain saying and reporting: a cue whose reported clause may run on past its content (claimant.ts). */
export const SAYING_VERBS = new Set(('said says say told tells reported reports indicated indicates announced announces stated states ' +
  'noted notes claimed claims confirmed confirms added adds estimated estimates warned warns wrote writes tweeted tweets ' +
  'explained explains').split(' '));
/** Verbs of saying, estimating and reporting that open a reported clause after their subject. */
const SAY_VERBS = new Set([
  ...SAYING_VERBS,
  ...'estimate claim charged charges argued argues predicted predicts projected projects insisted insists asserted asserts found finds shows show showed suggests suggested'.split(' '),
]);
/** Verbs that take data as subject only ("the figures show"): a person "shows" a thing, not a claim. */
const DATA_VERBS = new Set('found finds shows show showed suggests suggested indicated indicates'.split(' '));
/** Words that may open the sentence before the subject. */
const LEADS = new Set(['but', 'and', 'however', 'meanwhile', 'separately', 'still', 'yet', 'so', 'now', 'also', ',']);
/** Words allowed between the subject and the verb ("Trump also said", "police have said"). */
const BETWEEN = new Set(['also', 'later', 'earlier', 'previously', 'now', 'then', 'again', 'repeatedly', 'recently', 'has', 'have', 'had',
  'separately', 'further', 'initially', 'first', 'last', 'yesterday', 'today', 'on', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those', 'one', 'some', 'many', 'several', 'local', 'state', 'federal', 'government', 'official', 'new', 'latest', 'other']);
/** Common-noun subjects that name a source; the data nouns go with DATA_VERBS too. */
export const SOURCE_NOUNS = new Set(['officials', 'official', 'authorities', 'police', 'experts', 'analysts', 'researchers', 'witnesses', 'rescuers',
  'investigators', 'organisers', 'organizers', 'activists', 'doctors', 'medics', 'observers', 'monitors', 'spokesman', 'spokeswoman',
  'spokesperson', 'ministry', 'government', 'agency', 'military', 'army', 'report', 'study', 'survey', 'analysis', 'data', 'figures',
  'statistics', 'estimates', 'estimate', 'census', 'records', 'documents', 'group', 'company', 'campaign']);
const DATA_NOUNS = new Set(['report', 'study', 'survey', 'analysis', 'data', 'figures', 'statistics', 'estimates', 'estimate', 'census', 'records', 'documents']);
const SOURCE_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'NORP']);
/** Clause breaks after the verb that end the reported clause before the figure. */
const STOPS = new Set([';', '—', '–', '--', ':']);
/** Verbs after which "X to VERB" is a directive, not a claim ("told officials to boost"). */
const DIRECTIVE = new Set(['told', 'tells', 'warned', 'warns']);

const lower = (v: SentenceTokens, k: number) => v.tokens[k].text.toLowerCase();

/** Past the words that may open a sentence before its subject: "But", "However,", "On July 6, 2015,". */
function skipLeads(v: SentenceTokens, k: number, lim: number): number {
  for (;;) {
    while (k < lim && LEADS.has(lower(v, k))) k++;
    // A time adverbial up to its comma: a preposition or none, then only words of a timex.
    let j = k < lim && /^(?:on|in|at|by|since|during|last|this|earlier|later)$/i.test(v.tokens[k].text) ? k + 1 : k;
    const t0 = j;
    while (j < lim && j < t0 + 8 && v.tokens[j].text !== ',' && v.isTime(v.tokens[j])) j++;
    if (j === t0 || j >= lim || v.tokens[j].text !== ',') return k;
    k = j + 1;
  }
}

/** First token at or after character `pos` in [from, lim). */
function tokenAt(v: SentenceTokens, pos: number, from: number, lim: number): number {
  let k = from;
  while (k < lim && v.tokens[k].start < pos) k++;
  return k;
}

/**
 * The subject of a clause that opens at token `k`: a source mention (a name or pronoun of a
 * person, organisation, place or people; the longest starting there) or a short source noun
 * phrase. Returns its character range and the token after it, or null.
 */
function subjectAt(v: SentenceTokens, k: number, lim: number): { range: Range; next: number; data: boolean } | null {
  if (k >= lim) return null;
  const start = v.tokens[k].start;
  const the = lower(v, k) === 'the' && k + 1 < lim ? v.tokens[k + 1].start : -1;
  let best: Mention | null = null;
  for (let i = firstStartingAtOrAfter(v.mentions, start); i < v.mentions.length && v.mentions[i].start <= Math.max(start, the); i++) {
    const m = v.mentions[i];
    if (m.form === 'nominal' || !SOURCE_TYPES.has(m.type)) continue;
    if (!best || m.end > best.end) best = m;
  }
  // "Mysore Divisional Railway Manager Aparna Garg told", "The Indonesian Palm Oil Producers Association reports": a
  // run of capitalised words holding a source mention at its end; the quotes stage's linker picks its head.
  if (!best || !/^['’]s$|^[,(]$/.test(v.tokens[tokenAt(v, best.end, k, lim)]?.text ?? '')) {
    const title = titlePhrase(v, k, lim);
    if (title && (!best || title.end > best.end)) return { range: { start, end: title.end }, next: tokenAt(v, title.end, k, lim), data: false };
  }
  if (best) {
    let next = tokenAt(v, best.end, k, lim);
    // A possessor is no subject ("Trump's plan would ..."), but its data noun is ("the IMF's figures show").
    if (next < lim && /^['’]s$/.test(v.tokens[next].text)) {
      if (next + 1 < lim && DATA_NOUNS.has(lower(v, next + 1))) return { range: { start, end: best.end }, next: next + 2, data: true };
      return null;
    }
    // An acronym or affiliation in brackets: "Deutsche Welle (DW) reported".
    if (next < lim && v.tokens[next].text === '(') {
      let j = next + 1;
      while (j < lim && j < next + 6 && v.tokens[j].text !== ')') j++;
      if (j < lim && v.tokens[j].text === ')') next = j + 1;
    }
    // An appositive: "Dominic Hare, chief executive of the palace, said".
    if (next < lim && v.tokens[next].text === ',') {
      let j = next + 1;
      while (j < lim && j < next + 14 && v.tokens[j].text !== ',' && !STOPS.has(v.tokens[j].text)) j++;
      if (j < lim && v.tokens[j].text === ',') next = j + 1;
    }
    return { range: { start, end: best.end }, next, data: false };
  }
  // "Officials", "Local authorities", "The report", "A new study".
  let j = k;
  while (j < lim && j < k + 3 && DETERMINERS.has(lower(v, j))) j++;
  if (j < lim && SOURCE_NOUNS.has(lower(v, j))) return { range: { start, end: v.tokens[j].end }, next: j + 1, data: DATA_NOUNS.has(lower(v, j)) };
  return null;
}

/** Lower-case words that may join the capitalised words of a title or an organisation's name. */
const TITLE_JOINERS = new Set(['of', 'for', 'the', 'and', '&', 'de', '-']);

/** A run of capitalised words from `k` (joiners between) whose last word ends a source mention: its range, or null. */
function titlePhrase(v: SentenceTokens, k: number, lim: number): Range | null {
  let end = -1;
  const i = firstStartingAtOrAfter(v.mentions, v.tokens[k].start);
  for (let j = k; j < lim && j < k + 10; j++) {
    const w = v.tokens[j].text;
    if (TITLE_JOINERS.has(w.toLowerCase()) && j > k) continue;
    if (!/^\p{Lu}/u.test(w)) break;
    for (let x = i; x < v.mentions.length && v.mentions[x].start < v.tokens[j].end; x++) {
      const m = v.mentions[x];
      if (m.end === v.tokens[j].end && m.form !== 'nominal' && SOURCE_TYPES.has(m.type)) end = m.end;
    }
  }
  return end > 0 ? { start: v.tokens[k].start, end } : null;
}

/** A clause of saying that opens a sentence: its subject, and the token span after the verb that it governs. */
export interface ReportingClause {
  subject: Range;
  /** Token index of the verb. */
  verb: number;
  /** A figure whose first token lies in [verb + 1, until) is reported by the subject. */
  until: number;
}

/**
 * The reported clause opening the sentence [from, lim), or null: a subject, a verb of saying, and
 * the tokens up to the first clause break after it, short of a directive ("told officials to ...")
 * or hearsay about the subject ("said to be"). Depends on the sentence only: callers may keep it.
 */
export function reportingClause(v: SentenceTokens, from: number, lim: number): ReportingClause | null {
  const k = skipLeads(v, from, lim);
  const subj = subjectAt(v, k, lim);
  if (!subj) return null;
  let j = subj.next;
  while (j < lim && BETWEEN.has(lower(v, j))) j++;
  // "He went on to say thousands of deaths could be prevented."
  if (j + 3 < lim && lower(v, j) === 'went' && lower(v, j + 1) === 'on' && lower(v, j + 2) === 'to') j += 3;
  if (j >= lim) return null;
  const verb = lower(v, j);
  if (!SAY_VERBS.has(verb) || (DATA_VERBS.has(verb) && !subj.data)) return null;
  let until = j + 1;
  while (until < lim && !STOPS.has(v.tokens[until].text)) until++;
  for (let x = j + 1; x < until && x <= j + 4; x++) {
    if (lower(v, x) === 'to' && (DIRECTIVE.has(verb) || x === j + 1)) {
      until = x;
      break;
    }
    if (lower(v, x) === 'that') break;
  }
  return { subject: subj.range, verb: j, until };
}

/** "According to X, ...": the source's range when the sentence opens so and the figure follows its comma. */
export function accordingOpener(v: SentenceTokens, from: number, first: number): Range | null {
  // The figure's clause opens the sentence or follows a semicolon ("...; according to investigators, one was ...").
  let k = from;
  for (let x = first - 1; x > from; x--) {
    if (v.tokens[x].text === ';') {
      k = x + 1;
      break;
    }
  }
  while (k < first && LEADS.has(lower(v, k))) k++;
  if (k + 2 >= first || lower(v, k) !== 'according' || lower(v, k + 1) !== 'to') return null;
  for (let j = k + 2; j < first && j < k + 16; j++) {
    const w = v.tokens[j].text;
    // "According to a March 14, 2019 NATO press release,": a comma inside a date is not the opener's end.
    if (w === ',' && v.isTime({ start: v.tokens[j - 1].start, end: v.tokens[Math.min(j + 1, first - 1)].end })) continue;
    if (w === ',') {
      // The figure in the clause the opener governs: no semicolon, dash or colon before it.
      for (let x = j + 1; x < first; x++) if (STOPS.has(v.tokens[x].text)) return null;
      return j > k + 2 ? { start: v.tokens[k + 2].start, end: v.tokens[j - 1].end } : null;
    }
    if (STOPS.has(w) || w === '.' || /^["“”]$/.test(w)) return null;
  }
  return null;
}

/**
 * The source of a quotation with none: the subject of a clause of saying that ends in a colon right
 * before it ("Sanders made the following comment:"), or a name right after or before its cue
 * ("..., said 9/11 widow Terry Strada"). `sentenceOf` gives the token range of a token's sentence.
 */
export function quotationSource(v: SentenceTokens, content: Range, cue: Range | null, sentenceOf: (token: number) => [number, number]): Range | null {
  if (cue) {
    // Only a verb of saying has its source next to it ("was observed limiting purchases of Andres toilet paper" has none).
    const verb = v.text.slice(cue.start, cue.end).toLowerCase().split(/\s+/)[0];
    return SAY_VERBS.has(verb) && !DATA_VERBS.has(verb) ? nameNextTo(v, cue, cue.start >= content.end) : null;
  }
  const k = tokenAt(v, content.start, 0, v.tokens.length) - 1;
  if (k < 0 || v.tokens[k].text !== ':') return null;
  const [from] = sentenceOf(k);
  const subj = subjectAt(v, skipLeads(v, from, k), k);
  if (!subj) return null;
  let j = subj.next;
  while (j < k && BETWEEN.has(lower(v, j))) j++;
  if (j >= k) return null;
  if (SAY_VERBS.has(lower(v, j)) && !DATA_VERBS.has(lower(v, j))) return subj.range;
  // "made the following comment:", "issued the following statement:".
  return /\bthe following\b/i.test(v.text.slice(v.tokens[j].start, v.tokens[k].start)) ? subj.range : null;
}

/**
 * A person or organisation name right after a cue that follows the quotation ("said Terry Strada",
 * "said 9/11 widow Terry Strada"), or a name or pronoun ending right before the cue.
 */
function nameNextTo(v: SentenceTokens, cue: Range, cueAfterContent: boolean): Range | null {
  const after = cueAfterContent ? v.text.slice(cue.end, cue.end + 40) : '';
  const i = firstStartingAtOrAfter(v.mentions, cue.end);
  for (let x = i; after && x < v.mentions.length && v.mentions[x].start < cue.end + 40; x++) {
    const m = v.mentions[x];
    if (m.form !== 'name' || (m.type !== 'PERSON' && m.type !== 'ORG')) continue;
    // At most a short title between ("9/11 widow", "spokesman"): no clause break, three words at most.
    const gap = after.slice(0, m.start - cue.end);
    const words = gap.trim().split(/\s+/).filter(Boolean);
    // Not a preposition or article before it: "said in an interview with CNN", "said to the BBC" name an outlet, not the speaker.
    if (/[,.;:!?"“”]/.test(gap) || words.length > 3 || words.some((w) => TITLE_STOPS.has(w.toLowerCase()))) break;
    return { start: m.start, end: m.end };
  }
  const j = firstStartingAtOrAfter(v.mentions, cue.start) - 1;
  if (j >= 0) {
    const m = v.mentions[j];
    if ((m.form === 'name' || m.form === 'pronoun') && SOURCE_TYPES.has(m.type) && /^\s*$/.test(v.text.slice(m.end, cue.start))) return { start: m.start, end: m.end };
  }
  return null;
}
