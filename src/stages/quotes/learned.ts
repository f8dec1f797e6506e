/**
 * Drafts from the learned model for one window: every content run the tagger gives a cue
 * becomes a draft (runs sharing a cue are fragments of one attribution: "“A,” she said, “B.”",
 * "X appeared, by all accounts, to be chaotic"), with the source run nearest the cue. Keeping
 * every run, not only the nearest on each side, scored better on held-out train (lenient +1.1).
 */
import type { Token } from '../../core/layers.js';
import type { Range } from '../../core/span.js';
import type { Draft } from './attribute.js';
import { CUE_THRESHOLD } from './cues.js';
import { cueLexicon } from './lexicon.js';
import { C, S, type QuoteModel } from './model.js';
import { runsOf, tagWindow } from './tagger.js';
import { leftSource, rightSource, skipLeftAdverbs, withoutTrailingTime } from './source.js';
import { firstTokenAt, kindOf, sentenceStart, type Window } from './windows.js';
import { joinedAtCommas } from './appositives.js';
import { BETWEEN_SOURCE_AND_CUE, NUMBER_WORDS, SENTENCE_ADVERBS, isCapitalised, isTrailingPunct, isWordToken } from './words.js';
// Word classes from the lexicon the quantities stage reads (a pure lookup).
import { classOf } from '../quantities/wordclass.js';
import { RULES } from './ablations.js';
import { isTitleHead } from '../entities/attribute/titles.js';
import { aroundCommas, claimAside } from './parenthetical.js';
import { TIME_HEADS, TIME_MODIFIERS, TIME_OPENERS, isCalendarWord } from './time-words.js';

