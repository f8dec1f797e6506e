/**
 * The learned path inside one window: cue heads by the cue classifier, then for each cue the
 * source and content tokens by Viterbi over the span tagger's scores. Features are scored by
 * integer keys (feature-ids.ts) over the window's word and class ids: no strings per token.
 */
import type { Token } from '../../core/layers.js';
import { Cue as Cue_, NTOK as NTOK_, Span as Span_, sideCls as sideCls_, sideDb as sideDb_ } from './feature-ids.js';
import { CLS_BOS as CLS_BOS_, CLS_D, CLS_EOS as CLS_EOS_, NCLS as NCLS_, otherCues, pBucketId, positionId, quoteNear, quotedWindow, relationOf, subjectBefore, thatFollows, tupleFeatures, windowContext, type Relation, type WinCtx } from './features.js';
import { C, O, S, TAGS as TAGS_, viterbi, type QuoteModel } from './model.js';
import type { Window } from './windows.js';
import { FIGURE_MARGIN, WEAK_CUE_MARGIN, WEAK_CUE_P } from './ablations.js';
import { NUMBER_WORDS } from './words.js';
import { isNameInSentence } from './words.js';

// Module-local copies: imported bindings can cost a getter call per access in hot loops (tsx).
const TAGS = TAGS_;
const NCLS = NCLS_;
const CLS_BOS = CLS_BOS_;
const CLS_EOS = CLS_EOS_;
const Cue = Cue_;
const Span = Span_;
const NTOK = NTOK_;
const sideDb = sideDb_;
const sideCls = sideCls_;

/** A cue found by the classifier, window-relative token range [h0, h1). */
export interface CueSite {
  h0: number;
  h1: number;
}

/** Tags of the tokens [lo, hi) of the window, for one cue. */
export interface Tagged {
  cue: CueSite;
  lo: number;
  tags: Uint8Array;
}

/** "according to" is one cue of two tokens; every other cue is its head word. */
export function cueExtent(ctx: WinCtx, h0: number): number {
  return ctx.low[h0] === 'according' && ctx.low[h0 + 1] === 'to' ? h0 + 2 : h0 + 1;
}

const wordAt = (c: WinCtx, i: number, edge: number) => (i >= 0 && i < c.n ? c.wid[i] : edge);
const clsAt = (c: WinCtx, i: number, edge: number) => (i >= 0 && i < c.n ? c.clsId[i] : edge);

/** The cue classifier's score for token i (features and their order as in features.ts cueFeatures). */
export function cueScore(c: WinCtx, i: number, p: number, m: QuoteModel): number {
  const w = c.wid[i];
  const p1 = wordAt(c, i - 1, m.bosWord);
  const n1 = wordAt(c, i + 1, m.eosWord);
  const p1c = clsAt(c, i - 1, CLS_BOS);
  const n1c = clsAt(c, i + 1, CLS_EOS);
  const q = c.inq[i];
  const pos = positionId(i, c.n);
  const pb = pBucketId(p);
  let s = 0;
  s += m.cueWeight(Cue.B, 0, 0);
  s += m.cueWeight(Cue.W, w, 0);
  s += m.cueWeight(Cue.PB, pb, 0);
  s += m.cueWeight(Cue.P1, p1, 0);
  s += m.cueWeight(Cue.N1, n1, 0);
  s += m.cueWeight(Cue.P2, wordAt(c, i - 2, m.bosWord), 0);
  s += m.cueWeight(Cue.N2, wordAt(c, i + 2, m.eosWord), 0);
  s += m.cueWeight(Cue.P1W, p1, w);
  s += m.cueWeight(Cue.WN1, w, n1);
  s += m.cueWeight(Cue.WN1C, w, n1c);
  s += m.cueWeight(Cue.P1CW, w, p1c);
  s += m.cueWeight(Cue.N1C, n1c, 0);
  s += m.cueWeight(Cue.P1C, p1c, 0);
  s += m.cueWeight(Cue.CLS, c.clsId[i], 0);
  s += m.cueWeight(Cue.Q, q, 0);
  s += m.cueWeight(Cue.QW, w, q);
  s += m.cueWeight(Cue.POS, pos, 0);
  s += m.cueWeight(Cue.WPOS, w, pos);
  s += m.cueWeight(Cue.SUF, m.suffix[w], 0);
  s += m.cueWeight(Cue.PBN1C, pb, n1c);
  const that = thatFollows(c, i);
  s += m.cueWeight(Cue.THAT, that, 0);
  s += m.cueWeight(Cue.P1CN1C, p1c, n1c);
  const qn = quoteNear(c, i);
  const subj = subjectBefore(c, i);
  s += m.cueWeight(Cue.QNEAR, qn, 0);
  s += m.cueWeight(Cue.NCUE, otherCues(c, i), 0);
  s += m.cueWeight(Cue.WTHAT, w, that);
  s += m.cueWeight(Cue.WQWIN, w, quotedWindow(c));
  s += m.cueWeight(Cue.SUBJ, subj, 0);
  s += m.cueWeight(Cue.WSUBJ, w, subj);
  s += m.cueWeight(Cue.WQNEAR, w, qn);
  return s;
}


