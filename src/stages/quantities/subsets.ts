/**
 * Subsets: "killed 613 people, including 63 children, 106 women and 70 old people" — the
 * figures after the cue are part of the first one. A list continues through commas and "and".
 */
import type { Figure } from './figure.js';
import type { TokenView } from './read.js';

const CUES = new Set(['including', 'incl.', 'among', 'includes', 'included', 'comprising', 'mostly', 'mainly', 'notably']);
/** "of whom", "of which", "among them": a relative that opens a subset only after "of"/"among". */
const RELATIVES = new Set(['whom', 'which', 'them', 'those']);
const LIST_GLUE = new Set([',', 'and', 'as', 'well', 'plus', '&', 'while', 'with']);
const BREAKS = new Set([';', '.', '!', '?', 'but', 'whereas', ':']);

export interface Placed {
  fig: Figure;
  /** Token index after the figure's counted phrase. */
  end: number;
  partOf?: number;
}

function compatible(child: Figure, parent: Figure): boolean {
  if (child.percent !== parent.percent || child.money !== parent.money) return false;
  if (parent.kind === 'ratio' || child.kind === 'ratio') return false;
  const top = parent.high ?? parent.value;
  return (child.high ?? child.value) <= top;
}

/** Sets `partOf` (an index into `figs`) for figures of one sentence, in text order. */
export function linkSubsets(v: TokenView, figs: Placed[]): void {
  let parent = -1;
  for (let i = 1; i < figs.length; i++) {
    const prev = figs[i - 1];
    const cur = figs[i];
    let cue = false;
    let glueOnly = true;
    for (let k = prev.end; k < cur.fig.exprFirst; k++) {
      const w = v.tokens[k].text.toLowerCase();
      if (BREAKS.has(w)) {
        cue = false;
        glueOnly = false;
        break;
      }
      if (CUES.has(w)) cue = true;
      if (RELATIVES.has(w) && k > prev.end && (v.tokens[k - 1].text.toLowerCase() === 'of')) cue = true;
      if (!LIST_GLUE.has(w)) glueOnly = false;
    }
    // "63 of them children", "63 of whom were children"
    const after = cur.fig.after;
    const ofThem = after + 1 < cur.fig.lim && v.tokens[after].text.toLowerCase() === 'of' && ['them', 'whom', 'which'].includes(v.tokens[after + 1].text.toLowerCase());
    if (cue || ofThem) {
      const p = prev.partOf ?? i - 1;
      if (compatible(cur.fig, figs[p].fig)) {
        cur.partOf = p;
        parent = p;
        continue;
      }
      parent = -1;
    } else if (parent >= 0 && glueOnly && compatible(cur.fig, figs[parent].fig)) {
      cur.partOf = parent;
      continue;
    } else parent = -1;
  }
}