export function learnedDrafts(tokens: Token[], w: Window, model: QuoteModel): Draft[] {
  const { tagged } = tagWindow(tokens, w, model);
  const out: Draft[] = [];
  for (const t of tagged) {
    // A cue inside a quotation is the speaker quoting someone else: part of that quotation.
    if (w.quoteOf[t.cue.h0] >= 0) continue;
    // "The estimated cost is …": a participle between a determiner and its noun is an adjective, not a cue.
    if (isAttributive(tokens, w, t.cue.h0)) continue;
    // "went on to add", "continued to say": the cue runs through the reporting verb, which is no content.
    const verb = phrasalVerb(tokens, w, t.cue.h0, t.cue.h1);
    const cueEnd = verb >= 0 ? verb + 1 : t.cue.h1;
    // The classifier may pick the reporting verb itself ("Smith went on to | say"): the cue starts at "went".
    const goOn = verb >= 0 ? -1 : goingOnBefore(tokens, w, t.cue.h0);
    const cueRange: Range = { start: tokens[w.t0 + (goOn >= 0 ? goOn : t.cue.h0)].start, end: tokens[w.t0 + cueEnd - 1].end };
    let source: Range | null = null;
    let sourceRun: [number, number] | null = null;
    let bestDist = Infinity;
    for (const [a, b] of runsOf(t, S)) {
      if (!hasWord(tokens, w.t0 + a, w.t0 + b)) continue;
      const d = b <= t.cue.h0 ? t.cue.h0 - b : a - t.cue.h1;
      if (d < bestDist) {
        bestDist = d;
        let e = withoutTrailingTime(tokens, w.t0 + a, withoutParticiple(tokens, w.t0 + a, w.t0 + (goOn >= 0 && b > goOn && a < goOn ? goOn : b)));
        // "Aides publicly", "I'm", "We'll": an adverb or a clitic verb before the cue is not the source's.
        // ("Parliament, however, voted": the comma before such an adverb goes with it.)
        while (e - 1 > w.t0 + a && (isTrailingAdverbOrClitic(tokens[e - 1].text) || SENTENCE_ADVERBS.has(tokens[e - 1].text) || (tokens[e - 1].text === ',' && (isTrailingAdverbOrClitic(tokens[e].text) || SENTENCE_ADVERBS.has(tokens[e].text))))) e--;
        // "the spokesman, who declined to be named, said": of a relative clause, the pronoun stands for the source.
        // ("which Trump called", "which advocates say": the word right before the cue is the relative clause's subject.)
        if (/^(?:who|which)$/i.test(tokens[w.t0 + a].text) && a > 0 && tokens[w.t0 + a - 1].text === ',' && a + 1 < b &&
          /^\p{Ll}/u.test(tokens[w.t0 + a + 1].text) && !(b === t.cue.h0 && b - a === 2 && !isTrailingAdverbOrClitic(tokens[w.t0 + a + 1].text) && !/ly$/.test(tokens[w.t0 + a + 1].text)))
          e = w.t0 + a + 1;
        // "A White House official, who requested anonymity to discuss | a private conversation, | said": a run inside a relative
        // clause set off by commas right before the cue is the clause's object; its pronoun stands for the source.
        const rel = b === t.cue.h0 ? relativeOpening(tokens, w, a, b) : -1;
        if (rel >= 0) {
          source = { start: tokens[w.t0 + rel].start, end: tokens[w.t0 + rel].end };
          sourceRun = [rel, rel + 1];
          continue;
        }
        // "The spokesman, who declined to be named, | said": a relative clause the run took in is not the source's.
        for (let k = w.t0 + a + 1; k < e - 1; k++)
          if (tokens[k].text === ',' && /^(?:who|which)$/i.test(tokens[k + 1].text) && w.quoteOf[k - w.t0] < 0) {
            e = k;
            break;
          }
        // "and these bone tools", "instead we": a conjunction or adverb opening the run is not the source.
        let s0 = afterOpeningAdverbial(tokens, w.t0 + a, e);
        // ", officials said": the comma before the source is not part of it either; nor is "(On) Thursday officials said"'s day.
        while (s0 < e - 1 && (LEADING_JUNK.has(tokens[s0].text.toLowerCase()) || isTrailingPunct(tokens[s0].text) || isCalendarWord(tokens[s0].text))) s0++;
        // "I guess I | can't say": a clause before the subject pronoun is not the source ("He and I" is).
        if (e - s0 >= 3 && SUBJECT_PRONOUN.test(tokens[e - 1].text) && /^\p{Ll}+$/u.test(tokens[e - 2].text) && !/^(?:and|or|nor|but)$/.test(tokens[e - 2].text)) s0 = e - 1;
        source = { start: tokens[s0].start, end: tokens[e - 1].end };
        sourceRun = [s0 - w.t0, e - w.t0];
      }
    }
    // "The protesters, estimated by organisers at 5,000, …": the agent after "by" is the source, up to "at" or a comma.
    const agent = reducedPassiveAgent(tokens, w, t.cue.h0, t.cue.h1);
    if (agent) {
      source = { start: tokens[w.t0 + agent[0]].start, end: tokens[w.t0 + agent[1] - 1].end };
      sourceRun = agent;
    }
    // "according to X": X is the source, whatever the tagger made of the clause around it.
    let accordingEnd = -1;
    if (t.cue.h1 - t.cue.h0 === 2) {
      // ("According to the regional governor, Oleh Syniehubov, rescuers …": rightSource takes the name in apposition in.)
      const acc = accordingSource(tokens, w, t.cue.h1);
      if (acc) {
        accordingEnd = acc[1];
        source = { start: tokens[w.t0 + acc[0]].start, end: tokens[w.t0 + acc[1] - 1].end };
        // The source's own words are never content ("According to the WHO's report dated March 16, …").
        for (let k = Math.max(acc[0] - t.lo, 0); k < acc[1] - t.lo && k < t.tags.length; k++) if (t.tags[k] === C) t.tags[k] = S;
        // "According to X, Y": the tagger often runs the source on through Y; what follows "X," is content.
        if (acc[1] < w.t1 - w.t0 && tokens[w.t0 + acc[1]].text === ',')
          for (let k = acc[1] - t.lo; k < t.tags.length; k++) if (t.tags[k] === S) t.tags[k] = C;
      }
    }
    // "“…,” said selection committee member Ulf Danielsson": after a quotation, the name after the cue speaks,
    // even when the tagger read it as content.
    if (!source && afterQuotation(tokens, w, t.cue.h0)) {
      const inv = rightSource(tokens, w.t0 + cueEnd, w.t1, (ti) => w.quoteOf[ti - w.t0] >= 0);
      if (inv && inv.t1 - inv.t0 <= 8) {
        source = { start: tokens[inv.t0].start, end: tokens[inv.t1 - 1].end };
        for (let k = Math.max(inv.t0 - w.t0 - t.lo, 0); k < inv.t1 - w.t0 - t.lo && k < t.tags.length; k++) if (t.tags[k] === C) t.tags[k] = S;
      }
    }
    if (source && RULES.passiveRules && notASource(tokens, w, t.cue.h0, source)) source = null;
    let contentRuns = runsOf(t, C);
    // "Israel says it struck Hezbollah sites; Lebanon reports 12 dead": a content stops at a semicolon before another cue.
    contentRuns = contentRuns.map(([a, b]): [number, number] => [a, semicolonBeforeCue(tokens, w, tagged, a, b)]);
    // "Trump trails by nine points, according to the polling average, | despite winning the primary": after a content
    // that ends at "according to X", a run opened by a subordinator or a dash is the outlet's aside, not X's.
    if (accordingEnd >= 0 && contentRuns.some(([, b]) => b <= t.cue.h0))
      contentRuns = contentRuns.filter(([a]) => a < accordingEnd || !opensAside(tokens, w, accordingEnd, a));
    // Cues set off by commas: "The death toll, officials said, has risen to 24", "…, a claim the army denies".
    if (RULES.parenthetical && source && sourceRun) ({ source, runs: contentRuns } = aroundCommas(tokens, w, t.cue.h0, cueEnd, { source, sourceRun, runs: contentRuns }));
    // ", citing …": the main clause's leading name beats whatever noun the tagger took before the comma.
    if (RULES.participleOverride && source && isParticipleCue(tokens, w, t.cue.h0)) source = participleSubject(tokens, w, t.cue.h0, contentRuns) ?? source;
    // "Cory James, 22, of Flint, Mich., said": the tagger's source is the appositive's tail; the sentence's leading name speaks.
    if (RULES.appositiveName && source && isAfterAppositive(tokens, w, t.cue.h0, source)) source = participleSubject(tokens, w, t.cue.h0, contentRuns, true) ?? source;
    // "She did not know the date and said …": a tagger source ending right at the "and" before the cue is the first verb's
    // object; the coordinated cue has the sentence's subject.
    if (RULES.coordinatedSubject && source && sourceRun && sourceRun[1] === coordinatedAt(tokens, w, t.cue.h0) && sourceRun[0] > sentenceStart(tokens, w, sourceRun[0]))
      source = participleSubject(tokens, w, t.cue.h0, contentRuns, true) ?? source;
    // "State emergency officials put the death toll at 19 and said …": a source run holding the whole first clause ends
    // at that clause's verb.
    if (RULES.coordinatedSubject && source && sourceRun && sourceRun[1] === coordinatedAt(tokens, w, t.cue.h0)) {
      for (let k = sourceRun[0] + 1; k < sourceRun[1]; k++) {
        const word = tokens[w.t0 + k].text;
        if (/^\p{Ll}+$/u.test(word) && classOf(word) === 'V') {
          source = { start: tokens[w.t0 + sourceRun[0]].start, end: tokens[w.t0 + k - 1].end };
          break;
        }
      }
    }
    let subject = source ? null : (subjectBefore(tokens, w, t.cue.h0, contentRuns) ?? subjectAfterOpener(tokens, w, t.cue.h0, contentRuns));
    if (subject && RULES.passiveRules && notASource(tokens, w, t.cue.h0, subject)) subject = null;
    // "…, local media reported, citing security sources": with content before the cue, a participle after its comma is an adjunct.
    // (A gerund subject goes on: "Though that went smoothly, he said, replacing Clinton would be harder.")
    if (contentRuns.some(([, b]) => b <= t.cue.h0))
      contentRuns = contentRuns.filter(([a]) => !(a === cueEnd + 1 && tokens[w.t0 + cueEnd].text === ',' && isReportingParticiple(tokens[w.t0 + a].text)));
    // "The army denied blocking aid": a denial the tagger gave a source but no content denies the rest of its clause.
    // (Not a passive: "the bill was dismissed by the senate".)
    if (!contentRuns.length && (source || subject) && DENIALS.has(tokens[w.t0 + t.cue.h0].text.toLowerCase()) &&
      !(t.cue.h0 > 0 && BE.has(tokens[w.t0 + t.cue.h0 - 1].text.toLowerCase())) && tokens[w.t0 + cueEnd]?.text.toLowerCase() !== 'by') {
      const end = clauseEnd(tokens, w, cueEnd);
      if (end > cueEnd && end - cueEnd <= MAX_DENIED) contentRuns = [[cueEnd, end]];
    }
    const mine: Draft[] = [];
    // "denied responsibility for | the attack": the object and its preposition between the cue and the content are the
    // cue's (PolNeAR marks them so: "took responsibility for", "called for"), shown with it.
    const objectRun = contentRuns.find(([a]) => a > cueEnd && a - cueEnd <= 3);
    const objectAt = objectRun ? phraseStart(tokens, w, objectRun[0], cueEnd) : cueEnd;
    const shownCue = objectAt > cueEnd && objectStart(tokens, w, cueEnd, objectAt) === cueEnd ? { start: cueRange.start, end: tokens[w.t0 + objectAt - 1].end } : undefined;
    for (const [a0, b0] of contentRuns) {
      let a = a0 < cueEnd && b0 > cueEnd ? Math.max(a0, cueEnd) : a0;
      let b = b0;
      // "said in a statement that 17 | soldiers had been killed": a run after the cue never starts inside its noun phrase.
      if (a > cueEnd) a = phraseStart(tokens, w, a, cueEnd);
      // "said three houses on | her street were destroyed": a figure's noun phrase and its preposition open the clause too.
      if (a > cueEnd && !shownCue) a = figureSubjectStart(tokens, w, a, cueEnd);
      // "they control 70 percent of the city, a claim the army denies": the aside on the statement is not part of it.
      if (RULES.parenthetical) for (let k = a + 1; k < b - 1; k++) if (tokens[w.t0 + k].text === ',' && w.quoteOf[k] < 0 && claimAside(tokens, w, k + 1, false)) b = k;
      // A run that starts or ends inside a quotation takes the whole quotation: quotes are not cut.
      if (RULES.snapQuotes) {
        const qa = w.quoteOf[a];
        if (qa >= 0) while (a > 0 && w.quoteOf[a - 1] === qa) a--;
        const qb = w.quoteOf[b - 1];
        if (qb >= 0 && w.quotes[qb].closed) while (b < w.t1 - w.t0 && w.quoteOf[b] === qb) b++;
      }
      // "Chaffetz's latest request: “…”": what introduces a quotation with a colon is not content; a
      // clause that does ("Trump tweeted he was not aware of it: “…”") is reported speech of its own.
      if (RULES.snapQuotes) {
        const q = afterColonIntro(tokens, w, a, b);
        if (q > a && isClauseIntro(tokens, w, a, q - 1)) {
          const intro = { start: tokens[w.t0 + a].start, end: tokens[w.t0 + q - 2].end };
          mine.push({ kind: 'indirect', content: intro, cue: cueRange, source, subject, continued: false, paragraph: w.paragraph });
        }
        a = q;
      }
      // Punctuation at the edges of a run is not content, unless it is a quotation mark.
      while (b > a && isTrailingPunct(tokens[w.t0 + b - 1].text) && w.quoteOf[b - 1] < 0) b--;
      while (a < b && isTrailingPunct(tokens[w.t0 + a].text) && w.quoteOf[a] < 0) a++;
      let words = 0;
      for (let k = a; k < b; k++) if (isWordToken(tokens[w.t0 + k].text)) words++;
      if (words === 0) continue;
      // "Trump's was the only | identity | disclosed": content never ends in a determiner; its noun is the tagger's
      // "source", and the cue a participle after it (a reduced relative), not an attribution.
      if (b <= t.cue.h0 && w.quoteOf[b - 1] < 0 && OPEN_NOUN_PHRASE.has(tokens[w.t0 + b - 1].text.toLowerCase())) continue;
      const content = { start: tokens[w.t0 + a].start, end: tokens[w.t0 + b - 1].end };
      // Two runs inside one quotation both widen to it: one attribution.
      if (mine.some((d) => d.content.start === content.start && d.content.end === content.end)) continue;
      mine.push({ kind: kindOf(w, content), content, cue: cueRange, source, subject, continued: false, paragraph: w.paragraph, ...(shownCue ? { shownCue } : {}) });
    }
    out.push(...withoutAdjuncts(joinedAtCommas(tokens, w, mine, cueRange), cueRange));
  }
  return out;
}

