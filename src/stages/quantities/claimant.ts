/**
 * Who claims a figure: the speaker of the innermost quote whose content holds it; else the
 * speaker of a reported clause that opens the figure's sentence and whose content the quotes
 * stage ended early ("Police said over a hundred people attended the party, located in ...,
 * four of whom were injured"); the outlet otherwise (also for quotes with no speaker, and for
 * speakers that name no source: see `namesSource`). Estimates and polls are tried after this
 * index (estimate.ts, poll.ts).
 */
import type { Claimant, Quote } from '../../core/layers.js';
import type { Range, Span } from '../../core/span.js';

export interface ClaimantIndex {
  /** `sentence`: the figure's sentence, for reported clauses that run on past their content. */
  of(r: Range, sentence?: Range): Claimant;
}

const speakerClaim = (q: Quote): Claimant => ({ kind: 'speaker', name: q.speaker!.name, entity: q.speaker!.entity, quote: q.id });

const FUNCTION_WORD = /^(?:the|a|an|this|that|these|those|it|by|of|in|which|who|whom|there)$/i;
/** Words left of a time the tagger took for a source ("on Tuesday", "as of Wednesday"). */
const TIME_PREPOSITIONS = /^(?:on|in|at|by|of|as|during|since|until|from)$/i;
/** "reports said", "Reports as of Wednesday", "according to local reports": nobody stands behind the figure. */
const BARE_REPORTS = /^(?:(?:the|some|other|initial|early|earlier|later|local|media|news|press|unconfirmed|several|multiple|many)\s+)*reports?\b(?!\s+(?:by|from)\b)/i;

/**
 * Cues of doing rather than saying, which PolNeAR-style attribution sometimes covers ("Energean
 * signed a letter of intent on selling two billion cubic meters"): what they govern is no claim.
 */
const ACTIONS = new Set(('signed sign signs signing sent send sends made make makes took take takes gave give gives built ' +
  'launched approved passed voted ordered bought sold paid spent awarded sees see saw drew draw draws favored favoured favors ' +
  'favours preferred prefer prefers backed designed appeared appears seemed seems').split(' '));

const COMMITS = new Set('agreed agree agrees decided decide decides'.split(' '));

/**
 * A speaker that names a source: not a lone function word, not anonymous "reports", not the doer
 * of an action. `isTime` says whether a range lies inside a timex of the times layer.
 */
function namesSource(q: Quote, isTime: (r: Range) => boolean): boolean {
  const name = q.speaker?.name;
  if (!name || FUNCTION_WORD.test(name)) return false;
  // An unlinked phrase that is a time, or holds a number or a clause break, is a tagging slip, not
  // a source ("on Tuesday", "varying reports, nearly 2000 people").
  if (!q.speaker!.entity && (/[\d,;]/.test(name) || (q.speaker!.mention !== null && timeOnly(q.speaker!.mention, isTime)))) return false;
  const cue = q.cue ? q.cue.text.toLowerCase().split(' ')[0] : '';
  if (ACTIONS.has(cue)) return false;
  // "Lam also agreed to add two members": a commitment to act states no figure.
  if (COMMITS.has(cue) && /^to\s/i.test(q.content.text)) return false;
  if (!q.speaker!.entity && BARE_REPORTS.test(name)) return false;
  return true;
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

/** Cues (first word, lower case) whose reported clause may run on past the content the quotes stage gave it. */
const SAYING = new Set(('said says say told tells according reported reports indicated indicates announced stated noted ' +
  'claimed confirmed added estimated warned wrote tweeted explained').split(' '));
/** ; — – : */
const CLAUSE_BREAKS = new Set([0x3b, 0x2014, 0x2013, 0x3a]);

export function claimantIndex(quotes: readonly Quote[], outlet: string | null, text = '', times: readonly Range[] = []): ClaimantIndex {
  const isTime = (r: Range) => times.some((t) => t.start <= r.start && r.end <= t.end);
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
      for (let k = q.content.end; k < r.start; k++) if (CLAUSE_BREAKS.has(text.charCodeAt(k))) return null;
      return speakerClaim(q);
    }
    return null;
  }

  return {
    of(r: Range, sentence?: Range): Claimant {
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
      for (let i = at; i >= 0 && maxEnd[i] >= r.end; i--) {
        const q = sorted[i];
        if (q.content.start <= r.start && r.end <= q.content.end) {
          if (!best || q.content.end - q.content.start < best.content.end - best.content.start) best = q;
        }
      }
      // A speaker that is only a function word ("The estimated cost is ...", "By reports") is no source.
      if (best) return namesSource(best, isTime) ? speakerClaim(best) : outletClaim;
      return (sentence && runOn(at, r, sentence)) || outletClaim;
    },
  };
}
