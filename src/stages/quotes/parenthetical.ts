/**
 * Wire-style attributions the span tagger reads short: a source and cue set off by commas, with the
 * content before them, after them or on both sides.
 * - "The death toll, officials said, has risen to 24." — the clause runs on after ", officials said,";
 *   the tagger keeps only "The death toll".
 * - "The toll rose to 30, the ministry said on Tuesday." — a time or "in a statement" after a
 *   sentence-final cue leaves the tagger with the source and no content at all.
 * Both return window-relative token runs [a, b) of content to add to the cue's own runs.
 */
import type { Token } from '../../core/layers.js';
import type { Window } from './windows.js';
import { isCapitalised, isTrailingPunct, isWordToken } from './words.js';

/** Words that open an adjunct of the cue rather than the rest of the reported clause ("said, citing …", "said, in a statement"). */
const ADJUNCT_OPENERS = new Set(('in on at with for from by to according citing adding saying noting after before while as when ' +
  'although though because since but and or so who which whose where that this these those it').split(' '));
/** Words a sentence-final cue may take after it: a time, "in a statement", "on its website", "Sunday". */
const CUE_TAIL_WORDS = new Set(('on in at during late early last this next earlier later a an the its his her their statement statements ' +
  'interview interviews news conference briefing release website tweet post posted email emailed letter speech told reporters ' +
  'monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night week month year today yesterday tonight').split(' '));

const MAX_CUE_TAIL = 8;
const OPENING_PREPOSITIONS = new Set('in on at during after before since for with from by as while when like unlike despite amid among following'.split(' '));
const lower = (tokens: Token[], w: Window, k: number) => tokens[w.t0 + k].text.toLowerCase();
const isSentenceEnd = (t: string) => t === '.' || t === '?' || t === '!' || t === ';';

/** First window token of the sentence holding window token k. */
function sentenceStart(tokens: Token[], w: Window, k: number): number {
  let s = k;
  while (s > 0 && !isSentenceEnd(tokens[w.t0 + s - 1].text)) s--;
  return s;
}

/** End (exclusive) of the sentence holding window token k, before its final punctuation. */
function sentenceEnd(tokens: Token[], w: Window, k: number): number {
  const n = w.t1 - w.t0;
  let e = k;
  while (e < n && !isSentenceEnd(tokens[w.t0 + e].text)) e++;
  return e;
}

/** Whether [a, b) holds a quotation mark's token, i.e. belongs to a quotation (the rules handle those). */
function quoted(w: Window, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (w.quoteOf[k] >= 0) return true;
  return false;
}

function words(tokens: Token[], w: Window, a: number, b: number): number {
  let n = 0;
  for (let k = a; k < b; k++) if (isWordToken(tokens[w.t0 + k].text)) n++;
  return n;
}

/**
 * Extra content for a cue whose source [sa, sb) stands between commas before it: "A, X said, B." gives B
 * when the tagger's content ends at the comma before X; "A, X said (on Tuesday)." gives A when the tagger
 * gave no content. cueEnd is the token after the cue; runs are the tagger's content runs.
 */
export function parentheticalRuns(tokens: Token[], w: Window, cueEnd: number, sa: number, sb: number, runs: Array<[number, number]>): Array<[number, number]> {
  if (sa < 2 || tokens[w.t0 + sa - 1].text !== ',' || quoted(w, sa, cueEnd)) return [];
  if (runs.some(([a, b]) => a < cueEnd + MAX_CUE_TAIL && b > cueEnd)) return [];
  const n = w.t1 - w.t0;
  const start = sentenceStart(tokens, w, sa - 1);
  if (start >= sa - 1 || quoted(w, start, sa - 1)) return [];
  // The source must be the comma's whole phrase up to the cue: no clause of its own between.
  if (sb > cueEnd) return [];
  const leftRun = runs.find(([a, b]) => b <= sa - 1 && b >= sa - 2 && a >= start);
  if (cueEnd < n && tokens[w.t0 + cueEnd].text === ',' && leftRun) {
    // "The death toll, officials said, has risen to 24": the clause runs on after the second comma.
    const a = cueEnd + 1;
    if (a >= n || !isWordToken(tokens[w.t0 + a].text) || isCapitalised(tokens[w.t0 + a].text)) return [];
    const first = lower(tokens, w, a);
    if (ADJUNCT_OPENERS.has(first) || first.endsWith('ing')) return [];
    const e = sentenceEnd(tokens, w, a);
    if (quoted(w, a, e) || words(tokens, w, a, e) < 2) return [];
    return [[a, e]];
  }
  if (runs.length) return [];
  // "The toll rose to 30, the ministry said on Tuesday.": nothing but a time or a setting after the cue.
  const e = sentenceEnd(tokens, w, cueEnd);
  if (e - cueEnd > MAX_CUE_TAIL) return [];
  for (let k = cueEnd; k < e; k++) {
    const t = tokens[w.t0 + k].text;
    if (t === ':' || (!CUE_TAIL_WORDS.has(t.toLowerCase()) && !isTrailingPunct(t))) return [];
  }
  // "In a speech last July, he said": an opening adverbial is no clause of its own.
  if (words(tokens, w, start, sa - 1) < 3) return [];
  if (OPENING_PREPOSITIONS.has(lower(tokens, w, start)) && !/^(?:least|most)$/.test(lower(tokens, w, start + 1))) return [];
  return [[start, sa - 1]];
}
