/**
 * Figure claimants against PolNeAR dev attributions (a second, larger check of the figures'
 * `claimant`, beside the hand-annotated Wikinews set): every figure the system finds in a PolNeAR
 * dev article should be claimed by the source of the innermost gold attribution whose content
 * holds it, and by the outlet when no attribution holds it or the attribution names no source
 * ("it was reported"). A speaker is right when its source mention overlaps the gold source.
 * PolNeAR attributes beliefs and intentions too ("X hopes …"), which our guideline counts as
 * claims as well; the figures themselves are the system's (their precision is not scored here).
 */
import { analyze } from '../src/analyze.js';
import type { Quantity, Quote } from '../src/core/layers.js';
import { loadPolnear, type Frag, type PolnearDoc } from '../train/quotes/polnear.js';
import type { EvalSection } from './types.js';

interface Tally {
  figures: number;
  right: number;
  /** Gold outlet, predicted a speaker. */
  overClaimed: number;
  /** Gold speaker, predicted the outlet. */
  missed: number;
  /** Both speakers, not the same source. */
  wrongSpeaker: number;
  goldSpeaker: number;
}

const inside = (fs: Frag[], s: number, e: number) => fs.some(([a, b]) => a <= s && e <= b);
const overlaps = (fs: Frag[], s: number, e: number) => fs.some(([a, b]) => a < e && s < b);
const size = (fs: Frag[]) => fs.reduce((n, [a, b]) => n + b - a, 0);

/** The gold source of the innermost attribution holding [s, e), or null for the outlet. */
function goldSource(d: PolnearDoc, s: number, e: number): Frag[] | null {
  let best: Frag[] | null = null;
  let bestSize = Infinity;
  for (const g of d.gold) {
    if (!inside(g.content, s, e)) continue;
    const n = size(g.content);
    if (n < bestSize) {
      bestSize = n;
      best = g.source;
    }
  }
  return best && best.length > 0 ? best : null;
}

function score(d: PolnearDoc, figures: Quantity[], quotes: Quote[], t: Tally): void {
  const byId = new Map(quotes.map((q) => [q.id, q]));
  for (const f of figures) {
    t.figures++;
    const gold = goldSource(d, f.span.start, f.span.end);
    if (gold) t.goldSpeaker++;
    const c = f.claimant;
    if (c.kind === 'outlet') {
      if (gold) t.missed++;
      else t.right++;
      continue;
    }
    if (!gold) {
      t.overClaimed++;
      continue;
    }
    const mention = c.quote ? byId.get(c.quote)?.speaker?.mention : undefined;
    const ok = mention
      ? overlaps(gold, mention.start, mention.end)
      : gold.some(([a, b]) => d.text.slice(a, b).toLowerCase().includes(c.name.toLowerCase()));
    if (ok) t.right++;
    else t.wrongSpeaker++;
  }
}

export default async function evalClaimants(): Promise<EvalSection[]> {
  const t: Tally = { figures: 0, right: 0, overClaimed: 0, missed: 0, wrongSpeaker: 0, goldSpeaker: 0 };
  const docs = loadPolnear('dev');
  for (const d of docs) {
    const r = analyze(d.raw, { id: d.id, published: d.published, source: d.publisher });
    if (r.text !== d.text) throw new Error(`${d.id}: analysed text differs from the aligned gold text`);
    score(d, r.quantities, r.quotes, t);
  }
  const pct = (n: number) => (t.figures ? ((100 * n) / t.figures).toFixed(1) : '–');
  return [
    {
      title: `Figure claimants on PolNeAR dev attributions (${docs.length} articles)`,
      rows: [
        {
          figures: t.figures,
          'inside a gold attribution': t.goldSpeaker,
          'claimant right %': pct(t.right),
          'outlet → speaker %': pct(t.overClaimed),
          'speaker → outlet %': pct(t.missed),
          'wrong speaker %': pct(t.wrongSpeaker),
        },
      ],
      notes: [
        'gold claimant: the source of the innermost PolNeAR attribution whose content holds the figure; the outlet when none does or it has no source',
        "right: both the outlet, or the predicted speaker's source mention overlaps the gold source (estimate claims with no quote: the name occurs in it)",
        'figures are those the system finds; a second check beside the hand-annotated Wikinews set (eval/gold/figures)',
      ],
    },
  ];
}
