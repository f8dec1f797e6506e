/**
 * Drafts from the learned model for one window: every content run the tagger gives a cue
 * becomes a draft (runs sharing a cue are fragments of one attribution: "“A,” she said, “B.”"),
 * with the source run nearest the cue.
 */
import type { QuoteKind, Token } from '../../core/layers.js';
import type { Range } from '../../core/span.js';
import type { Draft } from './attribute.js';
import { C, S, type QuoteModel } from './model.js';
import { runsOf, tagWindow } from './tagger.js';
import type { Window } from './windows.js';
import { isTrailingPunct, isWordToken } from './words.js';

export function learnedDrafts(tokens: Token[], w: Window, model: QuoteModel): Draft[] {
  const { tagged } = tagWindow(tokens, w, model);
  const out: Draft[] = [];
  for (const t of tagged) {
    const cueRange: Range = { start: tokens[w.t0 + t.cue.h0].start, end: tokens[w.t0 + t.cue.h1 - 1].end };
    let source: Range | null = null;
    let bestDist = Infinity;
    for (const [a, b] of runsOf(t, S)) {
      if (!hasWord(tokens, w.t0 + a, w.t0 + b)) continue;
      const d = b <= t.cue.h0 ? t.cue.h0 - b : a - t.cue.h1;
      if (d < bestDist) {
        bestDist = d;
        source = { start: tokens[w.t0 + a].start, end: tokens[w.t0 + b - 1].end };
      }
    }
    for (const [a0, b0] of nearestRuns(runsOf(t, C), t.cue.h0)) {
      let a = a0;
      let b = b0;
      // Punctuation at the edges of a run is not content, unless it is a quotation mark.
      while (b > a && isTrailingPunct(tokens[w.t0 + b - 1].text) && w.quoteOf[b - 1] < 0) b--;
      while (a < b && isTrailingPunct(tokens[w.t0 + a].text) && w.quoteOf[a] < 0) a++;
      let words = 0;
      for (let k = a; k < b; k++) if (isWordToken(tokens[w.t0 + k].text)) words++;
      if (words === 0) continue;
      const content = { start: tokens[w.t0 + a].start, end: tokens[w.t0 + b - 1].end };
      out.push({ kind: kindOf(w, content), content, cue: cueRange, source, continued: false, paragraph: w.paragraph });
    }
  }
  return out;
}

/** Direct when the content is one quotation, mixed when it holds one, indirect otherwise. */
function kindOf(w: Window, r: Range): QuoteKind {
  let kind: QuoteKind = 'indirect';
  for (const q of w.quotes) {
    if (q.start < r.end && r.start < q.end) {
      if (q.start <= r.start && q.end >= r.end) return 'direct';
      kind = 'mixed';
    }
  }
  return kind;
}

/**
 * The content run nearest the cue on each side. Further runs on the same side are almost always
 * the tagger spilling into a neighbouring clause; "“A,” she said, “B.”" keeps one run per side.
 */
function nearestRuns(runs: Array<[number, number]>, h0: number): Array<[number, number]> {
  let left: [number, number] | null = null;
  let right: [number, number] | null = null;
  for (const r of runs) {
    if (r[1] <= h0) left = r;
    else if (!right) right = r;
  }
  return [left, right].filter((r): r is [number, number] => r !== null);
}

function hasWord(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isWordToken(tokens[k].text)) return true;
  return false;
}
