/**
 * Who claims a figure: the speaker of the innermost quote whose content holds it; else the
 * speaker of a reported clause that opens the figure's sentence and whose content the quotes
 * stage ended early ("Police said over a hundred people attended the party, located in ...,
 * four of whom were injured"); the outlet otherwise (also for speakers that name no source: see
 * `namesSource`). Where the quotes stage missed the attribution or its source, reported.ts and
 * quotation.ts read it off the text: a quotation's source by its colon or cue, another part of
 * the same quotation, an "According to X," opener, a main clause of saying ("Trump charges
 * that ..."); the source is linked to entities as the quotes stage links speakers. Estimates and
 * polls are tried after this index (estimate.ts, poll.ts).
 */
import type { Claimant, EntitiesLayer, Quote, Sentence, Token } from '../../core/layers.js';
import { firstStartingAtOrAfter, lastStartingAtOrBefore, type Range, type Span } from '../../core/span.js';
import { SpeakerLinker } from '../quotes/speaker.js';
import { quotations } from './quotation.js';
import { isNumberWord } from './words.js';
import { SAYING_VERBS, accordingOpener, quotationSource, reportingClause, type ReportingClause, type SentenceTokens } from './reported.js';

export interface ClaimantIndex {
  /**
   * `sentence`: the figure's sentence, for reported clauses that run on past their content;
   * `tokens`: its token range and the figure's first token, for attributions the quotes stage missed (reported.ts).
   */
  of(r: Range, sentence?: Range, tokens?: { from: number; lim: number; first: number }): Claimant;
}

/** What the fallbacks of reported.ts read: tokens, sentences and the entities layer to link a source as the quotes stage does. */
export interface SentenceContext {
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  paragraphs: readonly Range[];
  entities: EntitiesLayer;
}

const speakerClaim = (q: Quote): Claimant => ({ kind: 'speaker', name: q.speaker!.name, entity: q.speaker!.entity, quote: q.id });

const FUNCTION_WORD = /^(?:the|a|an|this|that|these|those|it|by|of|in|which|who|whom|there|one)$/i;
/** Words left of a time the tagger took for a source ("on Tuesday", "as of Wednesday"). */
const TIME_PREPOSITIONS = /^(?:on|in|at|by|of|as|during|since|until|from)$/i;
/** "reports said", "Reports as of Wednesday", "according to local reports": nobody stands behind the figure. */
const BARE_REPORTS = /^(?:(?:the|some|other|initial|early|earlier|later|local|media|news|press|unconfirmed|several|multiple|many)\s+)*reports?\b(?!\s+(?:by|from)\b)/i;
/** "the report", "this report": one document the text has named, a source (unlike "reports" or "a report"). */
const DEFINITE_REPORT = /^(?:the|this|that)\s+(?:\w+\s+)?report\b/i;

/**
 * Cues of doing rather than saying, which PolNeAR-style attribution sometimes covers ("Energean
 * signed a letter of intent on selling two billion cubic meters"): what they govern is no claim.
 */
const ACTIONS = new Set(('signed sign signs signing sent send sends made make makes took take takes gave give gives built ' +
  'launched approved passed voted ordered bought sold paid spent awarded sees see saw drew draw draws favored favoured favors ' +
  'favours preferred prefer prefers backed designed appeared appears seemed seems scrambled churned welcomed welcomes went ' +
  'challenging challenged dubbed examined examines examine petitioned').split(' '));
/** "was found guilty on 859 counts": a verdict, not the defendant's claim. */
const VERDICT = /^(?:not\s+)?(?:guilty|liable|innocent|dead)\b/i;

/** What an action cue may go on to: "went on to say". */
const GOES_ON_TO_SAY = /^(?:on\s+)?(?:to\s+)?(?:say|add|note|explain|tell|claim)\b/i;

const COMMITS = new Set('agreed agree agrees decided decide decides seeks seek sought'.split(' '));
const DENIALS = new Set('denied denies deny denying rejected rejects rejecting disputed disputes disputing dismissed dismisses refuted refutes'.split(' '));

/**
 * A speaker that names a source: not a lone function word, not anonymous "reports", not the doer
 * of an action. `isTime` says whether a range lies inside a timex of the times layer.
 */
