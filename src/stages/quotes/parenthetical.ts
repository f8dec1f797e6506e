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
import type { Range } from '../../core/span.js';
import { sentenceEnd, sentenceStart, type Window } from './windows.js';
import { countWords, isCapitalised, isTrailingPunct, isWordToken } from './words.js';
import { RULES } from './ablations.js';

/** Words that open an adjunct of the cue rather than the rest of the reported clause ("said, citing …", "said, in a statement"). */
const ADJUNCT_OPENERS = new Set(('in on at with for from by to according citing adding saying noting after before while as when ' +
  'although though because since but and or so who which whose where that this these those it').split(' '));
/** Words a sentence-final cue may take after it: a time, "in a statement", "on its website", "Sunday". */
const CUE_TAIL_WORDS = new Set(('on in at during late early last this next earlier later a an the its his her their statement statements ' +
  'interview interviews news conference briefing release website tweet post posted email emailed letter speech told reporters ' +
  'monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night week month year today yesterday tonight').split(' '));

const MAX_CUE_TAIL = 8;
/** Words opening an adverbial or a subordinate clause, not a statement ("In a speech last July, he said", "When asked, he said"). */
const OPENING_PREPOSITIONS = new Set(('in on at during after before since for with from by as while when like unlike despite amid among following ' +
  'if once although though because unless whether until').split(' '));
const lower = (tokens: Token[], w: Window, k: number) => tokens[w.t0 + k].text.toLowerCase();

/** Whether [a, b) holds a quotation mark's token, i.e. belongs to a quotation (the rules handle those). */
function quoted(w: Window, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (w.quoteOf[k] >= 0) return true;
  return false;
}


/** "…, officials said on Tuesday, as mediators pressed for a ceasefire": the outlet's narration after the cue, not what was said. */
const NARRATION = new Set(['as', 'while', 'amid', 'after', 'before', 'when', 'because', 'since', 'despite']);

/** "GAZA, March 5 (Reuters) - Israeli strikes …": past a wire dateline that opens the sentence, or `start`. */
function afterDateline(tokens: Token[], w: Window, start: number, lim: number): number {
  for (let k = start + 1; k < lim - 1 && k <= start + 14; k++) {
    if (tokens[w.t0 + k].text !== ')' || !/^[-–—]$/.test(tokens[w.t0 + k + 1].text)) continue;
    return k + 2;
  }
  return start;
}

