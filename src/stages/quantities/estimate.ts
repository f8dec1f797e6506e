/**
 * Estimates stated without a verb of saying: "Officials put the death toll at 35", "Hare placed
 * the value of the artwork in the range of five to six million dollars". The subject of the
 * estimate verb claims the figure; the quotes stage sees no attribution there.
 */
import type { Claimant, Entity, Mention } from '../../core/layers.js';
import type { TokenView } from './read.js';
import { SOURCE_NOUNS as REPORTED_SOURCE_NOUNS } from './reported.js';
// The wire dateline, as the quotes stage reads it.
import { pastDateline } from '../quotes/parenthetical.js';

const ESTIMATE_VERBS = new Set(['put', 'puts', 'putting', 'placed', 'places', 'placing', 'pegged', 'pegs', 'pegging', 'pinned', 'pins',
  'estimated', 'estimates', 'estimating', 'set', 'sets', 'gave', 'gives']);
/** Verbs that take the figure straight after "at". */
/** Verbs that set an estimate at a figure ("put the toll at", "estimated at"). */
export const AT_VERBS = new Set(['estimated', 'estimates', 'estimate', 'put', 'puts', 'placed', 'places', 'pegged', 'pegs', 'estimating']);
const MEASURE_NOUNS = new Set(['toll', 'number', 'figure', 'value', 'cost', 'costs', 'total', 'count', 'tally', 'damage', 'damages',
  'estimate', 'price', 'losses', 'bill', 'turnout', 'worth', 'casualties', 'size']);
/** Words allowed between the verb and its measure noun ("put the death toll", "placed the total value"). */
const NOUN_MODIFIERS = new Set(['the', 'a', 'its', 'their', 'his', 'her', 'death', 'total', 'overall', 'final', 'official', 'estimated', 'likely', 'casualty', 'market', 'insured']);
/** Subjects with nobody behind them. */
const NO_SOURCE = new Set(['it', 'this', 'that', 'which', 'there']);
/** Common-noun subjects that name a source ("Officials put ...", "The health ministry put ..."): reported.ts's, and estimates. */
const SOURCE_NOUNS = new Set([...REPORTED_SOURCE_NOUNS, 'estimates']);

const lower = (v: TokenView, k: number) => v.tokens[k].text.toLowerCase();
const BREAKS = new Set([';', ':', '.', '!', '?', '"', '“', '”']);

/**
 * The claimant of a figure whose expression starts at token `first` in the sentence [from, lim),
 * when an estimate verb governs it; null otherwise.
 */
export function estimateClaimant(v: TokenView, first: number, from: number, names: readonly Mention[], entities: ReadonlyMap<string, Entity>): Claimant | null {
  // "what organizers estimated at 1.7 million": the verb right before "at".
  if (first - 2 > from && lower(v, first - 1) === 'at' && AT_VERBS.has(lower(v, first - 2))) return subjectOf(v, first - 2, from, names, entities);
  // "The protesters, estimated by organisers at 5,000, …": the agent after "by" claims it.
  if (first - 1 > from && lower(v, first - 1) === 'at') {
    const agent = passiveAgent(v, first - 1, from);
    if (agent) return agent;
  }
  // The measure noun: within 8 tokens before the figure, no clause break between.
  let noun = -1;
  for (let k = first - 1; k >= from && k >= first - 8; k--) {
    const w = lower(v, k);
    if (BREAKS.has(w) || w === ',') return null;
    if (MEASURE_NOUNS.has(w)) {
      noun = k;
      break;
    }
  }
  if (noun < 0) return null;
  // The verb: right before the noun phrase ("put the death toll").
  let verb = -1;
  for (let k = noun - 1; k >= from && k >= noun - 4; k--) {
    const w = lower(v, k);
    if (ESTIMATE_VERBS.has(w)) {
      verb = k;
      break;
    }
    if (!NOUN_MODIFIERS.has(w)) return null;
  }
  if (verb <= from) return null;
  // "estimated" as an adjective ("the estimated cost") is no verb: it needs a subject before it.
  const before = lower(v, verb - 1);
  if (before === 'the' || before === 'an' || before === 'a') return null;
  return subjectOf(v, verb, from, names, entities);
}

