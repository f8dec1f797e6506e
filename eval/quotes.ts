/**
 * Quotes on PolNeAR dev: content P/R/F1 (lenient and exact), per kind, source accuracy,
 * end-to-end F1 and the stage's throughput. Run standalone: npx tsx eval/quotes.ts
 */
import { performance } from 'node:perf_hooks';
import { makeDoc, need, textOf, type Doc } from '../src/core/doc.js';
import type { Quote } from '../src/core/layers.js';
import { buildPipeline, type Stage } from '../src/core/pipeline.js';
import { normalize } from '../src/stages/normalize/index.js';
import { DEFAULT_MODE, findQuotes, quotes } from '../src/stages/quotes/index.js';
import { segment } from '../src/stages/segment/index.js';
import { loadPolnear, type Frag, type GoldAttribution, type PolnearDoc } from '../train/quotes/polnear.js';
import type { EvalSection } from './types.js';

/** One attribution to score: content as fragments, its source, its kind. */
export interface Unit {
  content: Frag[];
  source: Frag[] | null;
  kind: string;
}

/**
 * Our output splits what PolNeAR joins into one discontinuous attribution: "“A,” she said, “B.”"
 * gives two quotes sharing a cue, and a following quote paragraph a continuation. For scoring,
 * quotes sharing a cue, and a continuation with the quote before it, are joined back into one.
 */
export function groupPredictions(qs: Quote[]): Unit[] {
  const out: Unit[] = [];
  const byCue = new Map<number, Unit>();
  for (const q of qs) {
    const frag: Frag = [q.content.start, q.content.end];
    if (q.cue && byCue.has(q.cue.start)) {
      byCue.get(q.cue.start)!.content.push(frag);
      continue;
    }
    if (!q.cue && q.speaker && !q.speaker.mention && out.length) {
      out[out.length - 1].content.push(frag);
      continue;
    }
    const u: Unit = { content: [frag], source: q.speaker?.mention ? [[q.speaker.mention.start, q.speaker.mention.end]] : null, kind: q.kind };
    out.push(u);
    if (q.cue) byCue.set(q.cue.start, u);
  }
  return out;
}

export function goldUnit(g: GoldAttribution): Unit {
  return { content: g.content, source: g.source.length ? g.source : null, kind: g.kind };
}

export function length(fs: Frag[]): number {
  return fs.reduce((n, [s, e]) => n + Math.max(0, e - s), 0);
}

export function overlap(a: Frag[], b: Frag[]): number {
  let n = 0;
  for (const [s1, e1] of a) for (const [s2, e2] of b) n += Math.max(0, Math.min(e1, e2) - Math.max(s1, s2));
  return n;
}

