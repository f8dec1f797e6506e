/**
 * Per-document indices the event rules share, built once in linear time so every later lookup
 * is O(1) or a binary search: lower-cased tokens, which mention starts or ends at which token,
 * and the upstream layers sorted by offset.
 */
import type { Doc } from '../../core/doc.js';
import { need, textOf } from '../../core/doc.js';
import type { Mention, Quantity, Sentence, Timex, Token } from '../../core/layers.js';
import { firstStartingAtOrAfter } from '../../core/span.js';

export interface Ctx {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  /** Lower-cased token texts, with curly apostrophes kept (the tokenizer splits "n’t", "’s"). */
  lower: string[];
  mentions: readonly Mention[];
  /** Index of the longest mention that starts at token i, or -1. */
  mentionStartingAt: Int32Array;
  /** Index of the longest mention that ends at token i (inclusive), or -1. */
  mentionEndingAt: Int32Array;
  /** Index of a non-EVENT mention covering token i, or -1 (a trigger inside a name is no event). */
  insideName: Int32Array;
  times: Timex[];
  quantities: Quantity[];
  /** The sex a kin or role noun before a name gives its entity ("his daughter Nettie Baker"), when only one is given. */
  sexOf: ReadonlyMap<string, 'm' | 'f'>;
  /** Source phrases of the quotes layer with their cues ("the Palestinian health ministry" | "said"), by start. */
  sources: ReadonlyArray<{ start: number; end: number; cueStart: number; cueEnd: number }>;
}

export const FEMALE_BEFORE_NAME: ReadonlySet<string> = new Set(('daughter wife mother sister widow girlfriend grandmother granddaughter niece aunt actress ' +
  'mrs mrs. ms ms. miss madam lady queen princess duchess spokeswoman chairwoman congresswoman businesswoman sportswoman').split(' '));
export const MALE_BEFORE_NAME: ReadonlySet<string> = new Set(('son husband father brother widower boyfriend grandfather grandson nephew uncle actor ' +
  'mr mr. sir king prince duke spokesman chairman congressman businessman sportsman').split(' '));

/**
 * Sex of entities from the word right before their full-name mentions ("his daughter Nettie Baker"): the person
 * the entity's name stands for; a surname alone ("Mr. Baker") may be a namesake merged into it. An entity given both is left out.
 */
function sexesOf(mentions: readonly Mention[], lower: string[], mentionStartTokens: Int32Array): Map<string, 'm' | 'f'> {
  const out = new Map<string, 'm' | 'f'>();
  const mixed = new Set<string>();
  for (let m = 0; m < mentions.length; m++) {
    const a = mentionStartTokens[m];
    if (mentions[m].type !== 'PERSON' || mentions[m].form !== 'name' || a <= 0 || !/\s/.test(mentions[m].text)) continue;
    const w = lower[a - 1];
    const sex = FEMALE_BEFORE_NAME.has(w) ? 'f' : MALE_BEFORE_NAME.has(w) ? 'm' : null;
    if (!sex) continue;
    const id = mentions[m].entity;
    if (out.has(id) && out.get(id) !== sex) mixed.add(id);
    out.set(id, sex);
  }
  for (const id of mixed) out.delete(id);
  return out;
}

/** Lower case without allocating for the common all-lower ASCII token. */
function lowerOf(w: string): string {
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if ((c >= 65 && c <= 90) || c > 127) return w.toLowerCase();
  }
  return w;
}

/** Index of the last token whose end is <= offset, or -1. */
export function tokenEndingBy(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Half-open index range of items whose start lies in [from, to), items sorted by start. */
export function itemsStartingIn<T>(items: readonly T[], startOf: (t: T) => number, from: number, to: number): [number, number] {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (startOf(items[mid]) < from) lo = mid + 1;
    else hi = mid;
  }
  const first = lo;
  hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (startOf(items[mid]) < to) lo = mid + 1;
    else hi = mid;
  }
  return [first, lo];
}

export function buildCtx(doc: Doc): Ctx {
  const text = textOf(doc);
  const seg = need(doc, 'segment');
  const { tokens, sentences } = seg;
  const n = tokens.length;
  const lower = new Array<string>(n);
  for (let i = 0; i < n; i++) lower[i] = lowerOf(tokens[i].text);

  const ents = need(doc, 'entities');
  const mentions = [...ents.mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const mentionStartingAt = new Int32Array(n).fill(-1);
  const mentionEndingAt = new Int32Array(n).fill(-1);
  const insideName = new Int32Array(n).fill(-1);
  const startTokens = new Int32Array(mentions.length).fill(-1);
  for (let m = 0; m < mentions.length; m++) {
    const mn = mentions[m];
    if (!(mn.end > mn.start)) continue;
    const a = firstStartingAtOrAfter(tokens, mn.start);
    const b = tokenEndingBy(tokens, mn.end);
    if (a >= n || b < a) continue;
    startTokens[m] = a;
    if (mentionStartingAt[a] === -1 || mentions[mentionStartingAt[a]].end < mn.end) mentionStartingAt[a] = m;
    if (mentionEndingAt[b] === -1 || mentions[mentionEndingAt[b]].start > mn.start) mentionEndingAt[b] = m;
    // Marking covered tokens is linear overall unless mentions nest deeply; cap a mention's reach.
    if (mn.type !== 'EVENT' && mn.form !== 'nominal' && b - a < 12) for (let t = a; t <= b; t++) insideName[t] = m;
  }

  const byStart = <T extends { span: { start: number } }>(xs: readonly T[]): T[] =>
    [...xs].sort((a, b) => a.span.start - b.span.start);
  return {
    text,
    tokens,
    sentences,
    lower,
    mentions,
    mentionStartingAt,
    mentionEndingAt,
    insideName,
    times: byStart(need(doc, 'times')),
    quantities: byStart(need(doc, 'quantities')),
    sexOf: sexesOf(mentions, lower, startTokens),
    sources: need(doc, 'quotes')
      .flatMap((q) => (q.speaker?.mention && q.cue ? [{ start: q.speaker.mention.start, end: q.speaker.mention.end, cueStart: q.cue.start, cueEnd: q.cue.end }] : []))
      .sort((a, b) => a.start - b.start),
  };
}