/** Cue words of a denial, whose object is what is denied. */
const DENIALS = new Set(['denied', 'denies', 'deny', 'denying', 'rejected', 'rejects', 'dismissed', 'dismisses', 'disputed', 'disputes']);
const MAX_DENIED = 12;

/** The window token where the clause from k ends: the first comma, semicolon, quotation mark or sentence end. */
function clauseEnd(tokens: Token[], w: Window, k: number): number {
  const n = w.t1 - w.t0;
  while (k < n && w.quoteOf[k] < 0 && !/^[,;:.!?]$/.test(tokens[w.t0 + k].text)) k++;
  return k;
}

/** Prepositions that tie a run to the noun before it: "responsibility for | the attack", "claims of | fraud". */
const OBJECT_PREPS = new Set(['of', 'for', 'about', 'over', 'into', 'against']);

/** cueEnd when tokens [cueEnd, a) are an object noun and its preposition ("responsibility for"), else a. */
function objectStart(tokens: Token[], w: Window, cueEnd: number, a: number): number {
  if (!OBJECT_PREPS.has(tokens[w.t0 + a - 1].text.toLowerCase())) return a;
  for (let k = cueEnd; k < a - 1; k++) {
    const t = tokens[w.t0 + k].text;
    if (!/^\p{Ll}+$/u.test(t) || w.quoteOf[k] >= 0 || OBJECT_PREPS.has(t) || PHRASE_OPENERS.has(t) || isCalendarWord(t) || /^(?:that|to|on|in|at|with|by|from|reporters|journalists)$/.test(t)) return a;
  }
  return cueEnd;
}