/** "GAZA, March 5 (Reuters) - ", "KYIV (AP) — ", "SAN JOSE, Costa Rica, Aug. 11 -- ": a wire dateline in capitals. */
const DATELINE = /^\p{Lu}[\p{Lu} .'’-]+(?:,\s*[\p{L} .'’-]+?)?(?:,\s*\p{L}+\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*(?:\([^()]{1,40}\))?\s*(?:[-–—]{1,2}|:)\s+(?=\S)/u;

/** Where a content that opens with a wire dateline really starts (its own start when there is none). */
export function pastDateline(text: string, start: number, end: number): number {
  const m = DATELINE.exec(text.slice(start, Math.min(end, start + 120)));
  // The dateline needs a place in capitals and a date or an agency: "US - China talks" is no dateline.
  return m && /\d|\(/.test(m[0]) && start + m[0].length < end ? start + m[0].length : start;
}

/** "a figure that could not be independently verified", "a claim denied by …": an aside on the statement, not part of it. */
export const CLAIM_NOUNS: ReadonlySet<string> = new Set('figure figures claim claims number toll estimate account assertion allegation allegations charge statement report version tally count'.split(' '));
const ASIDE_DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that']);

/** Whether window token a opens an aside on the statement: "a figure that …", or with `which`, "which could not be verified". */
export function claimAside(tokens: Token[], w: Window, a: number, which = true): boolean {
  const n = w.t1 - w.t0;
  if (a >= n) return false;
  const first = lower(tokens, w, a);
  if (first === 'which') return which;
  return ASIDE_DETERMINERS.has(first) && a + 1 < n && CLAIM_NOUNS.has(lower(tokens, w, a + 1));
}

/**
 * The content runs of a cue whose source [sa, sb) stands between commas before it, given the tagger's
 * runs: "A, X said, B." adds B when the tagger's content ends at the comma before X; "A, X said (on
 * Tuesday)(, a figure that …)." gives A when the tagger gave no content or only the aside. cueEnd is
 * the token after the cue.
 */
function parentheticalRuns(tokens: Token[], w: Window, cueEnd: number, sa: number, sb: number, runs: Array<[number, number]>): Array<[number, number]> {
  if (sa < 2 || tokens[w.t0 + sa - 1].text !== ',' || quoted(w, sa, cueEnd) || sb > cueEnd) return runs;
  const n = w.t1 - w.t0;
  const start = afterDateline(tokens, w, sentenceStart(tokens, w, sa - 1), sa - 1);
  if (start >= sa - 1 || quoted(w, start, sa - 1)) return runs;
  const end = sentenceEnd(tokens, w, cueEnd);
  // What follows the cue up to a comma: a time or a setting ("on Tuesday", "in a statement").
  let c = cueEnd;
  while (c < end && c - cueEnd <= MAX_CUE_TAIL && tokens[w.t0 + c].text !== ',' && CUE_TAIL_WORDS.has(lower(tokens, w, c))) c++;
  if (c - cueEnd > MAX_CUE_TAIL || (c < end && tokens[w.t0 + c].text !== ',')) return runs;
  const aside = c < end && claimAside(tokens, w, c + 1);
  const narration = c < end && NARRATION.has(lower(tokens, w, c + 1));
  // (The narration is the outlet's: "…, aid agencies said on Wednesday, as fighting intensified".)
  // The tagger's runs of this cue in that aside are not what was said.
  // (A quotation there is still the speaker's: "…, he said, while others “didn't want to help us”".)
  const kept = aside || narration ? runs.filter(([a, b]) => a <= c || (narration && quoted(w, a, b))) : runs;
  // "…, officials said, raising the toll from 27": a participle after the cue's comma is the speakers' too, and leaves the
  // clause before the source to be read whole.
  // (Not for a relative "…, which Trump denied": what it stands for may hold an attribution of its own.)
  const relative = /^(?:which|who|whom|that)$/.test(lower(tokens, w, sa));
  const participle = c < end && c + 1 < n && /^\p{Ll}+ing$/u.test(tokens[w.t0 + c + 1].text) && !aside && !narration && !relative;
  const tail = participle ? kept.filter(([a]) => a > c) : [];
  if (kept.some(([a, b]) => a < end && b > cueEnd && !(participle && a > c))) return kept;
  const leftRun = kept.find(([a, b]) => b <= sa - 1 && b >= sa - 2 && a >= start);
  if (c === cueEnd && c < end && leftRun && !aside && !participle) {
    // "The death toll, officials said, has risen to 24": the clause runs on after the second comma.
    const a = cueEnd + 1;
    if (a >= n || !isWordToken(tokens[w.t0 + a].text) || isCapitalised(tokens[w.t0 + a].text)) return kept;
    const first = lower(tokens, w, a);
    if (ADJUNCT_OPENERS.has(first) || first.endsWith('ing')) return kept;
    if (quoted(w, a, end) || countWords(tokens, w.t0 + a, w.t0 + end) < 2) return kept;
    return [...kept, [a, end]];
  }
  if (c < end && !aside && !narration && !participle) return kept;
  // "The toll rose to 30, the ministry said on Tuesday.": the clause before the source is the content; when the
  // tagger read only part of it ("Between 120,000 and 150,000 people | have fled the city, aid agencies said"), all of it.
  const left = kept.filter(([a]) => a < cueEnd);
  if (relative) return kept;
  const whole = RULES.wholeClause && left.every(([a, b]) => a >= start && b <= sa - 1);
  if (left.length && !whole) return kept;
  if (countWords(tokens, w.t0 + start, w.t0 + sa - 1) < 3) return kept;
  // "In a speech last July, he said": an opening adverbial is no clause of its own.
  const s0 = /^(?:and|but|so|yet)$/.test(lower(tokens, w, start)) ? start + 1 : start;
  if (OPENING_PREPOSITIONS.has(lower(tokens, w, s0)) && !/^(?:least|most)$/.test(lower(tokens, w, s0 + 1))) return kept;
  return [[start, sa - 1], ...tail];
}

const SOURCE_OPENERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'one', 'two', 'three', 'several', 'some']);
const MAX_SOURCE_HEAD = 4;

