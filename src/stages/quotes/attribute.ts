/**
 * Attribution inside one window: which cue introduces which content, and who the source is.
 * Works on tokens only; linking sources to entities happens afterwards (speaker.ts).
 */
import type { QuoteKind, Token } from '../../core/layers.js';
import type { Range } from '../../core/span.js';
import { CUE_THRESHOLD, STRONG_CUE, findCues, type CueTokens } from './cues.js';
import { leftSource, rightSource, skipLeftAdverbs, type SourceTokens } from './source.js';
import type { Window } from './windows.js';
import { COMPLEMENTISER, countWords, countWordsInRange, isCapitalised, isTrailingPunct, isWordToken } from './words.js';
import { RULES } from './ablations.js';
import { cueLexicon } from './lexicon.js';
import { participleSubject } from './learned.js';
import { isCalendarWord } from './time-words.js';

export interface Draft {
  kind: QuoteKind;
  content: Range;
  cue: Range | null;
  source: Range | null;
  /** The learned path's fallback when the tagger gave no source: the subject the rules find left of the cue. */
  subject?: Range | null;
  /** A direct quote with no cue of its own: continues the previous speaker. */
  continued: boolean;
  paragraph: number;
  /** Reported by another attribution around it ("According to X, Y said …"): kept inside that one's content. */
  reported?: boolean;
  /** The cue as shown, when wider than the cue the rules read: "denied responsibility for" (the object and its preposition). */
  shownCue?: Range;
}

/** Minimum words for a quotation with no cue to count as a quote rather than a title or scare quote. */
const MIN_UNCUED_WORDS = 4;
/** How far after a cue "that" may still open its content ("told reporters on Tuesday that"). */
const COMPLEMENTISER_REACH = 8;
/** Words after a cue that are only adjuncts ("on Thursday", "in a statement"): the content precedes it. */
const MAX_ADJUNCT_WORDS = 7;
/** Words of an addressee between a cue and its quotation ("told the visiting delegation: “…"). */
const MAX_OBJECT_WORDS = 5;
/** Longest object of a cue that still opens the quotation after a colon ("told his audience, to applause:"). */
const MAX_OPENER_WORDS = 10;
/** How many later cues of a window may cut a content span short. */
const MAX_LATER_CUES = 4;
const CLAUSE_BREAK = new Set(['while', 'whereas', 'although', 'though', 'but']);
/** Words opening a clause of time or cause whose verb is no attribution of what follows ("when Trump interjected, …"). */
const SUBORDINATORS = new Set(['when', 'while', 'after', 'before', 'once', 'because', 'since', 'until', 'whenever']);
const PARTICLES = new Set(['for', 'to', 'about', 'on', 'of', 'with', 'against', 'at']);

/** A cue that ends its paragraph with a colon ("Cruz continued:"): its quotation follows below. */
export interface Opener {
  cue: Range;
  source: Range | null;
  paragraph: number;
}

