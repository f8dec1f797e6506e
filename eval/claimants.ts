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
import type { Mention, Quantity, Quote } from '../src/core/layers.js';
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
  /** Of wrongSpeaker: the claimant's entity has a mention overlapping the gold source (a claim with no quote is scored by name). */
  wrongByNameOnly: number;
  goldSpeaker: number;
  /** With CLAIMANT_ERRORS=1: one line per wrong claimant (dev only), for reading errors. */
  errors: string[];
}

const showErrors = process.env.CLAIMANT_ERRORS === '1';
const clip = (t: string, s: number, e: number) => t.slice(s, e).replace(/\s+/g, ' ');
/** The figure in its sentence-ish context: 160 characters before, 60 after. */
const around = (t: string, s: number, e: number) => `${clip(t, Math.max(0, s - 160), s)}[${clip(t, s, e)}]${clip(t, e, e + 60)}`;

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

function score(d: PolnearDoc, figures: Quantity[], quotes: Quote[], mentions: ReadonlyArray<Pick<Mention, 'entity' | 'start' | 'end'>>, t: Tally): void {
  const byId = new Map(quotes.map((q) => [q.id, q]));
  for (const f of figures) {
    t.figures++;
    const gold = goldSource(d, f.span.start, f.span.end);
    if (gold) t.goldSpeaker++;
    const c = f.claimant;
    const note = (what: string) => {
      if (!showErrors) return;
      const g = gold ? gold.map(([a, b]) => d.text.slice(a, b)).join(' … ') : 'outlet';
      const q = c.kind === 'speaker' && c.quote ? byId.get(c.quote) : undefined;
      const via = q ? ` (quote ${q.kind}, cue "${q.cue?.text ?? ''}", content "${clip(q.content.text, 0, 80)}")` : c.kind === 'speaker' ? ' (no quote)' : '';
      t.errors.push(`${d.id} ${what}: predicted ${c.kind === 'speaker' ? c.name : 'outlet'}${via}, gold ${g}\n    ${around(d.text, f.span.start, f.span.end)}`);
    };
    if (c.kind === 'outlet') {
      if (gold) {
        t.missed++;
        note('speaker→outlet');
      } else t.right++;
      continue;
    }
    if (!gold) {
      t.overClaimed++;
      note('outlet→speaker');
      continue;
    }
    const mention = c.quote ? byId.get(c.quote)?.speaker?.mention : undefined;
    const ok = mention
      ? overlaps(gold, mention.start, mention.end)
      : gold.some(([a, b]) => d.text.slice(a, b).toLowerCase().includes(c.name.toLowerCase()));
    if (ok) t.right++;
    else {
      t.wrongSpeaker++;
      if (c.entity && mentions.some((m) => m.entity === c.entity && overlaps(gold, m.start, m.end))) t.wrongByNameOnly++;
      note('wrong speaker');
    }
  }
}

export default async function evalClaimants(): Promise<EvalSection[]> {
  const t: Tally = { figures: 0, right: 0, overClaimed: 0, missed: 0, wrongSpeaker: 0, wrongByNameOnly: 0, goldSpeaker: 0, errors: [] };
  // CLAIMANT_SPLIT=train: the same check on the train split, a larger sample for a rule's precision (diagnostic).
  const split = process.env.CLAIMANT_SPLIT === 'train' ? 'train' : 'dev';
  const docs = loadPolnear(split);
  for (const d of docs) {
    const r = analyze(d.raw, { id: d.id, published: d.published, source: d.publisher });
    if (r.text !== d.text) throw new Error(`${d.id}: analysed text differs from the aligned gold text`);
    const mentions = r.entities.flatMap((e) => e.mentions.map((m) => ({ entity: e.id, start: m.start, end: m.end })));
    score(d, r.quantities, r.quotes, mentions, t);
  }
  if (showErrors) for (const e of t.errors) console.log(e);
  const pct = (n: number) => (t.figures ? ((100 * n) / t.figures).toFixed(1) : '–');
  return [
    {
      title: `Figure claimants on PolNeAR ${split} attributions (${docs.length} articles)`,
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
        `diagnostic, not scored: ${t.wrongByNameOnly} of the wrong-speaker figures name an entity with a mention inside the gold source (a claim with no speaker mention is matched by its name, "Bernie Sanders" ≠ "Sanders")`,
      ],
    },
  ];
}
