import { extend } from './extend.js';
import { matchSlots, type Hit } from './matcher.js';
import type { Ctx, Rule } from './rules.js';
import { candidateRules, startsSomething, THE, wordId } from './start-index.js';
import type { Spec } from './spec.js';
import { tenseAt } from './tense.js';
import { inTitle } from './titles.js';
import type { Toks } from './tokens.js';

/** A time expression found in the token stream: tokens [start, end) and what it means. */
export interface Found {
  start: number;
  end: number;
  spec: Spec;
  rule: Rule;
}

/**
 * One left-to-right pass: at each token that can start an expression, the longest rule match
 * wins (ties: the earlier rule), is widened by `extend`, and matching resumes after it.
 * Never crosses a sentence boundary.
 */
export function findExpressions(tt: Toks): Found[] {
  const out: Found[] = [];
  let floor = 0;
  let lim = 0;
  for (let i = 0; i < tt.n; i++) {
    const id = wordId(tt, i);
    if (!startsSomething(id)) continue;
    if (i >= lim) {
      lim = i + 1;
      while (lim < tt.n && tt.sent[lim] === tt.sent[i]) lim++;
    }
    const next = i + 1 < lim ? wordId(tt, i + 1) : -1;
    let best = longestAt(tt, i, lim, null, candidateRules(id, next), false);
    // "the past two years": a rule that absorbs a leading "the" may match longer from the next token.
    if (id === THE && i + 1 < lim) best = longestAt(tt, i + 1, lim, best, candidateRules(next, i + 2 < lim ? wordId(tt, i + 2) : -1), true);
    if (!best) continue;
    if (best.spec.skip || inTitle(tt, best.start, best.end)) {
      i = best.end - 1;
      continue;
    }
    const ext = extend(tt, best.start, best.end, best.spec, best.rule, floor);
    const spec = ext.mod !== undefined ? { ...best.spec, mod: ext.mod } : best.spec;
    out.push({ start: ext.start, end: ext.end, spec, rule: best.rule });
    floor = ext.end;
    i = ext.end - 1;
  }
  return out;
}

const caps: Array<Hit | undefined> = [];

/** The longest rule match starting at token i that beats `best`; ties go to the earlier rule. */
function longestAt(tt: Toks, i: number, lim: number, best: Found | null, rules: readonly Rule[], theOnly: boolean): Found | null {
  for (const r of rules) {
    if (theOnly && !r.the) continue;
    // Cleared slot by slot: truncating the array (caps.length = 0) costs more than the match.
    for (let k = 0; k < r.slots.length; k++) caps[k] = undefined;
    const end = matchSlots(r.slots, 0, tt, i, lim, caps);
    if (end <= i || (best !== null && end <= best.end)) continue;
    const ctx: Ctx = { tt, i, end, tense: () => tenseAt(tt, i, end) };
    const spec = r.parse(caps, ctx);
    if (spec) best = { start: i, end, spec, rule: r };
  }
  return best;
}