export function attributeWindow(
  text: string,
  tokens: Token[],
  w: Window,
  lexicon: Map<string, number>,
  cueThreshold = CUE_THRESHOLD,
): { drafts: Draft[]; opener: Opener | null } {
  const cues = findCues(tokens, w, lexicon, cueThreshold);
  const used = new Uint8Array(w.quotes.length);
  const drafts: Draft[] = [];
  const quoteAt = (t: number) => (t >= w.t0 && t < w.t1 ? w.quoteOf[t - w.t0] : -1);
  const inQuote = (t: number) => quoteAt(t) >= 0;
  const range = (s: SourceTokens | null): Range | null => (s ? { start: tokens[s.t0].start, end: tokens[s.t1 - 1].end } : null);
  // Region start for content before a cue: after the previous attribution in this window.
  let regionStart = w.t0;
  let opener: Opener | null = null;

  for (let ci = 0; ci < cues.length; ci++) {
    const cue = cues[ci];
    const cueRange = { start: tokens[cue.t0].start, end: tokens[cue.t1 - 1].end };
    const isAccording = cue.t1 - cue.t0 === 2;
    const hi = w.t1;

    let left = isAccording ? null : leftSource(tokens, cue.t0, Math.max(w.t0, regionStart), inQuote);
    let right: SourceTokens | null = null;
    if (isAccording || (!left && inversionContext(tokens, cue.t0, w.t0))) right = rightSource(tokens, cue.t1, hi, inQuote);
    // "X said A and added B": the second cue shares the first one's subject.
    // A weak cue word inside content already reported, with no subject of its own, is part of that content.
    if (!left && !right && cue.p < STRONG_CUE && drafts.some((d) => d.content.start <= cueRange.start && cueRange.end <= d.content.end)) continue;
    // "When Trump interjected, Biden said “…”": a cue in a clause of time or cause before a comma reports nothing.
    if (left && left.t0 - 1 >= w.t0 && SUBORDINATORS.has(tokens[left.t0 - 1].text.toLowerCase()) && cue.t1 < hi && tokens[cue.t1].text === ',') continue;
    let source = range(left ?? right);
    if (!source && !isAccording && drafts.length && drafts[drafts.length - 1].cue) {
      const j = skipLeftAdverbs(tokens, cue.t0, w.t0);
      const joiner = j >= w.t0 ? tokens[j].text.toLowerCase() : '';
      if (joiner === 'and' || joiner === ',' || tokens[cue.t0].text.toLowerCase().endsWith('ing')) source = drafts[drafts.length - 1].source;
    }
    // "Michelle Obama gave the address, urging viewers, “…”": a participle after a comma has the sentence's subject.
    if (!source && !isAccording && /^\p{Ll}+ing$/u.test(tokens[cue.t0].text)) source = participleSubject(tokens, w, cue.t0 - w.t0, []);
    const push = (kind: QuoteKind, content: Range) => {
      drafts.push({ kind, content, cue: cueRange, source, continued: false, paragraph: w.paragraph });
    };

    // 1. Direct quotes next to the cue: “…,” she said / “…,” said Smith / said: “…” / “A,” he said, “B.”
    let b = (left ? left.t0 : cue.t0) - 1;
    if (b >= w.t0 && tokens[b].text === ',') b--;
    let qb = quoteAt(b);
    if (qb >= 0 && (used[qb] || w.quotes[qb].end !== tokens[b].end)) qb = -1;
    const a = quoteAfterCue(tokens, right && !left ? right.t1 : cue.t1, hi, quoteAt);
    let qa = a < 0 ? -1 : quoteAt(a);
    if (qa >= 0 && (used[qa] || w.quotes[qa].start !== tokens[a].start)) qa = -1;
    // A quote before only counts when nothing but adjuncts or a second quote follow the cue.
    if (qb >= 0 && qa < 0 && !afterIsAdjunct(tokens, cue.t1, hi, right)) qb = -1;
    if (qa >= 0 && qb >= 0 && tokens[a - 1].text !== ',') qb = -1;
    if (qa >= 0 || qb >= 0) {
      for (const q of [qb, qa]) {
        if (q < 0) continue;
        used[q] = 1;
        push('direct', quoteRange(w, q));
      }
      regionStart = qa >= 0 ? endToken(tokens, w, w.quotes[qa].end) : cue.t1;
      continue;
    }

    // 3. Content after the cue.
    const after = contentAfter(tokens, w, cue, isAccording ? right : null, cues.slice(ci + 1, ci + 1 + MAX_LATER_CUES), hi);
    const commaBefore = commaBeforeAttribution(tokens, w, left, cue, isAccording);
    const useBefore = commaBefore && (after === null || (isAccording ? false : afterIsAdjunct(tokens, cue.t1, hi, right)));
    // "He told his audience, to rowdy applause:": a short object running to a colon that closes the window is
    // the cue's adjunct; the quotation comes next, as for "Cruz continued:".
    if (after && !useBefore && RULES.openerObjects && ci === cues.length - 1 && tokens[w.t1 - 1].text === ':' && after.t1 >= w.t1 - 1 && quoteAt(after.t0) < 0 && countWords(tokens, cue.t1, w.t1) <= MAX_OPENER_WORDS) {
      opener = { cue: cueRange, source, paragraph: w.paragraph };
      continue;
    }
    if (after && !useBefore) {
      const r = { start: tokens[after.t0].start, end: tokens[after.t1 - 1].end };
      push(kindOf(w, r, used), r);
      regionStart = after.t1;
      continue;
    }

    // A cue and a colon closing the window: the quotation comes next ("Cruz continued:").
    if (!after && ci === cues.length - 1 && tokens[w.t1 - 1].text === ':' && countWords(tokens, cue.t1, w.t1) <= MAX_OBJECT_WORDS) {
      opener = { cue: cueRange, source, paragraph: w.paragraph };
      continue;
    }

    // 4. Content before: "The economy is strong, he said." / "…, according to the poll."
    if (commaBefore) {
      const end = commaBefore;
      let s = regionStart;
      while (s < end && !isWordToken(tokens[s].text) && quoteAt(s) < 0) s++;
      if (countWords(tokens, s, end) >= 2) {
        const r = { start: tokens[s].start, end: tokens[end - 1].end };
        push(kindOf(w, r, used), r);
      }
      regionStart = cue.t1;
    }
  }

  // Quotations no cue claimed: sentence-like ones are quotes whose speaker comes from context.
  w.quotes.forEach((q, i) => {
    if (used[i]) return;
    for (const d of drafts) if (d.content.start < q.end && q.start < d.content.end) return;
    const words = countWordsInRange(text, q.start, q.end);
    // '“…” -Michelle Marks, Philadelphia.', '“…” — President Obama': a dash and a name sign the quotation.
    const signed = DASH_SIGNATURE.exec(text.slice(q.end, q.end + 80));
    if (signed && words >= 2 && !isCalendarWord(signed[2].split(/\s/)[0])) {
      const dash = q.end + signed[0].indexOf(signed[1]);
      const name = q.end + signed[0].length - signed[2].length;
      // "― Carla Sanchez." ends a sentence; "― Martin Luther King Jr." keeps its abbreviation.
      const nameLength = /[\p{Ll}]{2}\.$/u.test(signed[2]) && !/\b(?:Jr|Sr|St)\.$/.test(signed[2]) ? signed[2].length - 1 : signed[2].length;
      drafts.push({ kind: 'direct', content: { start: q.start, end: q.end }, cue: { start: dash, end: dash + 1 }, source: { start: name, end: name + nameLength }, continued: false, paragraph: w.paragraph });
      return;
    }
    // "Jo Anne Van Tilburg of UCLA disagreed with these findings: “…”": the named subject of the clause before the colon.
    const intro = words >= MIN_UNCUED_WORDS ? colonIntro(tokens, w, q.start) : null;
    if (intro) {
      drafts.push({ kind: 'direct', content: { start: q.start, end: q.end }, cue: intro.cue, source: intro.source, continued: false, paragraph: w.paragraph });
      return;
    }
    const atStart = q.start <= tokens[w.t0].start;
    if (words < MIN_UNCUED_WORDS || (!atStart && words < MIN_UNCUED_WORDS + 2)) return;
    drafts.push({ kind: 'direct', content: { start: q.start, end: q.end }, cue: null, source: null, continued: true, paragraph: w.paragraph });
  });
  drafts.sort((x, y) => x.content.start - y.content.start);
  return { drafts, opener };
}