/** End of content run [a, b): the first unquoted ";" with another cue of the window after it in the run, else b. */
function semicolonBeforeCue(tokens: Token[], w: Window, tagged: ReadonlyArray<{ cue: { h0: number } }>, a: number, b: number): number {
  for (let k = a + 1; k < b; k++) {
    if (tokens[w.t0 + k].text !== ';' || w.quoteOf[k] >= 0) continue;
    if (tagged.some((o) => o.cue.h0 > k && o.cue.h0 < b)) return k;
  }
  return b;
}

/** "citing", "adding", "saying": a participle that reports (the cue lexicon's strong words). */
function isReportingParticiple(t: string): boolean {
  return /^\p{Ll}+ing$/u.test(t) && (cueLexicon().get(t) ?? 0) >= STRONG_CUE_WORD;
}

/** Words that open a noun phrase and never end a clause. */
const OPEN_NOUN_PHRASE = new Set(['the', 'a', 'an', 'only', 'this', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'every', 'each', 'any', 'no']);
const PHRASE_OPENERS = new Set(['the', 'a', 'an', 'some', 'about', 'nearly', 'almost', 'over', 'around', 'roughly', 'only', 'just', 'all']);
/** Words of a figure's hedge before its number: "at least", "up to", "more than", "as many as". */
const HEDGE_WORDS = new Set(['at', 'least', 'most', 'up', 'to', 'more', 'than', 'as', 'many', 'much', 'fewer', 'less', 'under', 'approximately', 'estimated', 'almost']);
const isNumberWord = (t: string) => /^(?:[$€£¥]$|\d)/.test(t) || NUMBER_WORDS.has(t.toLowerCase());

/** Start of the noun phrase (and its "that") that window token a lies in, looking back no further than lo. */
function phraseStart(tokens: Token[], w: Window, a: number, lo: number): number {
  let k = a;
  const inFigure = (t: string) => isNumberWord(t) || PHRASE_OPENERS.has(t.toLowerCase()) || HEDGE_WORDS.has(t.toLowerCase());
  while (k - 1 >= lo && w.quoteOf[k - 1] < 0 && inFigure(tokens[w.t0 + k - 1].text)) k--;
  // Only "that 17 | soldiers", "said at least 40 | people": the run began inside a figure's noun phrase right after
  // the cue or its "that".
  const before = tokens[w.t0 + a - 1].text.toLowerCase();
  if (k === a || !(isNumberWord(before) || HEDGE_WORDS.has(before) || PHRASE_OPENERS.has(before))) return a;
  // (The hedge words are prepositions too: "referred | to the massacre" keeps "to" with the cue; a number must follow.)
  // The number stands in the words read back over ("that 17 | soldiers") or opens the run after openers at most ("said
  // over | a hundred people"; not "talks about | Democracy 2.0").
  let figure = false;
  for (let j = k; j < a; j++) if (isNumberWord(tokens[w.t0 + j].text)) figure = true;
  let j = a;
  while (j < w.t1 - w.t0 && !isNumberWord(tokens[w.t0 + j].text) && inFigure(tokens[w.t0 + j].text)) j++;
  if (!figure && !(j < w.t1 - w.t0 && isNumberWord(tokens[w.t0 + j].text))) return a;
  if (k === lo) return k;
  return k - 1 >= lo && tokens[w.t0 + k - 1].text.toLowerCase() === 'that' ? k - 1 : a;
}

/** Prepositions inside a subject noun phrase: "three houses on her street", "20 people in the village". */
const NP_PREPOSITIONS = new Set(['on', 'in', 'of', 'at', 'from', 'near', 'across', 'along', 'inside', 'outside']);
/** The longest figure phrase before its preposition that we read as the clause's subject ("three houses on"). */
const MAX_FIGURE_SUBJECT = 6;

/**
 * "said three houses on | her street were destroyed": when the words between the cue (or its "that") and the run are a
 * figure, its noun and a preposition, the run began inside the clause's subject; the clause starts at the figure.
 */
function figureSubjectStart(tokens: Token[], w: Window, a: number, cueEnd: number): number {
  let k = cueEnd;
  if (tokens[w.t0 + k].text.toLowerCase() === 'that') k++;
  if (a - k < 2 || a - k > MAX_FIGURE_SUBJECT || !NP_PREPOSITIONS.has(tokens[w.t0 + a - 1].text.toLowerCase())) return a;
  let j = k;
  while (j < a && (HEDGE_WORDS.has(tokens[w.t0 + j].text.toLowerCase()) || PHRASE_OPENERS.has(tokens[w.t0 + j].text.toLowerCase()))) j++;
  if (j >= a || !isNumberWord(tokens[w.t0 + j].text)) return a;
  // Not a clock time ("released at 11:00 p.m. EDT on | Sunday"): a count.
  for (let i = cueEnd; i < a; i++) if (w.quoteOf[i] >= 0 || /^[,;:()]$|:\d|^[ap]\.?m\.?$/i.test(tokens[w.t0 + i].text)) return a;
  return cueEnd;
}

