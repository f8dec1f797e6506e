/**
 * Times stage on TempEval-3 (TBAQ-cleaned) Task A: strict/relaxed span P/R/F1, type accuracy and
 * value F1 on a held-out dev part (every 5th document by sorted id), the same on the part the
 * rules were tuned on, stage throughput, and the Microsoft Recognizers DateExtractor span pass rate.
 * Run: npx tsx eval/times.ts [--errors [value|fp|fn|span|type]]
 * Errors are listed for the train part only: dev is looked at through its aggregate figures alone.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { sharedDataPath } from '../src/core/paths.js';
import type { SegmentLayer, Timex } from '../src/core/layers.js';
import { segmentText } from '../src/stages/segment/index.js';
import { findTimes } from '../src/stages/times/index.js';
import type { EvalSection } from './types.js';

interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}
interface Te3Doc {
  id: string;
  dct: string;
  text: string;
  timexes: GoldTimex[];
}

export function loadTe3(): { train: Te3Doc[]; dev: Te3Doc[] } {
  const docs = readFileSync(sharedDataPath('time', 'te3-train.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Te3Doc)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { train: docs.filter((_, i) => i % 5 !== 4), dev: docs.filter((_, i) => i % 5 === 4) };
}

interface Counts {
  gold: number;
  sys: number;
  strict: number;
  relaxed: number;
  typeOk: number;
  valueOk: number;
}

export interface Miss {
  doc: string;
  kind: 'fn' | 'fp' | 'type' | 'value' | 'span';
  gold?: GoldTimex;
  sys?: Timex;
  context: string;
}

/** TE3 Task A: one-to-one relaxed matching by overlap; value counts only on relaxed matches. */
export function score(docs: Te3Doc[], misses?: Miss[]): Counts {
  const c: Counts = { gold: 0, sys: 0, strict: 0, relaxed: 0, typeOk: 0, valueOk: 0 };
  for (const d of docs) {
    const sys = findTimes(d.text, segmentText(d.text), d.dct);
    const used = new Set<number>();
    c.gold += d.timexes.length;
    c.sys += sys.length;
    const ctx = (s: number, e: number) => d.text.slice(Math.max(0, s - 50), s).replace(/\s+/g, ' ') + '[[' + d.text.slice(s, e) + ']]' + d.text.slice(e, e + 40).replace(/\s+/g, ' ');
    for (const t of sys) {
      let gi = d.timexes.findIndex((g, k) => !used.has(k) && g.start === t.span.start && g.end === t.span.end);
      if (gi < 0) gi = d.timexes.findIndex((g, k) => !used.has(k) && g.start < t.span.end && t.span.start < g.end);
      if (gi < 0) {
        misses?.push({ doc: d.id, kind: 'fp', sys: t, context: ctx(t.span.start, t.span.end) });
        continue;
      }
      used.add(gi);
      const g = d.timexes[gi];
      c.relaxed++;
      if (g.start === t.span.start && g.end === t.span.end) c.strict++;
      else misses?.push({ doc: d.id, kind: 'span', gold: g, sys: t, context: ctx(g.start, g.end) });
      if (g.type === t.type) c.typeOk++;
      else misses?.push({ doc: d.id, kind: 'type', gold: g, sys: t, context: ctx(g.start, g.end) });
      if (g.value === t.value) c.valueOk++;
      else misses?.push({ doc: d.id, kind: 'value', gold: g, sys: t, context: ctx(g.start, g.end) });
    }
    d.timexes.forEach((g, k) => {
      if (!used.has(k)) misses?.push({ doc: d.id, kind: 'fn', gold: g, context: ctx(g.start, g.end) });
    });
  }
  return c;
}

const pct = (x: number) => Math.round(1000 * x) / 10;
const f1 = (tp: number, sys: number, gold: number) => {
  const p = sys ? tp / sys : 0;
  const r = gold ? tp / gold : 0;
  return { P: pct(p), R: pct(r), F1: pct(p + r ? (2 * p * r) / (p + r) : 0) };
};

