/**
 * The quantities stage: numeric claims with their value, hedge, what they count, who claims
 * them and their role. find (find.ts, read.ts) → parse (digits.ts, units.ts, hedge.ts,
 * counted.ts) → attribute (exclude.ts, role.ts, subsets.ts, claimant.ts, estimate.ts, poll.ts).
 *
 * Conventions:
 * - `span` is the number only: "20" in "20 percent", "1,275" in "some 1,275", "5 million" in
 *   "$5 million"; a range spans low to high ("36 and 40" in "between 36 and 40", "36–40").
 * - Ratios ("one in five", "seven per 100,000 people") have value a/b (0.2) and count the noun after them.
 * - Vague amounts: "dozens" 12, "scores" 20, "hundreds" 100, "tens of thousands" 10000, with
 *   hedge at-least (the least they can mean).
 * - Not figures: ordinals, years, numbers inside a timex or a name, identifiers, scores,
 *   phone numbers, ages, durations, "one" as a pronoun, and bare numbers that count nothing
 *   unless a predicate or a hedge shows they are counts, a verb of having or losing comes
 *   right before them ("Labour lost 42"), or they follow a counted figure in a list ("two
 *   cases were over 60, two between 51 and 60").
 * - Claimant: the speaker of the quote holding the figure, or of an indirect quote opening
 *   its sentence whose clause runs on past the quote's content (claimant.ts); else the subject
 *   of an estimate verb ("officials put the toll at 35", estimate.ts) or a poll that opens or
 *   closes the figure's clause ("in a new Fox poll", poll.ts); else the outlet. Anonymous
 *   "reports" and function-word sources never claim.
 */
import { need, textOf, type Doc } from '../../core/doc.js';
import type { Quantity, Token } from '../../core/layers.js';
import { defineStage } from '../../core/pipeline.js';
import { span, type Range } from '../../core/span.js';
import { claimantIndex } from './claimant.js';
import { estimateClaimant } from './estimate.js';
import { pollClaimant } from './poll.js';
import { beforeAside } from './aside.js';
import { AT_VERBS } from './estimate.js';
import { COUNT_CONTEXT, countedOf } from './counted.js';
import { exclusionReason } from './exclude.js';
import { findFigures } from './find.js';
import { hedgeAfter } from './hedge.js';
import { roleBefore, roleOf } from './role.js';
import { linkSubsets, type Placed } from './subsets.js';


/**
 * Marks tokens covered by any of `ranges` (sorted or not): candidates there are skipped. Ranges
 * come mostly in text order, so each search gallops forward from where the last one ended
 * (a fresh binary search per range reads tokens scattered all over the document).
 */
function markTokens(tokens: readonly Token[], ranges: Iterable<Range>, into: Uint8Array): void {
  let from = 0;
  let lastStart = 0;
  for (const r of ranges) {
    if (r.start < lastStart) from = 0;
    lastStart = r.start;
    from = firstEndingAfter(tokens, r.start, from);
    for (let k = from; k < tokens.length && tokens[k].start < r.end; k++) into[k] = 1;
  }
}

