/**
 * Figures measured by a poll or survey: "In a new Fox News poll, 45 percent back …", "Cruz had 38
 * percent support in a Fox poll", "according to its polling". The poll claims them (PolNeAR
 * annotates such phrases as attributions with the cue "in"); the quotes stage finds only the sentence-opening
 * kind (quotes/polls.ts), and only when no other attribution covers the clause.
 */
import type { Claimant, Entity, Mention } from '../../core/layers.js';
import type { TokenView } from './read.js';
import { POLL_HEADS } from '../quotes/polls.js';

const OPENERS = new Set(['in', 'according']);
const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'this', 'that', 'one', 'another', 'each', 'latest', 'new']);
/** Clause and quotation breaks: the poll phrase and the figure share one clause. */
const STOPS = new Set([',', ';', ':', '.', '!', '?', '"', '“', '”', '(', ')']);
const MAX_PHRASE = 12;

const lower = (v: TokenView, k: number) => v.tokens[k].text.toLowerCase();

/** The poll phrase claiming the figure at tokens [first, after) of the sentence [from, lim), or null. */
export function pollClaimant(v: TokenView, first: number, after: number, from: number, lim: number,
  names: readonly Mention[], entities: ReadonlyMap<string, Entity>): Claimant | null {
  const before = pollBefore(v, first, from);
  const phrase = before ?? pollSubject(v, first, from) ?? pollAfter(v, after, lim);
  if (!phrase) return null;
  const [a, b] = phrase;
  const start = v.tokens[a].start;
  const end = v.tokens[b - 1].end;
  // The pollster, when the phrase names one ("a Fox News poll", "a poll by Gallup").
  const m = names.find((n) => n.start >= start && n.end <= end && (n.type === 'ORG' || n.type === 'PERSON'));
  const e = m ? entities.get(m.entity) : undefined;
  return { kind: 'speaker', name: e?.name ?? v.text.slice(start, end), entity: m?.entity ?? null, quote: null };
}

/** "In the new Morning Consult poll, conducted March 11-13, 40 percent …": the phrase opens the sentence. */
function pollBefore(v: TokenView, first: number, from: number): [number, number] | null {
  let k = from;
  while (k < first && (lower(v, k) === 'but' || lower(v, k) === 'and')) k++;
  if (k >= first || !OPENERS.has(lower(v, k))) return null;
  const open = lower(v, k) === 'according' ? k + 2 : k + 1;
  if (lower(v, k) === 'according' && (k + 1 >= first || lower(v, k + 1) !== 'to')) return null;
  for (let j = open; j < first && j < open + MAX_PHRASE; j++) {
    const w = lower(v, j);
    if (STOPS.has(w)) return null;
    if (POLL_HEADS.has(w)) return DETERMINERS.has(lower(v, open)) || /^\p{Lu}/u.test(v.tokens[open].text) ? [open, j + 1] : null;
  }
  return null;
}

/** Verbs a poll that is the subject states its figures with. */
const POLL_VERBS = new Set(['put', 'puts', 'showed', 'shows', 'found', 'finds', 'gave', 'gives', 'placed', 'places', 'had', 'has']);
/** Where the subject's verb may stand at the latest, from the sentence start. */
const MAX_SUBJECT = 16;

/**
 * "A survey released on Tuesday by the Ipsos polling firm put the ruling party at 34 percent, two points ahead …": a poll
 * that opens the sentence as the subject of the verb before the figure, within one clause (commas allowed after the verb).
 */
function pollSubject(v: TokenView, first: number, from: number): [number, number] | null {
  let k = from;
  while (k < first && (lower(v, k) === 'but' || lower(v, k) === 'and')) k++;
  if (k >= first) return null;
  // "Exit polls commissioned by … had put", "Opinion surveys show": a bare plural poll noun opens the subject too.
  const bare = !DETERMINERS.has(lower(v, k)) && (POLL_HEADS.has(lower(v, k)) || (k + 1 < first && POLL_HEADS.has(lower(v, k + 1))));
  if (!bare && !DETERMINERS.has(lower(v, k))) return null;
  let head = -1;
  for (let j = bare ? k : k + 1; j < first && j < k + MAX_SUBJECT; j++) {
    const w = lower(v, j);
    if (STOPS.has(w) && w !== ',') return null;
    if (head < 0 && POLL_HEADS.has(w)) head = j;
    if (head >= 0 && POLL_VERBS.has(w)) {
      for (let x = j + 1; x < first; x++) if (STOPS.has(lower(v, x)) && lower(v, x) !== ',') return null;
      return [k, j];
    }
  }
  return null;
}

/** "Cruz had 38 percent support in a Fox poll": the phrase follows the figure in its clause. */
function pollAfter(v: TokenView, after: number, lim: number): [number, number] | null {
  for (let k = after; k < lim && k < after + 6; k++) {
    const w = lower(v, k);
    if (STOPS.has(w)) return null;
    if (w !== 'in' && w !== 'according') continue;
    const open = w === 'according' ? k + 2 : k + 1;
    if (w === 'according' && (k + 1 >= lim || lower(v, k + 1) !== 'to')) return null;
    if (open >= lim || !DETERMINERS.has(lower(v, open))) return null;
    for (let j = open + 1; j < lim && j < open + MAX_PHRASE; j++) {
      const x = lower(v, j);
      if (STOPS.has(x)) return null;
      if (POLL_HEADS.has(x)) return [open, j + 1];
    }
    return null;
  }
  return null;
}