function rows(label: string, c: Counts): Array<Record<string, string | number>> {
  return [
    { part: label, measure: 'strict span', ...f1(c.strict, c.sys, c.gold) },
    { part: label, measure: 'relaxed span', ...f1(c.relaxed, c.sys, c.gold) },
    { part: label, measure: 'value (on relaxed)', ...f1(c.valueOk, c.sys, c.gold) },
    { part: label, measure: 'type accuracy (on relaxed)', P: '', R: '', F1: pct(c.relaxed ? c.typeOk / c.relaxed : 0) },
  ];
}

function throughput(docs: Te3Doc[]): { wordsPerSec: number; words: number } {
  const prepared: Array<{ text: string; seg: SegmentLayer; dct: string }> = docs.map((d) => ({ text: d.text, seg: segmentText(d.text), dct: d.dct }));
  const words = docs.reduce((n, d) => n + (d.text.match(/\S+/g)?.length ?? 0), 0);
  for (let k = 0; k < 3; k++) for (const p of prepared) findTimes(p.text, p.seg, p.dct); // warm-up
  // CPU time of this process (not wall time), so a busy machine does not distort the figure.
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e6;
  };
  let runs = 0;
  const w0 = performance.now();
  const c0 = cpu();
  while (performance.now() - w0 < 2000) {
    for (const p of prepared) findTimes(p.text, p.seg, p.dct);
    runs++;
  }
  const sec = cpu() - c0;
  return { wordsPerSec: Math.round((words * runs) / sec), words };
}

interface RecognizerCase {
  Input: string;
  NotSupported?: string;
  NotSupportedByDesign?: string;
  Results: Array<{ Text: string; Start: number; Length: number }>;
}

/** Share of DateExtractor cases where our spans equal the expected ones exactly. */
function recognizersPassRate(file: string): { cases: number; pass: number } {
  const cases = JSON.parse(readFileSync(sharedDataPath('numbers', 'recognizers-specs', 'Specs', 'DateTime', 'English', file), 'utf8').replace(/^\uFEFF/, '')) as RecognizerCase[];
  let pass = 0;
  for (const k of cases) {
    const got = findTimes(k.Input, segmentText(k.Input), '2016-11-07').map((t) => `${t.span.start}:${t.span.end}`).sort();
    const want = k.Results.map((r) => `${r.Start}:${r.Start + r.Length}`).sort();
    if (got.join() === want.join()) pass++;
  }
  return { cases: cases.length, pass };
}

export default async function timesEval(): Promise<EvalSection[]> {
  const { train, dev } = loadTe3();
  const speed = throughput([...train, ...dev]);
  const rec = recognizersPassRate('DateExtractor.json');
  return [
    {
      title: 'Times (TIMEX3) on TempEval-3 TBAQ-cleaned, TE3 Task A scoring',
      rows: [...rows(`dev (${dev.length} docs, held out)`, score(dev)), ...rows(`train (${train.length} docs, tuned on)`, score(train))],
      notes: [
        'dev = every 5th document by sorted id; rules were written and tuned looking only at the other documents.',
        'relaxed = one-to-one overlap; value and type are counted on relaxed matches (value P = correct values / system timexes).',
        `throughput of the times stage alone (pre-segmented input, CPU time, warm): ${speed.wordsPerSec.toLocaleString('en')} words/s over ${speed.words.toLocaleString('en')} words.`,
        `Microsoft Recognizers DateExtractor spec (English): ${rec.pass}/${rec.cases} cases with exactly the expected spans (${pct(rec.pass / rec.cases)}%).`,
      ],
    },
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const k = process.argv.indexOf('--errors');
  if (k >= 0) {
    const kind = process.argv[k + 1];
    const misses: Miss[] = [];
    score(loadTe3().train, misses);
    for (const m of misses) {
      if (kind && kind !== m.kind) continue;
      console.log([m.kind, m.doc.slice(0, 14), m.gold ? `${m.gold.type} ${m.gold.value} "${m.gold.text}"` : '-', m.sys ? `${m.sys.type} ${m.sys.value} "${m.sys.span.text}"` : '-', m.context].join('\t'));
    }
  } else {
    for (const s of await timesEval()) {
      console.log(`\n## ${s.title}`);
      console.table(s.rows);
      for (const n of s.notes ?? []) console.log('- ' + n);
    }
  }
}
