/**
 * Categorised error analysis on a held-out slice of PolNeAR train (never dev): which gold
 * attributions are missed and why, how matched contents differ at their edges, which sources are wrong.
 *   npx tsx train/quotes/train.ts --holdout 140 --save /tmp/q.bin && npx tsx train/quotes/errors.ts /tmp/q.bin 140
 *   (a third argument k scores the block that train.ts --fold k held out)
 */
import fs from 'node:fs';
import { segmentText } from '../../src/stages/segment/index.js';
import { findQuotes } from '../../src/stages/quotes/index.js';
import { QuoteModel } from '../../src/stages/quotes/model.js';
import { readModelFile } from '../../src/stages/quotes/model-file.js';
import { buildWindows } from '../../src/stages/quotes/windows.js';
import { goldUnit, groupPredictions, length, match, overlap, scoreDocs, trimmedBounds } from '../../eval/quotes.js';
import { loadPolnear } from './polnear.js';

const [file, n, fold] = [process.argv[2], Number(process.argv[3] ?? 140), Number(process.argv[4] ?? 0)];
const model = new QuoteModel(readModelFile(fs.readFileSync(file)));
const all = loadPolnear('train');
// As train.ts --holdout n --fold k: the k-th block of n docs from the end.
const docs = all.slice(all.length - (fold + 1) * n, all.length - fold * n);
const segs = new Map(docs.map((d) => [d.id, segmentText(d.text)]));
{
  const s = scoreDocs(docs, (d) => ({ quotes: findQuotes(d.text, segs.get(d.id)!, { entities: [], mentions: [] }, { model }), words: 0, ms: 0 }));
  const f1 = (t: { gold: number; pred: number; tp: number }) => ((200 * t.tp) / Math.max(1, t.gold + t.pred)).toFixed(1);
  const kinds = Object.entries(s.byKind).map(([k, v]) => `${k} ${((200 * v.found) / Math.max(1, v.gold + v.pred)).toFixed(1)}`).join(' ');
  console.log(`SCORE held-out ${docs.length}: lenient F1 ${f1(s.lenient)} (P ${((100 * s.lenient.tp) / s.lenient.pred).toFixed(1)} R ${((100 * s.lenient.tp) / s.lenient.gold).toFixed(1)})  exact F1 ${f1(s.exact)}  source ${((100 * s.sourceOk) / s.lenient.tp).toFixed(1)}%  e2e F1 ${f1(s.endToEnd)} | ${kinds}`);
  if (process.env.SCORE_ONLY) process.exit(0);
}
const count = new Map<string, number>();
const bump = (k: string) => count.set(k, (count.get(k) ?? 0) + 1);
const examples = new Map<string, string[]>();
const show = (k: string, s: string) => {
  const l = examples.get(k) ?? [];
  if (l.length < Number(process.env.EX ?? 3)) l.push(s);
  examples.set(k, l);
};
const clip = (s: string) => s.replace(/\s+/g, ' ').slice(0, 240);
for (const d of docs) {
  const seg = segs.get(d.id)!;
  const qs = findQuotes(d.text, seg, { entities: [], mentions: [] }, { model });
  const golds = d.gold.filter((g) => g.content.length > 0);
  const gold = golds.map(goldUnit);
  const pred = groupPredictions(qs);
  const len = match(gold, pred, (g, p) => {
    const o = overlap(g.content, p.content);
    return o >= 0.5 * length(g.content) ? o / Math.max(length(g.content), length(p.content)) : 0;
  });
  const gm = new Map(len.map(([g, p]) => [g, p]));
  const pm = new Set(len.map(([, p]) => p));
  const wins = buildWindows(d.text, seg);
  const winOf = (x: number) => wins.findIndex((w) => w.start <= x && x < w.end);
  golds.forEach((g, gi) => {
    const u = gold[gi];
    const cueText = g.cue.map(([a, b]) => d.text.slice(a, b)).join(' ').toLowerCase();
    const pi = gm.get(gi);
    const cs = Math.min(...u.content.map((f) => f[0]));
    const ce = Math.max(...u.content.map((f) => f[1]));
    const crosses = winOf(cs) !== winOf(ce - 1);
    bump(`gold ${g.kind}`);
    if (pi === undefined) {
      // Did any prediction claim this cue?
      const cueHit = qs.some((q) => q.cue && g.cue.some(([a, b]) => q.cue!.start < b && a < q.cue!.end));
      const cat = `MISS ${g.kind} ${cueHit ? 'cue-found-content-bad' : 'cue-missed'}${crosses ? ' multi-window' : ''}`;
      bump(cat);
      if (!cueHit) bump(`missedcue ${cueText}`);
      const got = qs.filter((q) => q.cue && g.cue.some(([a, b]) => q.cue!.start < b && a < q.cue!.end)).map((q) => q.content.text).join(' ## ');
      show(cat, `cue[${cueText}] content[${clip(u.content.map(([a, b]) => d.text.slice(a, b)).join(' ## '))}]${cueHit ? `\n      GOT[${clip(got)}]` : ''}`);
      return;
    }
    const p = pred[pi];
    const [gs, ge] = trimmedBounds(d.text, u.content);
    const [ps, pe] = trimmedBounds(d.text, p.content);
    if (gs !== ps || ge !== pe) {
      const edge = (a: number, b: number, side: string) => {
        if (a === b) return;
        const t = clip(d.text.slice(Math.min(a, b), Math.max(a, b)));
        const words = t.trim().split(' ');
        const key = `${side} ${a < b ? '+' : '-'}${words.length > 3 ? `${words.length > 10 ? 'many' : 'few'}` : t.toLowerCase()}`;
        bump(`EDGE ${key}`);
        show(`EDGE ${side} ${a < b ? '+' : '-'}`, `[${t}] in ${clip(d.text.slice(Math.min(gs, ps) - 20, Math.max(ge, pe) + 20))}`);
      };
      bump(`INEXACT ${g.kind}`);
      show(`INEXACT ${g.kind}`, `cue[${cueText}]\n   GOLD[${clip(u.content.map(([a, b]) => d.text.slice(a, b)).join(' ## '))}]\n   PRED[${clip(p.content.map(([a, b]) => d.text.slice(a, b)).join(' ## '))}]`);
      edge(ps, gs, 'start'); // + : prediction starts before gold (extra words)
      edge(ge, pe, 'end'); // + : prediction ends after gold
    }
    const gsrc = u.source ? u.source.map(([a, b]) => d.text.slice(a, b)).join(' ') : '';
    const ok = u.source ? !!p.source && overlap(u.source, p.source) > 0 : !p.source;
    if (!ok) {
      const psrc = p.source ? p.source.map(([a, b]) => d.text.slice(a, b)).join(' ') : '';
      const gk = !u.source ? 'gold-none' : /^(he|she|they|i|we|it|you|who|which)$/i.test(gsrc.trim()) ? 'gold-pronoun' : /^[A-Z]/.test(gsrc.trim()) ? 'gold-Cap' : 'gold-np';
      const cat = `SRC ${gk} ${p.source ? 'pred-other' : 'pred-none'}`;
      bump(cat);
      const cw = cueText.split(' ').pop() ?? '';
      const gs0 = u.source ? u.source[0][0] : -1;
      const side = !u.source ? 'none' : gs0 < g.cue[0][0] ? (winOf(gs0) === winOf(g.cue[0][0]) ? 'left' : 'left-other-window') : 'right';
      // Whether the prediction's cue is the gold one: a wrong source often comes with another cue's attribution.
      const pq = qs.find((x) => x.content.start === p.content[0][0]);
      const sameCue = !!pq?.cue && g.cue.some(([a, b]) => pq.cue!.start < b && a < pq.cue!.end);
      const srcx = `SRCX ${cw.endsWith('ing') ? 'ing' : 'fin'} gold-${side} ${p.source ? 'pred' : 'nopred'} ${sameCue ? 'same-cue' : 'other-cue'}`;
      bump(srcx);
      if (!sameCue)
        show(srcx, `gold[${gsrc}] cue[${cueText}] pred[${p.source ? p.source.map(([a, b]) => d.text.slice(a, b)).join(' ') : ''}] cue[${pq?.cue?.text ?? ''}]\n   GOLD[${clip(u.content.map(([a, b]) => d.text.slice(a, b)).join(' ## '))}]\n   PRED[${clip(p.content.map(([a, b]) => d.text.slice(a, b)).join(' ## '))}]`);
      const c0 = Math.min(...g.cue.map((f) => f[0]));
      show(cat, `gold[${gsrc}] pred[${psrc}] cue[${cueText}] ctx[${clip(d.text.slice(Math.max(0, c0 - 120), c0 + 30))}]`);
    }
  });
  pred.forEach((p, pi) => {
    const inside = pred.some((o, oi) => oi !== pi && o.content.some(([a, b]) => p.content.every(([c, e]) => a <= c && e <= b)));
    const overlP = pred.some((o, oi) => oi !== pi && overlap(o.content, p.content) > 0);
    bump(`NEST ${inside ? 'inside' : overlP ? 'overlapping' : 'alone'} ${p.kind} ${pm.has(pi) ? 'TP' : 'FP'}`);
    if (pm.has(pi)) return;
    const q = qs.find((x) => x.content.start === p.content[0][0]);
    const cue = q?.cue?.text.toLowerCase() ?? '(none)';
    bump(`FP ${p.kind}`);
    bump(`fpcue ${cue}`);
    const og = gold.findIndex((g) => overlap(g.content, p.content) > 0);
    const overl = og < 0 ? 'none' : gm.has(og) ? 'gold-matched-elsewhere' : 'gold-unmatched';
    bump(`FP overlaps-gold ${overl}`);
    show(`FP ${overl}`, `cue[${cue}] ${clip(p.content.map(([a, b]) => d.text.slice(a, b)).join(' ## '))}`);
  });
}
const groups = new Map<string, Array<[string, number]>>();
for (const [k, v] of count) {
  const g = k.split(' ')[0];
  groups.set(g, [...(groups.get(g) ?? []), [k, v]]);
}
for (const [g, l] of groups) {
  console.log(`\n== ${g}`);
  console.log(l.sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 30)).map(([k, v]) => `${v}\t${k}`).join('\n'));
}
if (process.env.EX) for (const [k, l] of examples) console.log(`\n-- ${k}\n${l.join('\n')}`);
