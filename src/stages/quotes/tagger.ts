/**
 * The learned path inside one window: cue heads by the cue classifier, then for each cue the
 * source and content tokens by Viterbi over the span tagger's scores.
 */
import type { Token } from '../../core/layers.js';
import { TOKEN_TEMPLATES, cueConjunctions, cueContext, cueFeatures, relationOf, tupleFeatures, windowContext, wordRelationName, type Relation, type WinCtx } from './features.js';
import { C, O, S, TAGS, viterbi, type QuoteModel } from './model.js';
import type { Window } from './windows.js';

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

export function findCueSites(ctx: WinCtx, model: QuoteModel): CueSite[] {
  const out: CueSite[] = [];
  for (let i = 0; i < ctx.n; i++) {
    const p = model.cands.get(ctx.low[i]);
    if (p === undefined) continue;
    if (model.cueScore(cueFeatures(ctx, i, p)) <= model.cueThreshold) continue;
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

/**
 * Scores of token features by template and key, memoised per model: each holds the scores for
 * the left-side and right-side conjunction (and, for the word relation, near and far).
 */
const MEMO_LIMIT = 200_000;
const tokenMemo = new WeakMap<QuoteModel, Array<Map<string, Float32Array>>>();

function memoFor(model: QuoteModel): Array<Map<string, Float32Array>> {
  let m = tokenMemo.get(model);
  if (!m) {
    m = Array.from({ length: TOKEN_TEMPLATES.length + 1 }, () => new Map<string, Float32Array>());
    tokenMemo.set(model, m);
  }
  return m;
}

function templateScores(model: QuoteModel, memo: Map<string, Float32Array>, key: string, names: (key: string) => string[]): Float32Array {
  let v = memo.get(key);
  if (!v) {
    const fs = names(key);
    v = new Float32Array(fs.length * TAGS);
    for (let j = 0; j < fs.length; j++) model.addSpan([fs[j]], '', v, j * TAGS);
    // Bounded: a huge document of unseen words must not grow the memo without end.
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(key, v);
  }
  return v;
}

/** Scores the side-conjoined token features and the word relation once per window, whichever cue asks. */
class TokenScores {
  private readonly scores: Float32Array;
  private readonly done: Uint8Array;
  private readonly memo: Array<Map<string, Float32Array>>;

  constructor(
    private readonly ctx: WinCtx,
    private readonly model: QuoteModel,
  ) {
    this.scores = new Float32Array(ctx.n * 4 * TAGS);
    this.done = new Uint8Array(ctx.n);
    this.memo = memoFor(model);
  }

  private fill(i: number): void {
    const base = i * 4 * TAGS;
    const out = this.scores;
    TOKEN_TEMPLATES.forEach((t, j) => {
      const v = templateScores(this.model, this.memo[j], t.key(this.ctx, i), (k) => ['LT' + t.name(k), 'RT' + t.name(k)]);
      // Variants 0, 1: left (far, near); 2, 3: right (far, near).
      for (let x = 0; x < TAGS; x++) {
        out[base + x] += v[x];
        out[base + TAGS + x] += v[x];
        out[base + 2 * TAGS + x] += v[TAGS + x];
        out[base + 3 * TAGS + x] += v[TAGS + x];
      }
    });
    const w = templateScores(this.model, this.memo[TOKEN_TEMPLATES.length], this.ctx.low[i], (k) => [
      wordRelationName(k, false, false),
      wordRelationName(k, false, true),
      wordRelationName(k, true, false),
      wordRelationName(k, true, true),
    ]);
    for (let x = 0; x < 4 * TAGS; x++) out[base + x] += w[x];
    this.done[i] = 1;
  }

  add(i: number, right: boolean, near: boolean, out: Float32Array, off: number): void {
    if (!this.done[i]) this.fill(i);
    const b = i * 4 * TAGS + ((right ? 2 : 0) + (near ? 1 : 0)) * TAGS;
    for (let t = 0; t < TAGS; t++) out[off + t] += this.scores[b + t];
  }
}

/** Scores of the tuple features, memoised per model by the tuple packed into one integer. */
const CLASSES = 32;
const TUPLE_KEYS = 2 * 8 * 4 * 3 * 3 * 3 * 4 * 2 * CLASSES;
const tupleMemo = new WeakMap<QuoteModel, { scores: Float32Array; done: Uint8Array }>();
const classIds = new Map<string, number>();

function classId(cls: string): number {
  let id = classIds.get(cls);
  if (id === undefined) {
    id = Math.min(CLASSES - 1, classIds.size);
    classIds.set(cls, id);
  }
  return id;
}

function tupleKey(r: Relation, cls: number): number {
  return ((((((((r.right ? 1 : 0) * 8 + r.db) * 4 + r.commas) * 3 + r.thats) * 3 + r.stops) * 3 + r.cues) * 4 + r.marks) * 2 + r.inq) * CLASSES + cls;
}

function addTuple(model: QuoteModel, r: Relation, out: Float32Array, off: number): void {
  let memo = tupleMemo.get(model);
  if (!memo) {
    memo = { scores: new Float32Array(TUPLE_KEYS * TAGS), done: new Uint8Array(TUPLE_KEYS) };
    tupleMemo.set(model, memo);
  }
  const cls = classId(r.cls);
  // Classes past the table's room share the last slot; score them directly.
  if (cls === CLASSES - 1) return model.addSpan(tupleFeatures(r), '', out, off);
  const k = tupleKey(r, cls);
  if (!memo.done[k]) {
    model.addSpan(tupleFeatures(r), '', memo.scores, k * TAGS);
    memo.done[k] = 1;
  }
  for (let t = 0; t < TAGS; t++) out[off + t] += memo.scores[k * TAGS + t];
}

export function tagWindow(tokens: Token[], w: Window, model: QuoteModel): { ctx: WinCtx; tagged: Tagged[] } {
  const ctx = windowContext(tokens, w, model.strongCue);
  const sites = findCueSites(ctx, model);
  const tagged: Tagged[] = [];
  if (!sites.length) return { ctx, tagged };
  const tok = new TokenScores(ctx, model);
  // Cue-context conjunctions depend on (side, distance bucket, class): memoised per cue.
  const conj = new Float32Array(2 * 8 * CLASSES * TAGS);
  const conjDone = new Uint8Array(2 * 8 * CLASSES);
  for (const cue of sites) {
    const [lo, hi] = regionOf(ctx, cue, model.left, model.right);
    const n = hi - lo;
    const scores = new Float32Array(n * TAGS);
    const cc = cueContext(ctx, cue.h0, cue.h1);
    conjDone.fill(0);
    for (let k = 0; k < n; k++) {
      const i = lo + k;
      if (i >= cue.h0 && i < cue.h1) continue;
      const r = relationOf(ctx, i, cue.h0, cue.h1);
      tok.add(i, r.right, r.near, scores, k * TAGS);
      addTuple(model, r, scores, k * TAGS);
      const cls = classId(r.cls);
      const ck = ((r.right ? 1 : 0) * 8 + r.db) * CLASSES + cls;
      if (cls === CLASSES - 1) {
        model.addSpan(cueConjunctions(r, cc), '', scores, k * TAGS);
        continue;
      }
      if (!conjDone[ck]) {
        conj.fill(0, ck * TAGS, ck * TAGS + TAGS);
        model.addSpan(cueConjunctions(r, cc), '', conj, ck * TAGS);
        conjDone[ck] = 1;
      }
      for (let t = 0; t < TAGS; t++) scores[k * TAGS + t] += conj[ck * TAGS + t];
    }
    const tags = viterbi(scores, n, model.trans, (k) => lo + k >= cue.h0 && lo + k < cue.h1);
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