/**
 * "Air strikes killed 45 people, the Hamas-run | health ministry said", "Nine people were killed, Iran's state news |
 * agency IRNA reported": a left content run that ends where
 * the source starts, with a comma and a determiner shortly before, gave the source's first words to the
 * content. Returns the token where the source starts (and the run ends) instead, or -1.
 */
function sourceStartInRun(tokens: Token[], w: Window, sa: number, runs: ReadonlyArray<[number, number]>): number {
  const run = runs.find(([, b]) => b === sa);
  if (!run) return -1;
  for (let k = sa - 1; k > run[0] + 1 && k >= sa - MAX_SOURCE_HEAD; k--) {
    if (tokens[w.t0 + k - 1].text !== ',') continue;
    // "the …", "its …", or an owner's name: "Iran's state news agency IRNA".
    const opens = SOURCE_OPENERS.has(lower(tokens, w, k)) || (isCapitalised(tokens[w.t0 + k].text) && k + 1 < sa && /^['’]s$/.test(tokens[w.t0 + k + 1].text));
    return opens && !quoted(w, k, sa) ? k : -1;
  }
  return -1;
}

/** A cue's source (as text and as window tokens [a, b)) and its content runs. */
export interface SourcedRuns {
  source: Range;
  sourceRun: [number, number];
  runs: Array<[number, number]>;
}

/**
 * The tagger's reading of a cue whose source stands after a comma, reshaped: "…, a claim the army denies" (the army
 * denies the claim), "…, the Hamas-run | health ministry said" (the source starts at its determiner), "A, officials
 * said, B" and "A, the ministry said on Tuesday" (content around the cue). h0 is the cue's first token, cueEnd the
 * token after it.
 */
export function aroundCommas(tokens: Token[], w: Window, h0: number, cueEnd: number, r: SourcedRuns): SourcedRuns {
  let { source, sourceRun, runs } = r;
  // Only a source the tagger found before the cue, as it found it.
  if (sourceRun[1] > h0 || source.start !== tokens[w.t0 + sourceRun[0]].start) return r;
  if (sourceRun[1] - sourceRun[0] > 2 && sourceRun[0] > 0 && tokens[w.t0 + sourceRun[0] - 1].text === ',' && claimAside(tokens, w, sourceRun[0], false)) {
    runs = [[sourceRun[0], sourceRun[0] + 2]];
    sourceRun = [sourceRun[0] + 2, sourceRun[1]];
    source = { start: tokens[w.t0 + sourceRun[0]].start, end: source.end };
  }
  const k = sourceStartInRun(tokens, w, sourceRun[0], runs);
  if (k >= 0) {
    const at = sourceRun[0];
    runs = runs.map(([a, b]): [number, number] => (b === at ? [a, k - 1] : [a, b]));
    sourceRun = [k, sourceRun[1]];
    source = { start: tokens[w.t0 + k].start, end: source.end };
  }
  runs = parentheticalRuns(tokens, w, cueEnd, sourceRun[0], sourceRun[1], runs).sort((x, y) => x[0] - y[0]);
  return { source, sourceRun, runs };
}