/** Lower-case words allowed inside a name and its affiliation ("of the University of California, Los Angeles"). */
const NAME_LINKS = new Set(['of', 'the', 'and', 'for', 'de', 'at', ',', '-', '.']);
/** Longest subject before the verb of a colon intro. */
const MAX_INTRO_SUBJECT = 14;

/**
 * A sentence "Name (of Affiliation) verb …: “quotation”": the name is the source, the verb the cue. The verb
 * must look like one (a past tense, or a word the cue lexicon has seen heading a cue); the name opens the sentence.
 */
function colonIntro(tokens: Token[], w: Window, quoteStart: number): { cue: Range; source: Range } | null {
  let c = -1;
  for (let k = w.t0; k < w.t1 && tokens[k].end <= quoteStart; k++) c = k;
  if (c < 0 || tokens[c].text !== ':') return null;
  const s = w.t0;
  if (!isCapitalised(tokens[s].text) || w.quoteOf[0] >= 0) return null;
  let v = s;
  let lastName = s;
  while (v < c && v - s <= MAX_INTRO_SUBJECT && (isCapitalised(tokens[v].text) || NAME_LINKS.has(tokens[v].text.toLowerCase()))) {
    if (isCapitalised(tokens[v].text)) lastName = v;
    v++;
  }
  if (v >= c || v - s > MAX_INTRO_SUBJECT) return null;
  // "The statement read:" names no one: the subject needs a capitalised word that is not its determiner.
  if (lastName === s && /^(?:the|a|an|this|that|these|those|his|her|its|their)$/i.test(tokens[s].text)) return null;
  const verb = tokens[v].text;
  if (!/^\p{Ll}+$/u.test(verb) || !(verb.endsWith('ed') || (cueLexicon().get(verb) ?? 0) >= 0.05)) return null;
  return { cue: { start: tokens[v].start, end: tokens[v].end }, source: { start: tokens[s].start, end: tokens[lastName].end } };
}

/** A dash right after a quotation, then a capitalised name of up to five words. */
const DASH_SIGNATURE = /^[ \t\u00a0]*([-–—―])[ \t\u00a0]*((?:\p{Lu}[\p{L}.'’-]*)(?:[ \t\u00a0]+\p{Lu}[\p{L}.'’-]*){0,4})(?=[,.;\s]|$)/u;

/** Token where a quotation opens just after the cue: "said, “…", "told the council: “…"". -1 when none. */
function quoteAfterCue(tokens: Token[], from: number, hi: number, quoteAt: (t: number) => number): number {
  for (let k = from, words = 0; k < hi && words <= MAX_OBJECT_WORDS; k++) {
    if (quoteAt(k) >= 0) return k === from || tokens[k - 1].text === ':' || tokens[k - 1].text === ',' ? k : -1;
    const t = tokens[k].text;
    if (isWordToken(t)) {
      if (COMPLEMENTISER.has(t.toLowerCase())) return -1;
      words++;
    } else if (t !== ',' && t !== ':') return -1;
  }
  return -1;
}

