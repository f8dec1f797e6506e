/**
 * Figures on hand-annotated news (eval/gold/figures, guideline in its README): detection P/R/F1
 * and, on matched figures, hedge, counted and claimant accuracy, for the tune and held-out
 * halves separately. `--errors` lists the tune half's errors (never the held-out half's).
 * Run alone: npx tsx eval/figures.ts [--errors]
 */
import fs from 'node:fs';
import { analyze } from '../src/analyze.js';
import { PACKAGE_ROOT } from '../src/core/paths.js';
import type { EvalSection } from './types.js';

export interface GoldFigure {
  text: string;
  context: string;
  value: number;
  low?: number;
  high?: number;
  hedge: string;
  counted: string;
  claimant: string | null;
}
interface GoldDoc {
  id: string;
  published: string;
  split: 'tune' | 'held-out';
  figures: GoldFigure[];
}
interface Article {
  id: string;
  text: string;
  date?: string;
  source?: string;
}
/** The part of a predicted figure the scoring reads. */
export interface PredFigure {
  span: { start: number; end: number; text: string };
  value: number;
  low?: number;
  high?: number;
  hedge: string;
  counted: string;
  claimant: { kind: string; name?: string | null };
}

const GOLD_DIR = `${PACKAGE_ROOT}/eval/gold/figures`;

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-3 * Math.max(Math.abs(a), Math.abs(b), 1e-9);

/** Values agree: a gold range needs a predicted range with the same ends. */
export function sameValue(g: GoldFigure, p: PredFigure): boolean {
  if (g.low !== undefined && g.high !== undefined) return p.low !== undefined && p.high !== undefined && close(g.low, p.low) && close(g.high, p.high);
  return close(g.value, p.value);
}

const norm = (s: string) => s.toLowerCase().replace(/['’]s\b/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim().replace(/^the /, '');
const STOP = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'at', 'de']);
const acronym = (s: string) => s.split(/[^\p{L}]+/u).filter((w) => w && !STOP.has(w.toLowerCase())).map((w) => w[0].toUpperCase()).join('');

/** Claimant agreement, as defined in eval/gold/figures/README.md. */
export function sameClaimant(gold: string | null, p: PredFigure['claimant']): boolean {
  const pred = p.kind === 'speaker' ? p.name ?? '' : null;
  if (gold === null || pred === null || pred === '') return gold === null && (pred === null || pred === '');
  const a = norm(gold);
  const b = norm(pred);
  if (!a || !b) return false;
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const last = short.split(' ').pop()!;
  if (long.split(' ').includes(last)) return true;
  const compact = (s: string) => s.replace(/[^\p{L}]/gu, '').toUpperCase();
  return (compact(gold) === acronym(pred) && compact(gold).length >= 2) || (compact(pred) === acronym(gold) && compact(pred).length >= 2);
}

export interface Scored {
  gold: GoldFigure;
  at: number;
  pred?: PredFigure;
}

/** One-to-one matching in gold order: spans overlap and values agree. */
export function matchFigures(text: string, gold: GoldFigure[], preds: PredFigure[]): { hits: Scored[]; spurious: PredFigure[] } {
  const used = new Set<PredFigure>();
  const hits = gold.map((g) => {
    const ctx = text.indexOf(g.context);
    if (ctx < 0) throw new Error(`gold context not in text: "${g.context}"`);
    const at = ctx + g.context.indexOf(g.text);
    const end = at + g.text.length;
    const pred = preds.find((p) => !used.has(p) && p.span.start < end && at < p.span.end && sameValue(g, p));
    if (pred) used.add(pred);
    return { gold: g, at, pred };
  });
  return { hits, spurious: preds.filter((p) => !used.has(p)) };
}

function loadArticles(): Map<string, Article> {
  const lines = fs.readFileSync(`${PACKAGE_ROOT}/samples/wikinews/articles.jsonl`, 'utf8').split('\n').filter(Boolean);
  return new Map(lines.map((l) => JSON.parse(l) as Article).map((a) => [a.id, a]));
}

const pct = (a: number, b: number) => (b === 0 ? '–' : ((100 * a) / b).toFixed(1));
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const snippet = (t: string, s: number, e: number) => JSON.stringify(`${t.slice(Math.max(0, s - 30), s)}[${t.slice(s, e)}]${t.slice(e, e + 30)}`.replace(/\s+/g, ' '));
const claimName = (c: PredFigure['claimant']) => (c.kind === 'speaker' ? c.name ?? '?' : 'outlet');

