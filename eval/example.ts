// The example article against its hand annotation (eval/gold): quotes with speakers, figures
// with hedge, counted noun and claimant, and dates. A check of the whole pipeline on one real
// article of the genre; the figures are reported, never tuned for.
import fs from 'node:fs';
import { analyze } from '../src/analyze.js';
import { PACKAGE_ROOT } from '../src/core/paths.js';
import type { EvalSection } from './types.js';

interface Gold {
  file: string;
  published: string;
  quotes: Array<{ kind: string; snippet: string; speaker: string }>;
  figures: Array<{ text: string; context?: string; value: number; hedge: string; counted: string; claimant: string }>;
  notFigures: string[];
  times: Array<{ text: string; value: string }>;
}

const pct = (a: number, b: number) => (b === 0 ? '–' : `${((100 * a) / b).toFixed(1)}`);

export default async function evalExample(): Promise<EvalSection[]> {
  const gold: Gold = JSON.parse(fs.readFileSync(`${PACKAGE_ROOT}/eval/gold/khojaly-2020.json`, 'utf8'));
  const text = fs.readFileSync(`${PACKAGE_ROOT}/${gold.file}`, 'utf8');
  const r = analyze(text, { id: gold.file, published: gold.published });
  const t = r.text;

  // Quotes: a gold quote is found when a predicted content contains its snippet.
  const quoteHits = gold.quotes.map((g) => {
    const at = t.indexOf(g.snippet);
    const q = r.quotes.find((p) => p.content.start <= at && at + g.snippet.length <= p.content.end);
    return { g, q };
  });
  const foundQ = quoteHits.filter((h) => h.q).length;
  const speakerQ = quoteHits.filter((h) => h.q?.speaker?.name === h.g.speaker).length;
  const kindQ = quoteHits.filter((h) => h.q?.kind === h.g.kind).length;

  // Figures: matched by the number's own text at its place (context disambiguates repeats).
  const used = new Set<string>();
  const figHits = gold.figures.map((g) => {
    const anchor = g.context ? t.indexOf(g.context) : -1;
    const candidates = r.quantities.filter((n) => n.span.text === g.text && !used.has(n.id) && (anchor < 0 || (n.span.start >= anchor && n.span.start < anchor + g.context!.length)));
    const n = candidates[0];
    if (n) used.add(n.id);
    return { g, n };
  });
  const foundF = figHits.filter((h) => h.n).length;
  const ok = (pred: (h: (typeof figHits)[number]) => boolean) => figHits.filter((h) => h.n && pred(h)).length;
  const hedgeF = ok((h) => h.n!.hedge === h.g.hedge);
  const countedF = ok((h) => h.n!.counted === h.g.counted);
  const valueF = ok((h) => h.n!.value === h.g.value);
  const claimantF = ok((h) => (h.g.claimant === 'outlet' ? h.n!.claimant.kind === 'outlet' : h.n!.claimant.kind === 'speaker' && h.n!.claimant.name === h.g.claimant));
  const spurious = r.quantities.filter((n) => !used.has(n.id));
  const forbidden = r.quantities.filter((n) => gold.notFigures.includes(n.span.text));

  const timeHits = gold.times.map((g) => {
    const at = t.indexOf(g.text);
    const x = r.times.find((p) => p.span.start < at + g.text.length && at < p.span.end);
    return { g, x };
  });

  return [
    {
      title: 'Example article (examples/khojaly-2020.txt) against eval/gold/khojaly-2020.json',
      rows: [
        { layer: 'quotes', gold: gold.quotes.length, found: foundQ, 'attribute ok': `speaker ${speakerQ}/${gold.quotes.length}, kind ${kindQ}/${gold.quotes.length}`, predicted: r.quotes.length, 'recall %': pct(foundQ, gold.quotes.length), 'precision %': pct(foundQ, r.quotes.length) },
        {
          layer: 'figures', gold: gold.figures.length, found: foundF,
          'attribute ok': `value ${valueF}, hedge ${hedgeF}, counted ${countedF}, claimant ${claimantF} (of ${foundF})`,
          predicted: r.quantities.length, 'recall %': pct(foundF, gold.figures.length), 'precision %': pct(foundF, r.quantities.length),
        },
        { layer: 'times', gold: gold.times.length, found: timeHits.filter((h) => h.x).length, 'attribute ok': `value ${timeHits.filter((h) => h.x?.value === h.g.value).length}`, predicted: r.times.length, 'recall %': pct(timeHits.filter((h) => h.x).length, gold.times.length), 'precision %': '' },
      ],
      notes: [
        spurious.length ? `figures not in the gold: ${spurious.map((n) => `"${n.span.text}" ${n.counted}`).join('; ')}` : 'no figures outside the gold',
        forbidden.length ? `ordinals/years wrongly taken as figures: ${forbidden.map((n) => n.span.text).join(', ')}` : 'no ordinal or year taken as a figure (366th, 28th, 20th, years)',
        ...quoteHits.filter((h) => !h.q || h.q.speaker?.name !== h.g.speaker).map((h) => `quote "${h.g.snippet}": ${h.q ? `speaker ${h.q.speaker?.name ?? 'null'}` : 'not found'}`),
        ...figHits.filter((h) => h.n && (h.n.hedge !== h.g.hedge || h.n.counted !== h.g.counted)).map((h) => `figure ${h.g.text}: hedge ${h.n!.hedge}, counted "${h.n!.counted}"`),
        ...timeHits.filter((h) => h.x?.value !== h.g.value).map((h) => `time "${h.g.text}": ${h.x ? h.x.value : 'not found'}`),
      ],
    },
  ];
}