/**
 * "“…,” Clinton told reporters Friday at a convention …": when a whole quotation is the content on
 * one side of the cue, unquoted runs on the other side are adjuncts of the cue, not content.
 */
function withoutAdjuncts(ds: Draft[], cue: Range): Draft[] {
  const quoteLeft = ds.some((d) => d.kind === 'direct' && d.content.end <= cue.start);
  const quoteRight = ds.some((d) => d.kind === 'direct' && d.content.start >= cue.end);
  if (quoteLeft === quoteRight) return ds;
  return ds.filter((d) => d.kind !== 'indirect' || (quoteLeft ? d.content.end <= cue.start : d.content.start >= cue.end));
}


/** Words that open an adverbial or relative clause, not the rest of a main clause. */
const ASIDE_OPENERS = new Set('although though despite but while whereas even as who which whose that with after before when since and or so yet because'.split(' '));

/** Whether the run at window token a, after a source ending at e, opens an aside: a subordinator first, or a dash before it. */
function opensAside(tokens: Token[], w: Window, e: number, a: number): boolean {
  let k = a;
  while (k < w.t1 - w.t0 && !isWordToken(tokens[w.t0 + k].text)) k++;
  if (k < w.t1 - w.t0 && ASIDE_OPENERS.has(tokens[w.t0 + k].text.toLowerCase())) return true;
  for (let j = e; j < a; j++) if (/^[-–—]+$/.test(tokens[w.t0 + j].text)) return true;
  return false;
}

/** The noun phrase after "according to", as window-relative tokens [a, b). */
function accordingSource(tokens: Token[], w: Window, h1: number): [number, number] | null {
  const src = rightSource(tokens, w.t0 + h1, w.t1, (ti) => w.quoteOf[ti - w.t0] >= 0);
  return src ? [src.t0 - w.t0, src.t1 - w.t0] : null;
}

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'got', 'gets']);

/**
 * The tagger found no source: the subject noun phrase just left of a finite cue, by the rules
 * ("statistics indicate", "A lawmaker in the Philippines is calling for"), unless it is content.
 */
function subjectBefore(tokens: Token[], w: Window, h0: number, content: Array<[number, number]>): Range | null {
  const cueWord = tokens[w.t0 + h0].text.toLowerCase();
  if (cueWord === 'according') return null;
  // A bare participle after a comma ("…, citing") has the main clause's subject.
  if (isParticipleCue(tokens, w, h0)) return participleSubject(tokens, w, h0, content);
  // "Priebus … arrived at a breakfast … and acknowledged that …": a coordinated verb has the sentence's subject.
  const and = coordinatedAt(tokens, w, h0);
  if (RULES.coordinatedSubject && and >= 0) return participleSubject(tokens, w, and + 1, content, true);
  // "Trump picked up from his daughter by saying …": a gerund after a preposition has the sentence's subject too.
  if (RULES.coordinatedSubject && h0 > 0 && cueWord.endsWith('ing') && GERUND_PREPS.has(tokens[w.t0 + h0 - 1].text.toLowerCase())) return participleSubject(tokens, w, h0, content, true);
  const src = leftSource(tokens, w.t0 + h0, w.t0, (ti) => w.quoteOf[ti - w.t0] >= 0);
  if (!src) return null;
  let be = false;
  for (let k = src.t1; k < w.t0 + h0; k++) if (BE.has(tokens[k].text.toLowerCase())) be = true;
  // A passive cue's subject is what is said ("the rollout was criticized as …"); a bare participle
  // ("…, citing") has its subject further away. A progressive ("are backing") keeps it.
  // "were unaware", "is critical of": be before an adjective cue is a copula, and its subject holds the view.
  if (cueWord.endsWith('ing') ? !be : be && (!RULES.copulaAdjectives || isParticiple(cueWord))) return null;
  const [a, b] = [src.t0 - w.t0, src.t1 - w.t0];
  if (content.some(([c0, c1]) => c0 < b && a < c1) || !hasWord(tokens, src.t0, src.t1)) return null;
  return { start: tokens[src.t0].start, end: tokens[src.t1 - 1].end };
}

const IRREGULAR_PARTICIPLES = new Set('told said known seen shown thought held made given taken written heard found brought put set left felt meant understood'.split(' '));
const isParticiple = (w: string) => /(?:ed|en)$/.test(w) || IRREGULAR_PARTICIPLES.has(w);

/** "Salceda, citing data from the State Department,": the source is the name before the participle clause. */
function withoutParticiple(tokens: Token[], from: number, to: number): number {
  for (let k = from + 1; k < to - 1; k++) {
    if (tokens[k].text !== ',') continue;
    const next = tokens[k + 1].text;
    // ", citing …"; ", estimated by organisers at 5,000,": a reduced passive with its agent.
    if (/^\p{Ll}+ing$/u.test(next) || (isParticiple(next) && k + 2 < to && tokens[k + 2].text === 'by')) return k;
  }
  return to;
}

/** Words opening an adverbial before the subject: "(As) of Monday,", "In May,", "First,", "However,". */
const OPENING_WORDS = new Set(('of in on at for with after before since as during by from over earlier later last this ' +
  'first second third finally then meanwhile however still instead also separately additionally moreover furthermore yesterday today ' +
  'nevertheless nonetheless indeed thus overall now alongside amid amidst despite following under among against like unlike ' +
  'within without through throughout across into').split(' '));

