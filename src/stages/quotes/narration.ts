/**
 * Learned drafts that claim nothing, dropped after the nested rules (index.ts mergeDrafts): reported
 * speech on a rare cue word with nobody behind it ("was awarded the Order of the Sun", "nicknamed
 * Ginger"), and a question's inverted subject ("How does it | compare …?"). Sources that are only a
 * function word the tagger left ("to | discuss", "there | seems") name no one; an opening sentence adverb
 * ("Previously you") is not part of a source.
 */
import type { Draft } from './attribute.js';
import { cueLexicon } from './lexicon.js';
import { SENTENCE_ADVERBS, isLyAdverb } from './words.js';
import { IMPERSONAL } from './learned.js';

/** Below this cue rate in train, reported speech with no source is dropped (held-out folds: e2e +0.4 / +0.5, lenient +0.2 / +0.1). */
const SOURCELESS_MIN_P = 0.3;

/** "What do you | want to achieve", "How does it | compare", "So, is it safe to | conclude": a question's inverted subject. */
const ASKING = /^(?:do|does|did|can|could|will|would|should|is|are|was|were|has|have|had)\s+(?:you|we|it|they|he|she|i)\b/i;

/** Sources that are a function word: "to discuss", "your say", "there seems", "let's say", "was last known". */
const FUNCTION_WORD_SOURCE = /^(?:to|your|my|our|their|there|what|what we|let's|let us|getting|those|these|was \p{L}+)$/iu;


/** The source without what names no one: a function word alone, an opening adverb, the frame of "for X to". */
export function cleanedSource(text: string, d: Draft): Draft {
  if (!d.source) return d;
  const phrase = text.slice(d.source.start, d.source.end);
  if (FUNCTION_WORD_SOURCE.test(phrase)) return { ...d, source: null };
  // "It is too easy for people to | say": the infinitive's subject follows "for".
  const infinitive = /\bfor\s+(\S.*?)\s+to$/.exec(phrase);
  if (infinitive) return { ...d, source: { start: d.source.start + infinitive.index + infinitive[0].indexOf(infinitive[1]), end: d.source.start + infinitive.index + infinitive[0].indexOf(infinitive[1]) + infinitive[1].length } };
  // "Previously you had mentioned", "we surely | were expecting": sentence adverbs at either end are not the source's.
  const lead = /^(\p{L}+),?\s+(?=\S)/u.exec(phrase);
  const tail = /\s+(\p{L}+)$/u.exec(phrase);
  const start = lead && SENTENCE_ADVERBS.has(lead[1].toLowerCase()) ? lead[0].length : 0;
  const end = tail && tail.index >= start && isLyAdverb(tail[1]) ? tail.index : phrase.length;
  return start === 0 && end === phrase.length ? d : { ...d, source: { start: d.source.start + start, end: d.source.start + end } };
}

/** An interviewer's request: "Tell me about your most memorable tournament." */
const REQUEST = /^(?:Tell|Describe|Explain|Give|Share|Walk|Talk)$/;

/** Nouns and verbs a work's title follows: 'the film "…"', 'a book titled "…"'. */
const TITLE_BEFORE = /\b(?:film|movie|book|novel|song|album|single|show|series|play|documentary|opera|poem|painting|report|article|column|essay|titled|entitled|named|dubbed)\s*$/i;
const SMALL_WORDS = new Set('a an the of in on at to for and or but with by from as vs'.split(' '));

/** A short quotation in title case right after a title noun: a work's title. */
function isTitle(text: string, r: { start: number; end: number }): boolean {
  const inner = text.slice(r.start, r.end).replace(/^["“'‘]+|[”"'’.,!?]+$/g, '').trim();
  const words = inner.split(/\s+/);
  if (words.length === 0 || words.length > 8 || !TITLE_BEFORE.test(text.slice(Math.max(0, r.start - 20), r.start))) return false;
  return words.every((w, i) => /^[\p{Lu}\d]/u.test(w) || (i > 0 && SMALL_WORDS.has(w)));
}

const LONE_PRONOUN = /^(?:he|she|it|they|him|her|them|me|us|you|which|who|whom|that|this|these|those|nobody|everyone|everybody|someone)$/i;

/**
 * A lone pronoun is no statement a reader can use: "He | was nominated to the Court in 1975", "the Senate confirmed | him",
 * and as a fragment of a longer content ("which | Carroll said | was an extreme form of capitalism") it is shown apart from
 * the rest; the rest stays. (PolNeAR joins such fragments: held-out fold lenient −0.1 / −0.2, models/quotes/README.md.)
 */
export function lonePronoun(text: string, d: Draft): boolean {
  return d.kind === 'indirect' && !!d.cue && LONE_PRONOUN.test(text.slice(d.content.start, d.content.end));
}
const NO_COMMENT = /^(?:to\s+)?(?:a|an|the|our|several|repeated|multiple|\p{Ll}+'s)?\s*(?:emailed\s+|written\s+)?requests?\s+for\s+(?:comment|an interview)\b(?![^,;]*\b(?:by|with)\s+\p{L}+ing\b)[^,;]{0,40}$/iu;
const ANONYMITY = /^(?:not to be (?:named|identified|quoted)|anonymity\b.{0,60}$|to remain anonymous|to be identified|to be named)/i;

/** Verbs of both armed and verbal attack ("attacked the plan" / "attacked the town"). */
const FORCE_CUE = /^(?:attack(?:s|ed|ing)?|hit(?:s|ting)?|struck|strikes?|fired|fires?|firing|blasted|pounded)$/i;
/** What only arms attack: places, positions and forces. */
const TARGET_NOUNS = new Set(('town towns city cities village villages capital base bases position positions convoy convoys hospital hospitals ' +
  'school schools building buildings camp camps port ports airport airports airfield airbase border outpost outposts checkpoint checkpoints ' +
  'station stations area areas region regions district districts neighbourhood neighborhood neighbourhoods neighborhoods compound facility ' +
  'facilities ship ships vessel vessels tank tanks target targets troops forces soldiers fighters militants headquarters embassy ' +
  'home homes house houses market markets mosque church bridge bridges plant refinery depot depots infrastructure residents civilians').split(' '));

/** "Militants attacked | southern Israel": a force verb whose object is a place (the entities layer says which) is an armed act. */
export function attacksPlace(text: string, d: Draft, isPlace: (start: number, end: number) => boolean): boolean {
  if (d.kind !== 'indirect' || !d.cue || !FORCE_CUE.test(text.slice(d.cue.start, d.cue.end))) return false;
  const m = /^(?:(?:at|on)\s+)?(?:the\s+)?(?:(?:north|south|east|west|central)(?:ern)?\s+|(?:north|south)-?(?:east|west)(?:ern)?\s+)?/i.exec(text.slice(d.content.start, d.content.end))!;
  return isPlace(d.content.start + m[0].length, d.content.end);
}

/** "The Armenian armed forces attacked | the town", "fired at | a convoy": an armed act, not a verbal attack. */
function armedAct(text: string, d: Draft): boolean {
  if (d.kind !== 'indirect' || !d.cue || !FORCE_CUE.test(text.slice(d.cue.start, d.cue.end))) return false;
  const phrase = text.slice(d.content.start, d.content.end).replace(/[.,;:!?]+$/, '').replace(/^(?:at|on)\s+/i, '');
  if (phrase.split(/\s+/).length > 7) return false;
  // The head noun stands before its complement: "a convoy of trucks", "the decision to close two schools" (a decision,
  // attacked in words), "the plan for hospitals".
  const head = phrase.split(/\s+(?:of|to|for|as|over|with|against|in|on|at|near|after|before|because|that|which)\s+/i)[0].split(/\s+/);
  return TARGET_NOUNS.has(head[head.length - 1].toLowerCase());
}

export function claimsNothing(text: string, d: Draft): boolean {
  if (armedAct(text, d)) return true;
  // 'The film "Gone with the Wind" was shown': a title is a name, not a quotation.
  if (d.kind === 'direct' && isTitle(text, d.content)) return true;
  // "The army did not respond to | a request for comment": the outlet asked; nobody claimed anything.
  if (d.kind === 'indirect' && NO_COMMENT.test(text.slice(d.content.start, d.content.end))) return true;
  // "who asked not to be named", "requested anonymity", "declined to be identified": the terms of speaking, no claim.
  if (d.kind === 'indirect' && ANONYMITY.test(text.slice(d.content.start, d.content.end))) return true;
  // "…, you know, …", "I mean": a filler, not a report.
  if (d.cue && d.source && /^(?:you|I)$/i.test(text.slice(d.source.start, d.source.end)) && /^(?:know|mean|see)$/i.test(text.slice(d.cue.start, d.cue.end)) &&
    /^\s*,/.test(text.slice(d.cue.end, d.cue.end + 3))) return true;
  // "the population has declined 40%", "declined by 3 percent": a fall, not a refusal.
  if (d.cue && /^declin(?:e|es|ed|ing)$/i.test(text.slice(d.cue.start, d.cue.end)) && /^\s*(?:by\s+|to\s+)?(?:\d|about|almost|nearly|some|more|over|sharply|steadily|slightly)/i.test(text.slice(d.cue.end, d.cue.end + 24))) return true;
  // "the party appeared on four state ballots": appearing somewhere, not seeming.
  if (d.cue && /^appear(?:s|ed|ing)?$/i.test(text.slice(d.cue.start, d.cue.end)) && /^\s+(?:on|in|at|before|with|alongside|as|onstage)\b/i.test(text.slice(d.cue.end, d.cue.end + 12))) return true;
  // A request opening its sentence ("((WN)) Tell me about …") asks; it reports nothing.
  if (d.cue) {
    const cue = text.slice(d.cue.start, d.cue.end);
    const after = text.slice(d.cue.end, d.cue.end + 4);
    if (REQUEST.test(cue) && /^\s+(?:me|us)\b/.test(after) && /(?:^|[.?!)\]]\s*)$/.test(text.slice(Math.max(0, d.cue.start - 3), d.cue.start))) return true;
  }
  if (d.source) return ASKING.test(text.slice(d.source.start, d.source.end));
  if (d.kind !== 'indirect' || !d.cue) return false;
  // A cue of several words ("went on to say") counts by its strongest word; "seems" has no source by nature.
  const words = text.slice(d.cue.start, d.cue.end).toLowerCase().split(/\s+/);
  if (words.some((w) => IMPERSONAL.test(w))) return false;
  return Math.max(...words.map((w) => cueLexicon().get(w) ?? 0)) < SOURCELESS_MIN_P;
}