const TRIM = /[\s"'“”‘’«»„.,;:!?—–-]/u;

/** Outer bounds after trimming whitespace, quotation marks and punctuation on both sides. */
export function trimmedBounds(text: string, fs: Frag[]): [number, number] {
  let s = Math.min(...fs.map((f) => f[0]));
  let e = Math.max(...fs.map((f) => f[1]));
  while (s < e && TRIM.test(text[s])) s++;
  while (e > s && TRIM.test(text[e - 1])) e--;
  return [s, e];
}

/** Greedy one-to-one matching, best pairs first. */
export function match(gold: Unit[], pred: Unit[], score: (g: Unit, p: Unit) => number): Array<[number, number]> {
  const pairs: Array<[number, number, number]> = [];
  gold.forEach((g, gi) =>
    pred.forEach((p, pi) => {
      const s = score(g, p);
      if (s > 0) pairs.push([s, gi, pi]);
    }),
  );
  pairs.sort((x, y) => y[0] - x[0]);
  const gUsed = new Set<number>();
  const pUsed = new Set<number>();
  const out: Array<[number, number]> = [];
  for (const [, gi, pi] of pairs) {
    if (gUsed.has(gi) || pUsed.has(pi)) continue;
    gUsed.add(gi);
    pUsed.add(pi);
    out.push([gi, pi]);
  }
  return out;
}

function sourceCorrect(g: Unit, p: Unit): boolean {
  if (!g.source) return !p.source;
  return !!p.source && overlap(g.source, p.source) > 0;
}

interface Tally {
  gold: number;
  pred: number;
  tp: number;
}
const tally = (): Tally => ({ gold: 0, pred: 0, tp: 0 });
const pct = (x: number) => Math.round(x * 1000) / 10;
function prf(t: Tally, tpP = t.tp) {
  const p = t.pred ? tpP / t.pred : 0;
  const r = t.gold ? t.tp / t.gold : 0;
  return { P: pct(p), R: pct(r), F1: pct(p + r ? (2 * p * r) / (p + r) : 0) };
}

async function upstream(): Promise<Stage[]> {
  const stages: Stage[] = [normalize, segment];
  try {
    const mod = (await import('../src/stages/entities/index.js' as string)) as { entities?: Stage };
    if (mod.entities) stages.push(mod.entities);
  } catch {
    // Entities not built yet: quotes runs with an empty entities layer.
  }
  return stages;
}

export interface QuoteScores {
  lenient: Tally;
  exact: Tally;
  endToEnd: Tally;
  sourceOk: number;
  byKind: Record<string, { gold: number; found: number; pred: number; correct: number }>;
  words: number;
  ms: number;
}

export function scoreDocs(docs: PolnearDoc[], run: (d: PolnearDoc) => { quotes: Quote[]; words: number; ms: number }): QuoteScores {
  const s: QuoteScores = { lenient: tally(), exact: tally(), endToEnd: tally(), sourceOk: 0, byKind: {}, words: 0, ms: 0 };
  const kind = (k: string) => (s.byKind[k] ??= { gold: 0, found: 0, pred: 0, correct: 0 });
  for (const d of docs) {
    const r = run(d);
    s.words += r.words;
    s.ms += r.ms;
    const gold = d.gold.filter((g) => g.content.length > 0).map(goldUnit);
    const pred = groupPredictions(r.quotes);
    for (const t of [s.lenient, s.exact, s.endToEnd]) {
      t.gold += gold.length;
      t.pred += pred.length;
    }
    for (const g of gold) kind(g.kind).gold++;
    for (const p of pred) kind(p.kind).pred++;
    const len = match(gold, pred, (g, p) => {
      const o = overlap(g.content, p.content);
      return o >= 0.5 * length(g.content) ? o / Math.max(length(g.content), length(p.content)) : 0;
    });
    s.lenient.tp += len.length;
    for (const [gi, pi] of len) {
      kind(gold[gi].kind).found++;
      kind(pred[pi].kind).correct++;
      if (sourceCorrect(gold[gi], pred[pi])) {
        s.sourceOk++;
        s.endToEnd.tp++;
      }
    }
    const gb = gold.map((g) => trimmedBounds(d.text, g.content));
    const pb = pred.map((p) => trimmedBounds(d.text, p.content));
    s.exact.tp += match(gold, pred, (g, p) => {
      const [a, b] = [gb[gold.indexOf(g)], pb[pred.indexOf(p)]];
      return a[0] === b[0] && a[1] === b[1] ? 1 : 0;
    }).length;
  }
  return s;
}

export default async function evalQuotes(): Promise<EvalSection[]> {
  const docs = loadPolnear('dev');
  const stages = await upstream();
  const pipe = buildPipeline(stages);
  const scores = scoreDocs(docs, (d) => {
    const doc: Doc = pipe.run(makeDoc(d.raw, { id: d.id, published: d.published, lang: 'en' }));
    const t0 = performance.now();
    const qs = quotes.run(doc);
    const ms = performance.now() - t0;
    const words = need(doc, 'segment').tokens.filter((t) => /[\p{L}\p{N}]/u.test(t.text)).length;
    return { quotes: qs, words, ms };
  });
  const withEntities = stages.some((s) => s.provides === 'entities');
  // Ablation: the same documents with the hand-written rules alone (no learned model).
  const docsById = new Map<string, Doc>();
  const rulesOnly = scoreDocs(docs, (d) => {
    const doc = docsById.get(d.id) ?? pipe.run(makeDoc(d.raw, { id: d.id, published: d.published, lang: 'en' }));
    docsById.set(d.id, doc);
    const qs = findQuotes(textOf(doc), need(doc, 'segment'), doc.layers.entities ?? { entities: [], mentions: [] }, { mode: 'rules' });
    return { quotes: qs, words: 0, ms: 0 };
  });
  const rows: Array<Record<string, string | number>> = [
    { metric: 'content, lenient', ...prf(scores.lenient) },
    { metric: 'content, exact', ...prf(scores.exact) },
    { metric: 'end-to-end (lenient content + right source)', ...prf(scores.endToEnd) },
    { metric: 'ablation, rules only: content lenient', ...prf(rulesOnly.lenient) },
    { metric: 'ablation, rules only: content exact', ...prf(rulesOnly.exact) },
    { metric: 'ablation, rules only: end-to-end', ...prf(rulesOnly.endToEnd) },
  ];
  for (const [k, v] of Object.entries(scores.byKind)) {
    const p = v.pred ? v.correct / v.pred : 0;
    const r = v.gold ? v.found / v.gold : 0;
    rows.push({ metric: `content lenient, ${k}`, P: pct(p), R: pct(r), F1: pct(p + r ? (2 * p * r) / (p + r) : 0) });
  }
  return [
    {
      title: `Quotes: PolNeAR dev (${docs.length} articles, ${scores.lenient.gold} attributions)`,
      rows,
      notes: [
        'Lenient: a predicted and a gold attribution match when the characters they share are at least 50% of the gold content (all fragments); one-to-one, best overlap first.',
        'Exact: outer bounds equal after trimming whitespace, quotation marks and punctuation (. , ; : ! ? dashes) on both sides.',
        'Predictions sharing a cue, and a continuation quote with the quote before it, are scored as one attribution (PolNeAR joins them as fragments).',
        'Per kind: recall over gold of that kind, precision over predictions of that kind (a match may cross kinds).',
        `Source accuracy on lenient matches: ${pct(scores.sourceOk / Math.max(1, scores.lenient.tp))}% (predicted speaker.mention overlaps the gold source; empty gold source <-> null speaker); rules only: ${pct(rulesOnly.sourceOk / Math.max(1, rulesOnly.lenient.tp))}%.`,
        `Stage mode: ${DEFAULT_MODE} (learned cue classifier + span tagger, models/quotes/model.bin; direct quotes with a cue by the rules). See models/quotes/README.md.`,
        `Throughput of the quotes stage alone: ${Math.round(scores.words / (scores.ms / 1000)).toLocaleString('en-US')} words/s (${scores.words} words).`,
        withEntities ? 'Upstream: normalize, segment, entities.' : 'Upstream: normalize, segment (no entities stage yet: empty entities layer).',
      ],
    },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  void evalQuotes().then((sections) => {
    for (const s of sections) {
      console.log(`\n## ${s.title}`);
      console.table(s.rows);
      for (const n of s.notes ?? []) console.log(`- ${n}`);
    }
  });
}