const CLITIC_VERBS = /^['’](?:m|d|ll|re|ve)$/i;
/** A word that may stand between a source and its cue ("publicly", "also", "has"), or a clitic verb ("'m", "'ll"). */
function isTrailingAdverbOrClitic(t: string): boolean {
  return CLITIC_VERBS.test(t) || BETWEEN_SOURCE_AND_CUE.has(t) || AUXILIARIES.test(t);
}

const SUBJECT_PRONOUN = /^(?:I|we|he|she|they)$/;

/** Auxiliaries before a cue, "ca" / "wo" of "can't" / "won't" included ("I guess I ca | n't say"): never a source's last word. */
const AUXILIARIES = /^(?:ca|wo|sha|can|could|will|would|may|might|must|should|shall|do|does|did)$/;

/** Longest agent after "by" in a reduced passive. */
const MAX_AGENT_TOKENS = 6;

/** ", estimated by organisers at …": the window tokens [a, b) of the agent of a participle cue right after a comma, or null. */
function reducedPassiveAgent(tokens: Token[], w: Window, h0: number, h1: number): [number, number] | null {
  const n = w.t1 - w.t0;
  if (h0 < 1 || !isParticiple(tokens[w.t0 + h0].text.toLowerCase()) || h1 >= n || tokens[w.t0 + h1].text !== 'by') return null;
  // After a comma ("…, estimated by organisers at 5,000"), or right after the noun it reports ("numbers reported by The
  // Associated Press"; not after "be": "was reported by" is a passive whose subject the rules read).
  const before = tokens[w.t0 + h0 - 1].text;
  const agentStart = h1 + 1 < n ? tokens[w.t0 + h1 + 1].text : '';
  if (before !== ',' && !(/^\p{Ll}+s$/u.test(before) && !BE.has(before) && REPORTED_BY.has(tokens[w.t0 + h0].text.toLowerCase()) && (isCapitalised(agentStart) || /^the$/i.test(agentStart)))) return null;
  let e = h1 + 1;
  while (e < n && e - h1 - 1 < MAX_AGENT_TOKENS && isWordToken(tokens[w.t0 + e].text) && !/^(?:at|in|on|to|as|for|with)$/.test(tokens[w.t0 + e].text)) e++;
  return e > h1 + 1 ? [h1 + 1, e] : null;
}

/** Participles whose "by" names who reports, right after the noun reported ("figures released by the ministry"). */
const REPORTED_BY = new Set(['reported', 'released', 'compiled', 'published', 'described', 'recalled', 'estimated', 'announced', 'provided', 'cited', 'quoted', 'collected', 'gathered']);

/** "(As) of Monday, the Institute reported": a source run that opens with an adverbial starts after its comma. */
function afterOpeningAdverbial(tokens: Token[], from: number, to: number): number {
  if (!OPENING_WORDS.has(tokens[from].text.toLowerCase())) return from;
  for (let k = from + 1; k < to - 1; k++) if (tokens[k].text === ',') return k + 1;
  return from;
}

/** Sentence openers that are not a subject ("But Smith, citing …", "In May, …"). */
const NOT_SUBJECT = new Set(
  'the a an but and or so yet however in on at for from with by after before since as while when if although though this that these those there it he she they we i amid like even early earlier later last next'.split(' '),
);

const LEADING_JUNK = new Set('and but or so then instead also yet plus per'.split(' '));
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we']);

const NOT_AFTER_SUBJECT = new Set('of in on at for with upon this that the a an to from by after before into over under'.split(' '));

function afterColonIntro(tokens: Token[], w: Window, a: number, b: number): number {
  for (let k = a; k < b - 1; k++) if (w.quoteOf[k] < 0 && tokens[w.t0 + k].text === ':' && w.quoteOf[k + 1] >= 0) return k + 1;
  return a;
}

/** A cue right after a closing quotation mark (a comma between at most): "“…,” said X", "“…”, said X". */
function afterQuotation(tokens: Token[], w: Window, h0: number): boolean {
  let k = h0 - 1;
  if (k >= 0 && tokens[w.t0 + k].text === ',') k--;
  return k >= 0 && w.quoteOf[k] >= 0 && (k + 1 >= w.t1 - w.t0 || w.quoteOf[k + 1] !== w.quoteOf[k]);
}

/** Words [a, colon) before a colon that read as a clause: a subject pronoun or "that" first, or more than six words. */
function isClauseIntro(tokens: Token[], w: Window, a: number, colon: number): boolean {
  if (colon - a < 2) return false;
  const first = tokens[w.t0 + a].text.toLowerCase();
  return SUBJECT_PRONOUNS.has(first) || first === 'that' || colon - a > 6;
}

const GO_ON = new Set(['went', 'go', 'goes', 'going', 'gone', 'continued', 'continue', 'continues', 'continuing', 'proceeded']);

/** "went on to add", "continued to say": the reporting verb's window index after a cue of going on, or -1. */
function phrasalVerb(tokens: Token[], w: Window, h0: number, h1: number): number {
  if (h1 - h0 !== 1 || !GO_ON.has(tokens[w.t0 + h0].text.toLowerCase())) return -1;
  let k = h1;
  const at = (i: number) => (i < w.t1 - w.t0 ? tokens[w.t0 + i].text.toLowerCase() : '');
  if (at(k) === 'on') k++;
  if (at(k) !== 'to') return -1;
  k++;
  const lex = cueLexicon();
  const v = at(k);
  // The base form is rare in the lexicon ("add"); its inflections are not ("added", "adds").
  const p = Math.max(...[v, `${v}s`, `${v}ed`, `${v}d`].map((f) => lex.get(f) ?? 0));
  return /^\p{Ll}+$/u.test(v) && p >= STRONG_CUE_WORD ? k : -1;
}

/** The window index of "went" in "went on to | say" when the cue is the reporting verb at h0, or -1. */
function goingOnBefore(tokens: Token[], w: Window, h0: number): number {
  const at = (i: number) => (i >= 0 ? tokens[w.t0 + i].text.toLowerCase() : '');
  if (at(h0 - 1) !== 'to') return -1;
  const k = at(h0 - 2) === 'on' ? h0 - 3 : h0 - 2;
  return GO_ON.has(at(k)) ? k : -1;
}

/** Lexicon probability above which the verb after "went on to" reports speech ("add", "say", "note", "explain"). */
const STRONG_CUE_WORD = 0.2;

/** A participle cue after a comma: "…, citing", "…, saying". */
function isParticipleCue(tokens: Token[], w: Window, h0: number): boolean {
  return h0 > 0 && tokens[w.t0 + h0 - 1].text === ',' && tokens[w.t0 + h0].text.toLowerCase().endsWith('ing');
}

/**
 * ", citing / saying …": a participle after a comma belongs to the main clause, whose subject is the
 * sentence's leading name ("Salceda, citing data …", "Kerpen needled the reporter, saying …").
 */
export function participleSubject(tokens: Token[], w: Window, h0: number, content: Array<[number, number]>, coordinated = false): Range | null {
  if (h0 < 1 || (!coordinated && tokens[w.t0 + h0 - 1].text !== ',')) return null;
  let s = sentenceStart(tokens, w, h0 - 1);
  // "First, he juxtaposed numbers, claiming …": an opening adverbial and its comma come before the subject.
  s = afterOpeningAdverbial(tokens, w.t0 + s, w.t0 + h0) - w.t0;
  const lead = tokens[w.t0 + s].text.toLowerCase();
  // A pronoun subject followed by its verb: the speaker linker resolves it.
  if (SUBJECT_PRONOUNS.has(lead) && w.quoteOf[s] < 0 && s + 1 < h0 - 1 && /^\p{Ll}/u.test(tokens[w.t0 + s + 1].text) &&
    !content.some(([c0, c1]) => c0 <= s && s < c1)) return { start: tokens[w.t0 + s].start, end: tokens[w.t0 + s].end };
  if (w.quoteOf[s] >= 0 || NOT_SUBJECT.has(lead)) return null;
  let e = s;
  // "Opposition leader Ana Ruiz": a lower-case title word between capitalised words stays in the name.
  const inName = (k: number) => isWordToken(tokens[w.t0 + k].text) && w.quoteOf[k] < 0 &&
    (isCapitalised(tokens[w.t0 + k].text) || (isTitleHead(tokens[w.t0 + k].text) && k + 1 < h0 - 1 && isCapitalised(tokens[w.t0 + k + 1].text)));
  while (e < h0 - 1 && e - s < 6 && inName(e)) e++;
  if (e === s || content.some(([c0, c1]) => c0 < e && s < c1)) return null;
  // The name must be followed by its verb or by the comma of an appositive, not run on into more capitals.
  // Not an opening adverbial either ("Earlier this week, …", "Arriving upon the scene, …", "Like Corker, …").
  const next = tokens[w.t0 + e].text;
  const first = tokens[w.t0 + s].text.toLowerCase();
  // (For a coordinated verb the comma may open an appositive: "Priebus, who …, arrived … and said".)
  // A relative clause after the name keeps it the subject: "Trump, whose views …, proposed a ban …, citing fears".
  const relative = next === ',' && e + 1 < h0 && /^(?:who|whose)$/i.test(tokens[w.t0 + e + 1].text);
  if (next === ',' ? e !== h0 - 1 && !coordinated && !relative : !/^\p{Ll}/u.test(next) || NOT_AFTER_SUBJECT.has(next)) return null;
  if (first.endsWith('ing') || first.endsWith('ly')) return null;
  return { start: tokens[w.t0 + s].start, end: tokens[w.t0 + e - 1].end };
}

const LONE_WORDS = new Set(['the', 'a', 'an', 'that', 'this']);
/** Conjunctions and prepositions that, with time words, make a "source" that names no one ("Since", "on Thursday"). */
const LINK_WORDS = new Set('since when after before while as if because although though ago now then in at of during until'.split(' '));
const PLAIN_TIME_WORDS = new Set('years weeks months day days tomorrow tonight'.split(' '));
const isTimeOrLink = (w: string) =>
  LINK_WORDS.has(w) || TIME_HEADS.has(w) || TIME_MODIFIERS.has(w) || TIME_OPENERS.has(w) || PLAIN_TIME_WORDS.has(w) || isCalendarWord(w) || /^\d{4}$/.test(w);
export const IMPERSONAL = /^(seems?|seemed|seeming|appears?|appeared|appearing)$/;

/**
 * Tagger sources that name no one: the subject of a passive cue left of it ("Clinton was asked about …":
 * the asker is unnamed), the subject of "seems / appears", and a lone determiner.
 */
function notASource(tokens: Token[], w: Window, h0: number, source: Range): boolean {
  const lo = firstTokenAt(tokens, w, source.start);
  const words: string[] = [];
  for (let k = lo; k < w.t1 && tokens[k].start < source.end && words.length < 7; k++) if (isWordToken(tokens[k].text)) words.push(tokens[k].text.toLowerCase());
  if (words.length === 1 && LONE_WORDS.has(words[0])) return true;
  // "it seems", and "she appeared to step on her own message": how things seem is the writer's reading, not the subject's
  // claim (PolNeAR train: 190 of 238 such cues have no source).
  if (IMPERSONAL.test(tokens[w.t0 + h0].text.toLowerCase())) return true;
  // "last year", "Since", "on Thursday": a time or a conjunction names no one.
  if (words.length > 0 && words.length < 7 && words.every(isTimeOrLink)) return true;
  if (source.end > tokens[w.t0 + h0].start) return false;
  let k = h0 - 1;
  if (k >= 0 && ADVERB.test(tokens[w.t0 + k].text)) k--;
  return k >= 0 && BE.has(tokens[w.t0 + k].text.toLowerCase()) && /ed$/.test(tokens[w.t0 + h0].text.toLowerCase());
}

/** Longest relative clause read back over (tokens). */
const MAX_RELATIVE = 20;

/**
 * The window index of "who" / "which" after a comma opening a relative clause that runs, with no other comma, to a comma
 * ending source run [a, b) right before its cue; -1 when the run is no such clause's tail.
 */
function relativeOpening(tokens: Token[], w: Window, a: number, b: number): number {
  if (tokens[w.t0 + b - 1].text !== ',' || /^(?:who|which)$/i.test(tokens[w.t0 + a].text)) return -1;
  for (let k = a - 1; k >= Math.max(1, a - MAX_RELATIVE); k--) {
    const t = tokens[w.t0 + k].text;
    if (t === ',' || /^[.;:?!]$/.test(t) || w.quoteOf[k] >= 0) return -1;
    if (/^(?:who|which)$/i.test(t)) return tokens[w.t0 + k - 1].text === ',' ? k : -1;
  }
  return -1;
}

const GERUND_PREPS = new Set(['by', 'after', 'before', 'while', 'without', 'when']);
const ADVERB = /^(also|then|later|\p{Ll}+ly)$/u;

/** The "and" / "but" joining a cue to the verb before it ("… and acknowledged", "but later said"), or -1. */
function coordinatedAt(tokens: Token[], w: Window, h0: number): number {
  let k = h0 - 1;
  if (k >= 0 && ADVERB.test(tokens[w.t0 + k].text)) k--;
  const t = k >= 0 ? tokens[w.t0 + k].text.toLowerCase() : '';
  return t === 'and' || t === 'but' ? k : -1;
}

function isAttributive(tokens: Token[], w: Window, h0: number): boolean {
  if (h0 < 1 || h0 + 1 >= w.t1 - w.t0) return false;
  const cue = tokens[w.t0 + h0].text;
  const before = tokens[w.t0 + h0 - 1].text;
  const after = tokens[w.t0 + h0 + 1].text;
  if (!/ed$/.test(cue)) return false;
  // "In a letter to The Mercury News, published on Monday, …": a participle after a prepositional object
  // and a comma, then a time, is a reduced relative clause ("Smith, the mayor, added on Monday" is not).
  if (before === ',' && (REDUCED_RELATIVE_NEXT.test(after) || TIME_OPENERS.has(after))) {
    for (let k = h0 - 2; k >= 0 && k >= h0 - 6 && isWordToken(tokens[w.t0 + k].text); k--) if (PREPOSITIONS.has(tokens[w.t0 + k].text.toLowerCase())) return true;
  }
  return /^(?:the|a|an)$/i.test(before) && /^\p{Ll}+$/u.test(after);
}

const REDUCED_RELATIVE_NEXT = /^(?:on|in)$/;
const PREPOSITIONS = new Set(['to', 'in', 'of', 'by', 'from', 'for', 'with', 'on', 'at']);

function hasWord(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isWordToken(tokens[k].text)) return true;
  return false;
}