/** A number within the next 15 tokens of the same sentence, outside quotations. */
function figureFollows(c: WinCtx, i: number): boolean {
  for (let k = i + 1; k < c.n && k <= i + 15; k++) {
    const l = c.low[k];
    if (l === '.' || l === ';' || l === '?' || l === '!' || c.inq[k]) return false;
    if (c.clsId[k] === CLS_D || NUMBER_WORDS.has(l)) return true;
  }
  return false;
}

export function findCueSites(ctx: WinCtx, model: QuoteModel): CueSite[] {
  const out: CueSite[] = [];
  for (let i = 0; i < ctx.n; i++) {
    const p = model.candP[ctx.wid[i]];
    if (p !== p) continue; // NaN: not a candidate word
    const score = cueScore(ctx, i, p, model);
    // A word that rarely heads a cue in train needs a clearer score: "remained", "taken", "placed" in news narration.
    if (p < WEAK_CUE_P && score <= model.cueThreshold + WEAK_CUE_MARGIN) continue;
    if (score <= model.cueThreshold && !(FIGURE_MARGIN > 0 && score > model.cueThreshold - FIGURE_MARGIN && p >= 0.3 && figureFollows(ctx, i))) continue;
    const h1 = cueExtent(ctx, i);
    out.push({ h0: i, h1 });
    i = h1 - 1;
  }
  return out;
}

/** Region of the window the tagger looks at around a cue. */
export function regionOf(ctx: WinCtx, cue: CueSite, left: number, right: number): [number, number] {
  return [Math.max(0, cue.h0 - left), Math.min(ctx.n, cue.h1 + right)];
}

/** Scores the side-conjoined token features and the word relation once per window, whichever cue asks. */
export class TokenScores {
  private readonly scores: Float32Array;
  private readonly done: Uint8Array;

  constructor(
    private readonly ctx: WinCtx,
    private readonly model: QuoteModel,
  ) {
    this.scores = new Float32Array(ctx.n * 4 * TAGS);
    this.done = new Uint8Array(ctx.n);
  }

  private fill(i: number): void {
    const c = this.ctx;
    const m = this.model;
    const out = this.scores;
    const base = i * 4 * TAGS;
    const w = c.wid[i];
    const cls = c.clsId[i];
    // Token templates in TOKEN_TEMPLATES order: word, class, previous word, next word, class pairs, in-quote.
    this.both(0, w, 0, base);
    this.both(1, cls, 0, base);
    this.both(2, wordAt(c, i - 1, m.bosWord), 0, base);
    this.both(3, wordAt(c, i + 1, m.eosWord), 0, base);
    this.both(4, clsAt(c, i - 1, CLS_BOS), cls, base);
    this.both(5, cls, clsAt(c, i + 1, CLS_EOS), base);
    this.both(6, c.inq[i], 0, base);
    for (let v = 0; v < 4; v++) m.addSpan(Span.WREL, w, v, out, base + v * TAGS);
    this.done[i] = 1;
  }

  /** Template j on the left to variants 0, 1 (far, near), on the right to 2, 3. */
  private both(j: number, a: number, b: number, base: number): void {
    const m = this.model;
    const out = this.scores;
    const left = m.spanRow(Span.TOKEN + j, a, b);
    const right = m.spanRow(Span.TOKEN + NTOK + j, a, b);
    m.addRow(left, out, base);
    m.addRow(left, out, base + TAGS);
    m.addRow(right, out, base + 2 * TAGS);
    m.addRow(right, out, base + 3 * TAGS);
  }

  add(i: number, right: boolean, near: boolean, out: Float32Array, off: number): void {
    if (!this.done[i]) this.fill(i);
    const b = i * 4 * TAGS + ((right ? 2 : 0) + (near ? 1 : 0)) * TAGS;
    for (let t = 0; t < TAGS; t++) out[off + t] += this.scores[b + t];
  }
}

/** Scores of the tuple features, memoised per model by the tuple packed into one integer. */
const TUPLE_KEYS = 2 * 8 * 4 * 3 * 3 * 3 * 4 * 2 * NCLS;
const tupleMemo = new WeakMap<QuoteModel, { scores: Float32Array; done: Uint8Array }>();

function tupleKey(r: Relation, cls: number): number {
  return ((((((((r.right ? 1 : 0) * 8 + r.db) * 4 + r.commas) * 3 + r.thats) * 3 + r.stops) * 3 + r.cues) * 4 + r.marks) * 2 + r.inq) * NCLS + cls;
}

function addTuple(model: QuoteModel, r: Relation, cls: number, out: Float32Array, off: number): void {
  let memo = tupleMemo.get(model);
  if (!memo) {
    memo = { scores: new Float32Array(TUPLE_KEYS * TAGS), done: new Uint8Array(TUPLE_KEYS) };
    tupleMemo.set(model, memo);
  }
  const k = tupleKey(r, cls);
  if (!memo.done[k]) {
    model.addMisc(tupleFeatures(r), memo.scores, k * TAGS);
    memo.done[k] = 1;
  }
  for (let t = 0; t < TAGS; t++) out[off + t] += memo.scores[k * TAGS + t];
}