function namesSource(q: Quote, isTime: (r: Range) => boolean): boolean {
  const name = q.speaker?.name;
  if (!name || FUNCTION_WORD.test(name)) return false;
  // An unlinked phrase that is a time, or holds a number or a clause break, is a tagging slip, not
  // a source ("on Tuesday", "varying reports, nearly 2000 people").
  if (slip(q, isTime)) return false;
  const cue = q.cue ? q.cue.text.toLowerCase().split(' ')[0] : '';
  // "went on to say" is speech, "went up against" is not.
  // (The cue may hold the whole "went on to say"; the content then starts after it.)
  if (ACTIONS.has(cue) && !GOES_ON_TO_SAY.test(q.content.text) && !GOES_ON_TO_SAY.test(q.cue!.text.slice(cue.length).trim())) return false;
  // "Lam also agreed to add two members": a commitment to act states no figure.
  if (COMMITS.has(cue) && /^to\s/i.test(q.content.text)) return false;
  if (cue === 'found' && VERDICT.test(q.content.text)) return false;
  // "a claim the army denies", "Moscow rejected reports that 40 …": what is denied is not the denier's figure.
  if (DENIALS.has(cue)) return false;
  // "said as she and hundreds of others marched": a clause of time after the cue is the outlet's narration, not what was said
  // ("said as many as 32 died" is a hedge, not a clause).
  if (q.cue && q.cue.start < q.content.start && /^(?:as(?!\s+(?:well|many|much|few|little|high|low|large|long|early|late|recently|often|far|of)\b)|while|when|before|after)\s/i.test(q.content.text)) return false;
  if (!q.speaker!.entity && BARE_REPORTS.test(name) && !DEFINITE_REPORT.test(name)) return false;
  return true;
}

const CUT_SHORT = /\s(?:of|the|a|an|from|to|by|for|with|in|on|at|and|or)$/i;
const NOBODY = /^(?:no|none|nobody|neither)\b/i;

/** An unlinked speaker that is a time or holds a number or a clause break: the tagger took the wrong words for the source. */
function slip(q: Quote, isTime: (r: Range) => boolean): boolean {
  const sp = q.speaker;
  if (!sp || sp.entity) return false;
  // "nine counts of child abuse": a number word taken for the source; "Out of a total of, say, 6900": a phrase
  // that ends in a function word is cut short; "no candidate mentioned …": nobody said it.
  return /[\d,;\u2013\u2014]|\s-\s|--/.test(sp.name) || isNumberWord(sp.name.toLowerCase()) || CUT_SHORT.test(sp.name) || NOBODY.test(sp.name) || (sp.mention !== null && timeOnly(sp.mention, isTime));
}

/** Every word of the mention is inside a timex, but for prepositions before it. */
function timeOnly(m: Span, isTime: (r: Range) => boolean): boolean {
  let any = false;
  for (const w of m.text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const start = m.start + w.index!;
    if (isTime({ start, end: start + w[0].length })) any = true;
    else if (!TIME_PREPOSITIONS.test(w[0])) return false;
  }
  return any;
}

/** Verbs of an official count, whose clause runs on like a report ("recorded 1,200 new cases, bringing the total to 45,000"). */
const COUNTING_VERBS = ['recorded', 'records', 'registered', 'registers', 'counted', 'counts', 'logged', 'logs', 'tallied'];
/** Cues (first word, lower case) whose reported clause may run on past the content the quotes stage gave it. */
const SAYING = new Set([...SAYING_VERBS, 'according', ...COUNTING_VERBS]);
/**
 * ", while police put the figure at …", ", but the army said …": a contrast with an attribution of its own (its subject
 * within a few words) starts another claim; a plain contrast ("…, while two adults were injured") goes on with the first.
 */
const CONTRAST = /,\s+(?:while|whereas|but|although|though)\s+(?:\S+\s+){0,4}?(?:put|puts|placed|places|estimated|estimates|said|says|say|reported|reports|claimed|claims|told|counted|counts)\b/i;
/** ; — – : */
const CLAUSE_BREAKS = new Set([0x3b, 0x2014, 0x2013, 0x3a]);
/** A dash typed as "--" or a spaced hyphen (" - "): a clause break as well. */
const isAsciiDash = (t: string, k: number) => t[k] === '-' && (t[k + 1] === '-' || (t[k - 1] === ' ' && t[k + 1] === ' '));

