/**
 * Figures a poll measured: "In an NBC News/Wall Street Journal poll released Monday, 50 percent of
 * respondents chose Clinton". PolNeAR annotates the opening phrase as an attribution (cue "In", source
 * the poll, content the rest of the sentence); no reporting verb is there for the model to find.
 */
import type { Token } from '../../core/layers.js';
import type { Draft } from './attribute.js';
import type { Window } from './windows.js';

/** Head words of a poll phrase; the quantities stage's poll claimants (quantities/poll.ts) read them too. */
export const POLL_HEADS = new Set(['poll', 'polls', 'polling', 'survey', 'surveys', 'census', 'exit-poll']);
const LEADS = new Set(['but', 'and', 'meanwhile']);
/** Longest poll phrase between "In" and its comma. */
const MAX_PHRASE = 14;
const SENTENCE_END = /^[.?!]$/;

export function pollDrafts(tokens: Token[], w: Window): Draft[] {
  const out: Draft[] = [];
  let k = w.t0;
  while (k < w.t1 && (LEADS.has(tokens[k].text.toLowerCase()) || tokens[k].text === ',')) k++;
  if (k >= w.t1 || tokens[k].text.toLowerCase() !== 'in' || w.quoteOf[k - w.t0] >= 0) return out;
  let poll = false;
  let comma = -1;
  for (let j = k + 1; j < w.t1 && j <= k + MAX_PHRASE; j++) {
    const t = tokens[j].text;
    if (POLL_HEADS.has(t.toLowerCase())) poll = true;
    if (t === ',') {
      comma = j;
      break;
    }
    if (SENTENCE_END.test(t) || t === ';' || w.quoteOf[j - w.t0] >= 0) return out;
  }
  if (!poll || comma < 0) return out;
  let end = comma + 1;
  while (end < w.t1 && !SENTENCE_END.test(tokens[end].text) && tokens[end].text !== ';') end++;
  if (end - comma < 4) return out;
  out.push({
    kind: 'indirect',
    content: { start: tokens[comma + 1].start, end: tokens[end - 1].end },
    cue: { start: tokens[k].start, end: tokens[k].end },
    source: { start: tokens[k + 1].start, end: tokens[comma - 1].end },
    continued: false,
    paragraph: w.paragraph,
  });
  return out;
}