/** The cue's own context as ids: its word, the class and word after it, the class before it, in-quote. */
interface CueIds {
  cw: number;
  ncls: number;
  nword: number;
  pcls: number;
  cq: number;
}

function cueIds(c: WinCtx, m: QuoteModel, cue: CueSite): CueIds {
  return { cw: c.wid[cue.h0], ncls: clsAt(c, cue.h1, CLS_EOS), nword: wordAt(c, cue.h1, m.eosWord), pcls: clsAt(c, cue.h0 - 1, CLS_BOS), cq: c.inq[cue.h0] };
}

/** Conjunctions of the cue's context with side and distance bucket, and with side and class (features.ts cueConjunctions). */
function addConjunctions(m: QuoteModel, q: CueIds, right: boolean, db: number, cls: number, out: Float32Array, off: number): void {
  const sd = sideDb(right, db);
  const sc = sideCls(right, cls);
  m.addSpan(Span.DB_CW, q.cw, sd, out, off);
  m.addSpan(Span.S_CW, q.cw, sc, out, off);
  m.addSpan(Span.DB_CN1, q.nword, sd * NCLS + q.ncls, out, off);
  m.addSpan(Span.S_CN1, q.nword, sc * NCLS + q.ncls, out, off);
  m.addSpan(Span.DB_CP1, q.pcls, sd, out, off);
  m.addSpan(Span.S_CP1, q.pcls, sc, out, off);
  m.addSpan(Span.DB_CQ, q.cq, sd, out, off);
  m.addSpan(Span.S_CQ, q.cq, sc, out, off);
}

/**
 * Span scores of the tokens [lo, hi) of the cue's region: scores[k * TAGS + tag] for token lo + k
 * (the cue's own tokens score 0). Sums the same features as features.ts, in the same order.
 */
export function spanScores(ctx: WinCtx, model: QuoteModel, cue: CueSite, tok: TokenScores = new TokenScores(ctx, model)): { lo: number; scores: Float32Array } {
  const [lo, hi] = regionOf(ctx, cue, model.left, model.right);
  const n = hi - lo;
  const scores = new Float32Array(n * TAGS);
  const q = cueIds(ctx, model, cue);
  // Cue-context conjunctions depend on (side, distance bucket, class): memoised per cue.
  const conj = new Float32Array(2 * 8 * NCLS * TAGS);
  const conjDone = new Uint8Array(2 * 8 * NCLS);
  for (let k = 0; k < n; k++) {
    const i = lo + k;
    if (i >= cue.h0 && i < cue.h1) continue;
    const r = relationOf(ctx, i, cue.h0, cue.h1);
    const cls = ctx.clsId[i];
    tok.add(i, r.right, r.near, scores, k * TAGS);
    addTuple(model, r, cls, scores, k * TAGS);
    const ck = sideDb(r.right, r.db) * NCLS + cls;
    if (!conjDone[ck]) {
      addConjunctions(model, q, r.right, r.db, cls, conj, ck * TAGS);
      conjDone[ck] = 1;
    }
    for (let t = 0; t < TAGS; t++) scores[k * TAGS + t] += conj[ck * TAGS + t];
    if (r.near) model.addSpan(Span.CUE_PAIR, ctx.wid[i], q.cw * 8 + (r.right ? 4 + i - cue.h1 + 1 : cue.h0 - i), scores, k * TAGS);
  }
  return { lo, scores };
}

export function tagWindow(tokens: Token[], w: Window, model: QuoteModel): { ctx: WinCtx; tagged: Tagged[] } {
  const ctx = windowContext(tokens, w, model.strongCue, model.vocab);
  // "Qaboos bin Said": a capitalised cue word inside a sentence is a name.
  const sites = findCueSites(ctx, model).filter((c) => !isNameInSentence(tokens, w.t0 + c.h0, w.t0));
  const tagged: Tagged[] = [];
  if (!sites.length) return { ctx, tagged };
  // Token scores are shared by every cue of the window.
  const tok = new TokenScores(ctx, model);
  for (const cue of sites) {
    const { lo, scores } = spanScores(ctx, model, cue, tok);
    const tags = viterbi(scores, scores.length / TAGS, model.trans, (k) => lo + k >= cue.h0 && lo + k < cue.h1);
    tagged.push({ cue, lo, tags });
  }
  return { ctx, tagged };
}

/** Maximal runs of one tag, as window-relative token ranges [a, b). */
export function runsOf(t: Tagged, tag: typeof S | typeof C | typeof O): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let k = 0; k < t.tags.length; k++) {
    if (t.tags[k] !== tag) continue;
    let e = k;
    while (e < t.tags.length && t.tags[e] === tag) e++;
    out.push([t.lo + k, t.lo + e]);
    k = e - 1;
  }
  return out;
}