/** A cue with nothing but punctuation (or the window start) before it may take its source after it. */
function inversionContext(tokens: Token[], ci: number, lo: number): boolean {
  const j = skipLeftAdverbs(tokens, ci, lo);
  return j < lo || !isWordToken(tokens[j].text);
}

function quoteRange(w: Window, qi: number): Range {
  return { start: w.quotes[qi].start, end: w.quotes[qi].end };
}

/** First token at or after offset `end` within the window. */
function endToken(tokens: Token[], w: Window, end: number): number {
  let t = w.t0;
  while (t < w.t1 && tokens[t].start < end) t++;
  return t;
}

/** Mixed when the content holds a quotation (which it then owns), indirect otherwise. */
function kindOf(w: Window, r: Range, used: Uint8Array): QuoteKind {
  let kind: QuoteKind = 'indirect';
  w.quotes.forEach((q, i) => {
    if (q.start < r.end && r.start < q.end) {
      used[i] = 1;
      kind = q.start <= r.start && q.end >= r.end ? 'direct' : 'mixed';
    }
  });
  return kind;
}


/** After the cue there is only an inverted source and adjuncts, so the content must precede it. */
function afterIsAdjunct(tokens: Token[], from: number, hi: number, right: SourceTokens | null): boolean {
  let t = right ? right.t1 : from;
  let words = 0;
  for (; t < hi; t++) {
    const w = tokens[t].text.toLowerCase();
    if (COMPLEMENTISER.has(w) && w !== 'when' && w !== 'where') return false;
    if (isWordToken(w)) words++;
    else if (w === ':' || w === '“' || w === '"') return false;
  }
  return words <= MAX_ADJUNCT_WORDS;
}

/** Token index of a comma that ends content preceding the attribution, or 0 when there is none. */
function commaBeforeAttribution(tokens: Token[], w: Window, left: SourceTokens | null, cue: CueTokens, isAccording: boolean): number {
  let b = (left && !isAccording ? left.t0 : cue.t0) - 1;
  if (b < w.t0) return 0;
  if (tokens[b].text === ',' || tokens[b].text === '—') return b > w.t0 ? b : 0;
  return 0;
}

/** The reported clause after the cue, up to the end of the window or the next attribution. */
function contentAfter(tokens: Token[], w: Window, cue: CueTokens, accordingSource: SourceTokens | null, laterCues: CueTokens[], hi: number): { t0: number; t1: number } | null {
  let s = accordingSource ? accordingSource.t1 : cue.t1;
  while (s < hi && (tokens[s].text === ',' || tokens[s].text === ':')) s++;
  // The particle of a phrasal cue belongs to the cue ("called for", "referring to", "talked about").
  if (!accordingSource && s < hi && PARTICLES.has(tokens[s].text.toLowerCase())) s++;
  if (accordingSource === null) {
    // "told reporters on Tuesday that …": content opens at the complementiser.
    for (let k = s; k < hi && k < s + COMPLEMENTISER_REACH; k++) {
      const t = tokens[k].text;
      if (!isWordToken(t)) break;
      if (t.toLowerCase() === 'that') {
        s = k;
        break;
      }
    }
  }
  let e = hi;
  // Stop before a following attribution's clause ("…, and Jones said …", "…, adding that …").
  for (const next of laterCues) {
    if (next.t0 <= s || e < hi) break;
    for (let k = next.t0 - 1; k > s + 1; k--) {
      const t = tokens[k].text.toLowerCase();
      if (t === ',' || t === ';' || t === 'but' || t === 'while' || t === '—') {
        if (countWords(tokens, s, k) >= 2) e = k;
        break;
      }
    }
  }
  // A semicolon or a contrastive clause ends the reported clause ("…, while 13 percent were unsure").
  for (let k = s + 2; k < e; k++) {
    if (w.quoteOf[k - w.t0] >= 0) continue;
    const t = tokens[k].text.toLowerCase();
    if (t === ';' || (t === ',' && k + 1 < e && CLAUSE_BREAK.has(tokens[k + 1].text.toLowerCase()))) {
      e = k;
      break;
    }
  }
  // Trailing punctuation is not content, unless it sits inside a closing quotation.
  while (e > s && isTrailingPunct(tokens[e - 1].text) && w.quoteOf[e - 1 - w.t0] < 0) e--;
  while (e > s && (tokens[e - 1].text === 'and' || tokens[e - 1].text === 'but')) e--;
  if (countWords(tokens, s, e) < 2) return null;
  return { t0: s, t1: e };
}