/** The clause's subject: a name that opens the sentence (an appositive may follow it), or a source noun. */
function subjectOf(v: TokenView, verb: number, from: number, names: readonly Mention[], entities: ReadonlyMap<string, Entity>): Claimant | null {
  const verbStart = v.tokens[verb].start;
  // "EL FASHER, Sudan, June 14 - …": the dateline's place opens no clause.
  const start = pastDateline(v.text, v.tokens[from].start, verbStart);
  // "…, while the RSF put the toll at fewer than 30": a name right before the verb is its subject, whatever opens the sentence.
  for (const m of names) {
    if (m.start >= verbStart) break;
    if (m.start < start || m.end > verbStart) continue;
    if (v.text.slice(m.end, verbStart).trim() !== '') continue;
    // "The governor of Kharkiv put the toll at 29": a place after the head noun says whose governor, it does not estimate
    // ("Figures from the UN put …" do: an organisation's).
    if ((m.type === 'GPE' || m.type === 'LOC') && /\b(?:of|in|from)\s+(?:the\s+)?$/i.test(v.text.slice(Math.max(start, m.start - 10), m.start))) continue;
    if (m.type !== 'PERSON' && m.type !== 'ORG' && m.type !== 'GPE' && m.type !== 'NORP') break;
    const e = entities.get(m.entity);
    return { kind: 'speaker', name: e?.name ?? m.text, entity: m.entity, quote: null };
  }
  for (const m of names) {
    if (m.start < start) continue;
    if (m.start >= verbStart) break;
    // The name opens the sentence (after "The", "Meanwhile,"): "Dominic Hare, chief executive of the palace, placed ...".
    const lead = v.text.slice(start, m.start).trim();
    if (lead !== '' && !/^(?:the|meanwhile,?|however,?|separately,?)$/i.test(lead)) break;
    if (m.type !== 'PERSON' && m.type !== 'ORG' && m.type !== 'GPE' && m.type !== 'NORP') return null;
    const e = entities.get(m.entity);
    return { kind: 'speaker', name: e?.name ?? m.text, entity: m.entity, quote: null };
  }
  // "Officials put the toll at 35", "Local authorities estimated the damage at ...".
  let opener = from;
  while (opener < verb && v.tokens[opener].start < start) opener++;
  for (let k = verb - 1; k >= opener && k >= verb - 3; k--) {
    const w = lower(v, k);
    if (NO_SOURCE.has(w)) return null;
    // "Local authorities": keep the noun's modifiers when the subject opens the sentence (after any dateline).
    const first = k - opener <= 2 ? opener : k;
    if (SOURCE_NOUNS.has(w)) return { kind: 'speaker', name: v.text.slice(v.tokens[first].start, v.tokens[k].end), entity: null, quote: null };
  }
  return null;
}

/** Longest agent phrase between "estimated by" and "at". */
const MAX_AGENT = 5;

/** "estimated by organisers | at": the agent's words, when an estimate verb and "by" stand before them. */
function passiveAgent(v: TokenView, at: number, from: number): Claimant | null {
  for (let by = at - 1; by > from && by >= at - 1 - MAX_AGENT; by--) {
    const w = lower(v, by);
    if (w === ',' || BREAKS.has(w)) return null;
    if (w !== 'by') continue;
    if (by - 1 < from || !AT_VERBS.has(lower(v, by - 1)) || by + 1 >= at) return null;
    return { kind: 'speaker', name: v.text.slice(v.tokens[by + 1].start, v.tokens[at - 1].end), entity: null, quote: null };
  }
  return null;
}