/** The first token at or after `from` that ends after `pos` (tokens before `from` end at or before it). */
function firstEndingAfter(tokens: readonly Token[], pos: number, from: number): number {
  let lo = from;
  let hi = from;
  for (let step = 1; hi < tokens.length && tokens[hi].end <= pos; step *= 2) {
    lo = hi + 1;
    hi += step;
  }
  hi = Math.min(hi, tokens.length);
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function extractQuantities(doc: Doc): Quantity[] {
  const text = textOf(doc);
  const seg = need(doc, 'segment');
  const tokens = seg.tokens;
  const view = { text, tokens };
  const masked = new Uint8Array(tokens.length);
  const timeSpans = need(doc, 'times').map((t) => t.span);
  // "a quarter million clips": a "time" followed by a number scale is the start of a number.
  markTokens(tokens, timeSpans.filter((t) => !SCALE_AFTER.test(text.slice(t.end, t.end + 12))), masked);
  const names = need(doc, 'entities').mentions.filter((m) => m.form === 'name' || m.form === 'acronym');
  markTokens(tokens, names, masked);
  const claimants = claimantIndex(need(doc, 'quotes'), doc.meta.source ?? null, text, timeSpans,
    { tokens, sentences: seg.sentences, paragraphs: seg.paragraphs, entities: need(doc, 'entities') });
  const entities = new Map(need(doc, 'entities').entities.map((e) => [e.id, e]));

  /** A quote or reported clause first; else an estimate verb's subject or a poll, before the outlet. */
  const claimOf = (f: { start: number; end: number; exprFirst: number; after: number; from: number; lim: number }, sentence: { start: number; end: number }) => {
    const c = claimants.of(f, sentence, { from: f.from, lim: f.lim, first: f.exprFirst });
    if (c.kind !== 'outlet') return c;
    return estimateClaimant(view, f.exprFirst, f.from, names, entities) ?? pollClaimant(view, f.exprFirst, f.after, f.from, f.lim, names, entities) ?? c;
  };

  const out: Quantity[] = [];
  for (const s of seg.sentences) {
    const figs = findFigures(view, s.tokenStart, s.tokenEnd, masked);
    if (figs.length === 0) continue;
    const sentence = { start: tokens[s.tokenStart].start, end: tokens[s.tokenEnd - 1].end };
    const placed: Array<Placed & { counted: string; role?: string; listed: boolean }> = [];
    for (let j = 0; j < figs.length; j++) {
      const f = figs[j];
      const c = countedOf(view, f);
      // Listed: after a joiner, not as the second of a pair of numbers ("aged 14 and 18").
      const listed = j > 0 && f.exprFirst - 1 >= f.from && LIST_JOINERS.has(tokens[f.exprFirst - 1].text.toLowerCase()) &&
        (tokens[f.exprFirst - 1].text === ',' || figs[j - 1].exprLast !== f.exprFirst - 1);
      if (exclusionReason(view, f, c.counted, listed) !== null) continue;
      placed.push({ fig: f, end: c.head >= 0 ? c.head + 1 : f.after, counted: c.counted, role: roleOf(view, f, c.counted, c.head), listed });
    }
    linkSubsets(view, placed);
    const ids: Array<string | undefined> = [];
    for (let i = 0; i < placed.length; i++) {
      const p = placed[i];
      const f = p.fig;
      const parent = p.partOf !== undefined ? placed[p.partOf] : undefined;
      // Members of a list share the predicate of the whole ("killed 613, including 63 children"), unless
      // their own predicate says otherwise ("infected 200 people and killed three").
      // A participle right after a member's noun describes the people, not their fate: "killed 613, including … 70 old
      // people fleeing the town" were killed.
      const describes = parent?.role !== undefined && p.role !== undefined && p.end < tokens.length && /^\p{Ll}+ing$/u.test(tokens[p.end].text);
      // "arrested 20 men and 3 women": the next member of a list right after a figure shares its role.
      const prev = i > 0 ? placed[i - 1] : undefined;
      const sibling = p.listed && prev?.role !== undefined && prev.end === f.exprFirst - 1 && roleBefore(view, prev.fig, prev.counted) !== undefined ? prev.role : undefined;
      // "officials said 24 people had been hospitalised, but AFP reported as many as 32": a bare figure set against the one
      // before it counts the same thing.
      // (Up to the figure's expression: its hedge, "as many as", is read with it; "said" needs one, "said 3 were innocent" does not.)
      const gap = prev?.role !== undefined && p.counted === '' && !p.role ? text.slice(prev.fig.end, tokens[f.exprFirst].start) : '';
      const rival = gap && (RIVAL_REPORT.test(gap) || (f.exprFirst < f.first && RIVAL_SAID.test(gap))) ? prev!.role : undefined;
      const role = describes ? parent!.role : (p.role ?? parent?.role ?? sibling ?? rival);
      // "two cases were aged above 60, two between 51 and 60": a listed bare number shares the noun of the figure before it.
      // Not "and a third, Jared Golden" or "a year and a half": a fraction word names a part, not a count.
      const elided = p.listed && !(f.words && f.kind === 'fraction') && placed.slice(0, i).some((q) => q.counted !== '' && !q.fig.unit);
      if (p.counted === '' && !elided && !isCount(view, f, role, p.partOf !== undefined)) {
        ids.push(undefined);
        continue;
      }
      // "66 people or more": a bound may follow the counted noun.
      let hedge = f.hedge;
      if (hedge === 'exact' && p.end > f.after) {
        const late = hedgeAfter(view, p.end, f.lim);
        if (late && late.hedge !== 'exact') hedge = late.hedge;
      }
      const q: Quantity = {
        id: `n${out.length + 1}`,
        span: span(text, f.start, f.end),
        value: f.value,
        hedge,
        counted: p.counted,
        claimant: claimOf(f, sentence),
      };
      if (f.low !== undefined) q.low = f.low;
      if (f.high !== undefined) q.high = f.high;
      if (role) q.role = role;
      const parentId = p.partOf !== undefined ? ids[p.partOf] : undefined;
      if (parentId) q.partOf = parentId;
      if (f.unit && (f.money || !f.percent)) q.unit = f.unit;
      ids.push(q.id);
      out.push(q);
    }
  }
  return out;
}

const SCALE_AFTER = /^\s+(?:thousand|million|billion|trillion)\b/i;

/**
 * A clause set against the one before that reports a figure of its own: ", but AFP reported as many as", ", while police
 * put it at" — the figure is the object of the verb of reporting (not "…, while 3 were later released").
 */
const RIVAL_REPORT = /,\s*(?:but|while|whereas)\s+[^,;.]{1,60}?\b(?:reported|reports|put|puts|estimated|estimates|counted|counts|gave|gives|cited|cites|claimed|claims)(?:\s+(?:it|the\s+\p{L}+)\s+at)?\s*$/iu;
const RIVAL_SAID = /,\s*(?:but|while|whereas)\s+[^,;.]{1,60}?\b(?:said|says)\s*$/iu;

/** Words joining the members of a list of figures. */
const LIST_JOINERS = new Set([',', 'and', 'or']);
/** Verbs of having, winning and losing right before a bare number: its noun is elided ("Labour lost 42", "with 60"). */
const HOLD_BEFORE = new Set(['had', 'has', 'have', 'lost', 'won', 'gained', 'earned', 'secured', 'received', 'got', 'with', 'losing', 'winning', 'gaining']);

/** Verbs that state the value of a count right before it ("the toll is 40", "the number stood at 40"). */
const VALUE_LINKS = new Set(['is', 'was', 'stood', 'stands', 'reached', 'at', 'to', 'totalled', 'totaled', 'totals']);

/** A bare number (nothing counted after it) is kept only when the context shows it is a count. */
function isCount(view: { tokens: readonly Token[] }, f: { hedge: string; kind: string; exprFirst: number; from: number }, role: string | undefined, subset: boolean): boolean {
  if (role || subset || f.hedge !== 'exact' || f.kind === 'vague') return true;
  // Lower case only: "Lost 52 sailed" is a name.
  if (f.exprFirst - 1 >= f.from && HOLD_BEFORE.has(view.tokens[f.exprFirst - 1].text)) return true;
  // "estimated by organisers at 5,000", "put the crowd at 40,000": a number an estimate is set at is a count.
  if (f.exprFirst - 1 >= f.from && view.tokens[f.exprFirst - 1].text === 'at')
    for (let k = f.exprFirst - 2; k >= f.from && k >= f.exprFirst - 7; k--) if (AT_VERBS.has(view.tokens[k].text.toLowerCase())) return true;
  // "the total number of those infected until now is 1501": a linking verb lets the count word stand further back.
  const reach = f.exprFirst - 1 >= f.from && VALUE_LINKS.has(view.tokens[f.exprFirst - 1].text.toLowerCase()) ? 10 : 6;
  for (let k = f.exprFirst - 1, d = 1; k >= f.from && d <= reach; k--, d++) {
    k = beforeAside(view.tokens, k, f.from);
    if (COUNT_CONTEXT.has(view.tokens[k].text.toLowerCase())) return true;
    // The longer reach stays inside one clause: "The death toll, which rose again, has climbed to 31" stays out.
    if (reach > 6 && /^\p{P}$/u.test(view.tokens[k].text)) break;
  }
  return false;
}

export const quantities = defineStage({
  provides: 'quantities',
  requires: ['segment', 'entities', 'times', 'quotes'],
  run: (doc): Quantity[] => extractQuantities(doc),
});