export default async function evalFigures(): Promise<EvalSection[]> {
  const showErrors = process.argv.includes('--errors');
  const articles = loadArticles();
  const files = fs.readdirSync(GOLD_DIR).filter((f) => f.endsWith('.json')).sort();
  const halves = new Map<string, { docs: number; gold: number; pred: number; tp: number; hedge: number; counted: number; claimant: number; errors: string[] }>();
  for (const split of ['tune', 'held-out']) halves.set(split, { docs: 0, gold: 0, pred: 0, tp: 0, hedge: 0, counted: 0, claimant: 0, errors: [] });

  for (const file of files) {
    const gold: GoldDoc = JSON.parse(fs.readFileSync(`${GOLD_DIR}/${file}`, 'utf8'));
    const art = articles.get(gold.id);
    if (!art) throw new Error(`${file}: article ${gold.id} not in samples/wikinews/articles.jsonl`);
    const r = analyze(art.text, { id: art.id, published: gold.published, source: art.source });
    const preds = r.quantities as unknown as PredFigure[];
    const { hits, spurious } = matchFigures(r.text, gold.figures, preds);
    const h = halves.get(gold.split)!;
    h.docs++;
    h.gold += gold.figures.length;
    h.pred += preds.length;
    const slug = file.replace(/\.json$/, '');
    for (const x of hits) {
      if (!x.pred) {
        const near = preds.find((p) => p.span.start < x.at + x.gold.text.length && x.at < p.span.end);
        h.errors.push(`${slug} missed ${snippet(r.text, x.at, x.at + x.gold.text.length)} = ${x.gold.value}${near ? ` (predicted ${near.value}${near.low !== undefined ? ` [${near.low}, ${near.high}]` : ''} on "${near.span.text}")` : ''}`);
        continue;
      }
      const p = x.pred;
      h.tp++;
      const okHedge = p.hedge === x.gold.hedge;
      const okCounted = p.counted.toLowerCase() === x.gold.counted.toLowerCase();
      const okClaim = sameClaimant(x.gold.claimant, p.claimant);
      if (okHedge) h.hedge++;
      if (okCounted) h.counted++;
      if (okClaim) h.claimant++;
      if (!okHedge) h.errors.push(`${slug} hedge ${snippet(r.text, p.span.start, p.span.end)}: ${p.hedge}, gold ${x.gold.hedge}`);
      if (!okCounted) h.errors.push(`${slug} counted ${snippet(r.text, p.span.start, p.span.end)}: "${p.counted}", gold "${x.gold.counted}"`);
      if (!okClaim) h.errors.push(`${slug} claimant ${snippet(r.text, p.span.start, p.span.end)}: ${claimName(p.claimant)}, gold ${x.gold.claimant ?? 'outlet'}`);
    }
    for (const p of spurious) h.errors.push(`${slug} spurious ${snippet(r.text, p.span.start, p.span.end)} = ${p.value} "${p.counted}"`);
  }

  const rows = [...halves].map(([split, h]) => {
    const P = h.pred ? h.tp / h.pred : 0;
    const R = h.gold ? h.tp / h.gold : 0;
    return {
      split, articles: h.docs, gold: h.gold, predicted: h.pred, matched: h.tp,
      P: pct(h.tp, h.pred), R: pct(h.tp, h.gold), F1: (100 * f1(P, R)).toFixed(1),
      'hedge %': pct(h.hedge, h.tp), 'counted %': pct(h.counted, h.tp), 'claimant %': pct(h.claimant, h.tp),
    };
  });
  const tune = halves.get('tune')!;
  return [
    {
      title: 'Figures on hand-annotated Wikinews (eval/gold/figures)',
      rows,
      notes: [
        'match: spans overlap and values agree (a gold range needs the same low and high); one to one, in gold order',
        'hedge / counted / claimant: accuracy on matched figures; claimant as defined in eval/gold/figures/README.md (outlet = null)',
        'rules are tuned on the tune half only; errors are listed for it alone (--errors)',
        ...(showErrors ? tune.errors.map((e) => `tune: ${e}`) : []),
      ],
    },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { renderSection } = await import('./table.js');
  for (const s of await evalFigures()) console.log(renderSection(s));
}