/** Whether a cue of the sorted `cues` starts in [a, b), other than at `skip`. */
function cueBetween(cues: readonly Range[], a: number, b: number, skip: number): boolean {
  for (let i = firstStartingAtOrAfter(cues, a); i < cues.length && cues[i].start < b; i++) if (cues[i].start !== skip) return true;
  return false;
}

export function claimantIndex(quotes: readonly Quote[], outlet: string | null, text = '', times: readonly Range[] = [], ctx?: SentenceContext): ClaimantIndex {
  // Timexes by start; one holding r starts at most a few hundred characters before it.
  const ts = [...times].sort((a, b) => a.start - b.start);
  const isTime = (r: Range) => {
    for (let i = lastStartingAtOrBefore(ts, r.start); i >= 0 && ts[i].start > r.start - 300; i--) if (r.end <= ts[i].end) return true;
    return false;
  };
  const sorted = [...quotes].sort((a, b) => a.content.start - b.content.start);
  // Longest content end so far, for an early stop in the backward walk.
  const maxEnd: number[] = [];
  let m = -1;
  for (const q of sorted) maxEnd.push((m = Math.max(m, q.content.end)));
  const outletClaim: Claimant = { kind: 'outlet', name: outlet };

  /** The reported clause before `r` in its sentence: cue before content ("X said ...", "According to X, ..."), nothing quoted in between. */
  function runOn(at: number, r: Range, sentence: Range): Claimant | null {
    for (let i = at; i >= 0 && sorted[i].content.start >= sentence.start; i--) {
      const q = sorted[i];
      if (q.content.end > r.start) return null; // overlaps the figure without holding it
      // The nearest quote before the figure decides: a later cue or quote would start a new claim.
      if (!namesSource(q, isTime) || q.kind === 'direct' || !q.cue || q.cue.start > q.content.start || q.cue.start < sentence.start) return null;
      // Only verbs of saying and reporting run on ("called Nevada for Biden" and "known for" do not).
      if (!SAYING.has(q.cue.text.toLowerCase().split(' ')[0])) return null;
      // A semicolon or a dash starts a new clause in the outlet's voice.
      for (let k = q.content.end; k < r.start; k++) if (CLAUSE_BREAKS.has(text.charCodeAt(k)) || isAsciiDash(text, k)) return null;
      // So does a contrast with an attribution of its own: "…, while police put the figure at about 40,000".
      if (CONTRAST.test(text.slice(q.content.end, r.start))) return null;
      return speakerClaim(q);
    }
    return null;
  }

  const view: SentenceTokens | null = ctx ? { text, tokens: ctx.tokens, mentions: ctx.entities.mentions, isTime } : null;
  // Built on first use: most figures never need a source of their own.
  let linker: SpeakerLinker | null = null;
  const marks = ctx ? quotations(text, ctx.paragraphs) : null;
  const cues = quotes.filter((q) => q.cue).map((q) => q.cue!).sort((a, b) => a.start - b.start);
  /** The reported clause of each sentence asked so far, by its first token. */
  const clauses = new Map<number, ReportingClause | null>();

  /** A source range found by reported.ts: the quote whose speaker is that mention, else linked like the quotes stage does. */
  function sourceClaim(src: Range, quote: Quote | null): Claimant | null {
    for (const q of quotes) {
      const m = q.speaker?.mention;
      if (m && m.start < src.end && src.start < m.end && namesSource(q, isTime)) return speakerClaim(q);
    }
    linker ??= new SpeakerLinker(text, ctx!.entities);
    const sp = linker.speaker(src);
    // The guards of namesSource for a phrase the quotes stage never saw: function words, anonymous reports, times, numbers.
    if (!sp.entity && (FUNCTION_WORD.test(sp.name) || (BARE_REPORTS.test(sp.name) && !DEFINITE_REPORT.test(sp.name)) || /[\d,;]/.test(sp.name) || timeOnly(sp.mention!, isTime))) return null;
    return { kind: 'speaker', name: sp.name, entity: sp.entity, quote: quote?.id ?? null };
  }

  function sentenceOf(token: number): [number, number] {
    const ss = ctx!.sentences;
    let lo = 0;
    let hi = ss.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ss[mid].tokenStart <= token) lo = mid;
      else hi = mid - 1;
    }
    return [ss[lo].tokenStart, ss[lo].tokenEnd];
  }

  /**
   * A figure inside a quotation (by its marks) that no quote holds: the named speaker of a quote
   * sharing that quotation, else the quotation's own source (a clause before its colon, a name by the cue after it).
   */
  function inQuotation(r: Range): Claimant | null {
    const qt = marks!.holding(r);
    if (!qt) return null;
    let near: Quote | null = null;
    for (const q of quotes) {
      if (q.content.start >= qt.end || q.content.end <= qt.start || !namesSource(q, isTime)) continue;
      // The part of the quotation nearest before the figure, else the first after it.
      const before = q.content.start <= r.start;
      if (!near || (before && (near.content.start > r.start || q.content.start > near.content.start))) near = q;
    }
    if (near) return speakerClaim(near);
    const after = /^[,\s]*(?:said|says|added|adds|told|wrote|writes|continued|explained)\b/i.exec(text.slice(qt.end, qt.end + 20));
    const cue = after ? { start: qt.end + after[0].search(/\S+$/), end: qt.end + after[0].length } : null;
    const src = quotationSource(view!, qt, cue, sentenceOf);
    return src ? sourceClaim(src, null) : null;
  }

  /** Attributions the quotes stage missed in the figure's sentence: an "According to X," opener or a main clause of saying. */
  function missed(r: Range, sentence: Range, at: { from: number; lim: number; first: number }, slipped?: Quote): Claimant | null {
    // Cues the quotes stage found before the figure, but for that of a quote whose source it got wrong.
    const skip = slipped?.cue?.start ?? -1;
    const opener = accordingOpener(view!, at.from, at.first);
    // The quotes stage may have found the opener but put its content elsewhere; any other cue before the figure decides instead.
    if (opener) return cueBetween(cues, opener.end, r.start, skip) ? null : sourceClaim(opener, slipped ?? null);
    if (cueBetween(cues, sentence.start, r.start, skip)) return null;
    let clause = clauses.get(at.from);
    if (clause === undefined) clauses.set(at.from, (clause = reportingClause(view!, at.from, at.lim)));
    return clause && clause.verb < at.first && at.first < clause.until ? sourceClaim(clause.subject, slipped ?? null) : null;
  }

  return {
    of(r: Range, sentence?: Range, tokens?: { from: number; lim: number; first: number }): Claimant {
      let lo = 0;
      let hi = sorted.length - 1;
      let at = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (sorted[mid].content.start <= r.start) {
          at = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      let best: Quote | null = null;
      const size = (q: Quote) => q.content.end - q.content.start;
      for (let i = at; i >= 0 && maxEnd[i] >= r.end; i--) {
        const q = sorted[i];
        if (q.content.start <= r.start && r.end <= q.content.end) {
          // Of two quotes with the same content, the one that names a source ("According to X" over a cue "see").
          if (!best || size(q) < size(best) || (size(q) === size(best) && !namesSource(best, isTime) && namesSource(q, isTime))) best = q;
        }
      }
      // "told Wikinews only 10% of the employees ...": content that starts just past the figure lost it to a tokenisation slip.
      const next = sorted[at + 1];
      if (!best && next && next.content.start === r.end && next.cue && next.cue.end <= r.start) best = next;
      // A speaker that is only a function word ("The estimated cost is ...", "By reports") is no source.
      if (best) {
        if (namesSource(best, isTime)) return speakerClaim(best);
        // A quotation the quotes stage gave no source: its cue's neighbour or the clause before its colon.
        if (!best.speaker && view) {
          const src = quotationSource(view, best.content, best.cue, sentenceOf);
          if (src) return sourceClaim(src, best) ?? outletClaim;
        }
        // A source the tagger got wrong ("a March 14" for "According to a March 14, 2019 NATO press release"): read it off the sentence.
        if (slip(best, isTime) && view && sentence && tokens) return missed(r, sentence, tokens, best) ?? outletClaim;
        return outletClaim;
      }
      if (!sentence) return outletClaim;
      return runOn(at, r, sentence) || (view && tokens && (inQuotation(r) || missed(r, sentence, tokens))) || outletClaim;
    },
  };
}