const SUBJECT_WORDS = new Set(['he', 'she', 'they', 'we', 'i', 'the', 'a', 'an', 'his', 'her', 'their', 'its']);
/** Longest subject taken after an opening participle: a name, or a determiner and its nouns. */
const MAX_SUBJECT_TOKENS = 6;
const MAX_NOUN_PHRASE_TOKENS = 4;

/**
 * "Noting that Obama's policy …, Trump reminded …", "Citing last week's attacks, Will …": a participle
 * opening its sentence has the main clause's subject, which follows the comma that ends its content.
 */
function subjectAfterOpener(tokens: Token[], w: Window, h0: number, content: Array<[number, number]>): Range | null {
  if (!RULES.openingParticiples || !/^\p{Lu}\p{Ll}+ing$/u.test(tokens[w.t0 + h0].text)) return null;
  if (h0 > 0 && !/^[.?!:"”]$/.test(tokens[w.t0 + h0 - 1].text)) return null;
  const run = content.find(([a]) => a > h0);
  if (!run) return null;
  const n = w.t1 - w.t0;
  let s = run[1];
  while (s < n && isTrailingPunct(tokens[w.t0 + s].text) && tokens[w.t0 + s].text !== ',') s++;
  if (s >= n || tokens[w.t0 + s].text !== ',' || w.quoteOf[s] >= 0) return null;
  s++;
  if (s >= n || !isWordToken(tokens[w.t0 + s].text)) return null;
  const first = tokens[w.t0 + s].text;
  if (!isCapitalised(first) && !SUBJECT_WORDS.has(first.toLowerCase())) return null;
  if (NOT_SUBJECT.has(first.toLowerCase()) && !SUBJECT_WORDS.has(first.toLowerCase())) return null;
  // A name runs over its capitalised words ("State Department"); a determiner takes a few nouns ("the actor").
  const name = isCapitalised(first) && !SUBJECT_WORDS.has(first.toLowerCase());
  let e = s + 1;
  const verbLike = (t: string) => /(?:ed|ly)$/.test(t) || (cueLexicon().get(t.toLowerCase()) ?? 0) >= CUE_THRESHOLD;
  const inPhrase = (t: string) => (name ? isCapitalised(t) || /^['’]s?$/.test(t) : isWordToken(t) && !verbLike(t) && !NOT_AFTER_SUBJECT.has(t.toLowerCase()));
  if (!SUBJECT_PRONOUNS.has(first.toLowerCase()) && first.toLowerCase() !== 'i')
    while (e < n && e - s < (name ? MAX_SUBJECT_TOKENS : MAX_NOUN_PHRASE_TOKENS) && w.quoteOf[e] < 0 && inPhrase(tokens[w.t0 + e].text)) e++;
  return { start: tokens[w.t0 + s].start, end: tokens[w.t0 + e - 1].end };
}



/** A finite cue right after a comma whose tagger source ends at that comma (", said"), not at a sentence start. */
function isAfterAppositive(tokens: Token[], w: Window, h0: number, source: Range): boolean {
  // The comma may stand before a time or an adverb: "Bruce McArthur, from Toronto, Canada, on Tuesday admitted".
  const c = skipLeftAdverbs(tokens, w.t0 + h0, w.t0) - w.t0;
  if (c < 1 || tokens[w.t0 + c].text !== ',' || tokens[w.t0 + h0].text.toLowerCase().endsWith('ing')) return false;
  const comma = tokens[w.t0 + c];
  if (source.end > comma.end || comma.start - source.end > 1) return false;
  const s = sentenceStart(tokens, w, c);
  return tokens[w.t0 + s].start < source.start;
}
