/**
 * Features of the learned attribution model, shared by the trainer (train/quotes/train.ts) and the
 * stage, so both see exactly the same strings. Two feature sets:
 *  - cue features: is this token the head of an attribution cue?
 *  - span features: given a cue, is this token part of its source (S), its content (C), or neither?
 * Token-only parts are computed once per window; cue-relative parts are a handful per token.
 */
import type { Token } from '../../core/layers.js';
import type { Window } from './windows.js';

/** Per-window precomputation: lower-cased words, token classes and prefix counts. */
export interface WinCtx {
  t0: number;
  n: number;
  low: string[];
  cls: string[];
  /** Class ids (CLASS_NAMES), and word ids in the model's vocabulary when one was given (0: unknown). */
  clsId: Uint8Array;
  wid: Int32Array;
  inq: Uint8Array;
  /** Prefix counts over window tokens (length n + 1): commas, "that", sentence ends, strong cue words. */
  commas: Int32Array;
  thats: Int32Array;
  stops: Int32Array;
  cues: Int32Array;
  /** Quotation marks that open or close a quotation. */
  marks: Int32Array;
}

/**
 * Token classes by id: punctuation that matters stands for itself; then digits, all-caps,
 * capitalised, lower-case, other; quotation marks that open / close; and the window's edges.
 */
export const CLASS_NAMES = [',', ':', ';', '.', '?', '!', '—', '–', '-', '(', ')', '…', 'd', 'A', 'C', 'l', 'o', 'QO', 'QC', '<s>', '</s>'];
export const NCLS = CLASS_NAMES.length;
const CLS = (name: string) => CLASS_NAMES.indexOf(name);
export const CLS_QO = CLS('QO');
export const CLS_QC = CLS('QC');
export const CLS_BOS = CLS('<s>');
export const CLS_EOS = CLS('</s>');
export const CLS_D = CLS('d');
const CLS_A = CLS('A');
const CLS_C = CLS('C');
const CLS_L = CLS('l');
const CLS_O = CLS('o');
const PUNCT_CLASS = new Map(CLASS_NAMES.slice(0, 12).map((c, i) => [c, i]));
const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;

function tokenClass(t: string): number {
  const p = PUNCT_CLASS.get(t);
  if (p !== undefined) return p;
  const c = t.charCodeAt(0);
  if (c >= 48 && c <= 57) return CLS_D;
  // ASCII letters without a regex: most tokens are.
  const upper = c >= 65 && c <= 90 ? true : (c >= 97 && c <= 122) || c < 128 ? false : UPPER.test(t);
  if (upper) return t.length > 1 && t === t.toUpperCase() ? CLS_A : CLS_C;
  if ((c >= 97 && c <= 122) || (c >= 128 && LOWER.test(t))) return CLS_L;
  return CLS_O;
}

/** Lexicon probability of a word heading a cue: a coarse bucket, so rare words share weights. */
export const P_BUCKETS = ['none', 'hi', 'mid', 'lo', 'vlo'];
export function pBucketId(p: number | undefined): number {
  if (p === undefined) return 0;
  return p >= 0.6 ? 1 : p >= 0.3 ? 2 : p >= 0.1 ? 3 : 4;
}
const pBucket = (p: number | undefined) => P_BUCKETS[pBucketId(p)];

/** Position of a token in its window, as the cue classifier sees it. */
export const POSITIONS = ['first', 'early', 'late', 'mid'];
export function positionId(i: number, n: number): number {
  return i === 0 ? 0 : i < 3 ? 1 : n - i <= 3 ? 2 : 3;
}

/** Whether a "that" follows within 5 tokens of token i. */
export function thatFollows(c: WinCtx, i: number): number {
  return c.thats[Math.min(c.n, i + 6)] - c.thats[i + 1] > 0 ? 1 : 0;
}

export function windowContext(tokens: Token[], w: Window, strong: (word: string, id?: number) => boolean, vocab?: Map<string, number>): WinCtx {
  const n = w.t1 - w.t0;
  const low: string[] = new Array(n);
  const cls: string[] = new Array(n);
  const clsId = new Uint8Array(n);
  const wid = new Int32Array(vocab ? n : 0);
  const inq = new Uint8Array(n);
  const commas = new Int32Array(n + 1);
  const thats = new Int32Array(n + 1);
  const stops = new Int32Array(n + 1);
  const cues = new Int32Array(n + 1);
  const marks = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const tok = tokens[w.t0 + i];
    const l = tok.text.toLowerCase();
    low[i] = l;
    const id = vocab ? (vocab.get(l) ?? 0) : undefined;
    if (id !== undefined) wid[i] = id;
    const qi = w.quoteOf[i];
    inq[i] = qi >= 0 ? 1 : 0;
    // Quotation marks are told apart by whether they open or close the quotation they bound.
    const k = qi >= 0 && tok.start === w.quotes[qi].start ? CLS_QO : qi >= 0 && tok.end === w.quotes[qi].end && w.quotes[qi].closed ? CLS_QC : tokenClass(tok.text);
    clsId[i] = k;
    cls[i] = CLASS_NAMES[k];
    commas[i + 1] = commas[i] + (l === ',' ? 1 : 0);
    thats[i + 1] = thats[i] + (l === 'that' ? 1 : 0);
    stops[i + 1] = stops[i] + (l === '.' || l === '?' || l === '!' || l === ';' ? 1 : 0);
    cues[i + 1] = cues[i] + (qi < 0 && strong(l, id) ? 1 : 0);
    marks[i + 1] = marks[i] + (k === CLS_QO || k === CLS_QC ? 1 : 0);
  }
  return { t0: w.t0, n, low, cls, clsId, wid, inq, commas, thats, stops, cues, marks };
}

const at = (arr: string[], i: number, edge: string) => (i >= 0 && i < arr.length ? arr[i] : edge);

/** Quotation marks near a cue: a closing one within 3 tokens before (1), an opening one within 3 after (2). */
export function quoteNear(c: WinCtx, i: number): number {
  let v = 0;
  for (let k = Math.max(0, i - 3); k < i; k++) if (c.clsId[k] === CLS_QC) v = 1;
  for (let k = i + 1; k < c.n && k <= i + 3; k++) if (c.clsId[k] === CLS_QO) return v + 2;
  return v;
}

/** Strong cue words elsewhere in the window (outside quotations), capped at 2. */
export function otherCues(c: WinCtx, i: number): number {
  return Math.min(2, c.cues[c.n] - (c.cues[i + 1] - c.cues[i]));
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who']);

/**
 * What the cue's clause offers as a subject within 4 tokens before it (stopping at punctuation):
 * a pronoun (1), a capitalised word (2), or neither (0).
 */
export function subjectBefore(c: WinCtx, i: number): number {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const k2 = c.clsId[k];
    if (k2 < CLS_D || k2 === CLS_QO || k2 === CLS_QC) return 0;
    if (PRONOUNS.has(c.low[k])) return 1;
    if (k2 === CLS_C || k2 === CLS_A) return 2;
  }
  return 0;
}

/** Whether the window holds a quotation mark at all. */
export const quotedWindow = (c: WinCtx) => (c.marks[c.n] > 0 ? 1 : 0);

/** Features for "token i of the window heads a cue"; `p` is its lexicon probability. */
export function cueFeatures(c: WinCtx, i: number, p: number | undefined): string[] {
  const w = c.low[i];
  const p1 = at(c.low, i - 1, '<s>');
  const n1 = at(c.low, i + 1, '</s>');
  const p1c = at(c.cls, i - 1, '<s>');
  const n1c = at(c.cls, i + 1, '</s>');
  const n2 = at(c.low, i + 2, '</s>');
  const p2 = at(c.low, i - 2, '<s>');
  const q = c.inq[i];
  const pos = POSITIONS[positionId(i, c.n)];
  return [
    'b',
    'w=' + w,
    'pb=' + pBucket(p),
    'p1=' + p1,
    'n1=' + n1,
    'p2=' + p2,
    'n2=' + n2,
    'p1w=' + p1 + '_' + w,
    'wn1=' + w + '_' + n1,
    'wn1c=' + w + '_' + n1c,
    'p1cw=' + p1c + '_' + w,
    'n1c=' + n1c,
    'p1c=' + p1c,
    'cls=' + c.cls[i],
    'q=' + q,
    'qw=' + q + '_' + w,
    'pos=' + pos,
    'wpos=' + w + '_' + pos,
    'suf=' + w.slice(-3),
    'pbn1c=' + pBucket(p) + '_' + n1c,
    'that=' + thatFollows(c, i),
    'p1cn1c=' + p1c + '_' + n1c,
    'qnear=' + quoteNear(c, i),
    'ncue=' + otherCues(c, i),
    'wthat=' + w + '_' + thatFollows(c, i),
    'wqwin=' + w + '_' + quotedWindow(c),
    'subj=' + subjectBefore(c, i),
    'wsubj=' + w + '_' + subjectBefore(c, i),
    'wqnear=' + w + '_' + quoteNear(c, i),
  ];
}

/** Distance buckets: near words behave differently from far ones. */
export const DIST_BUCKETS = ['1', '2', '3', '5', '10', '20', '40', 'far'];
export function distBucket(d: number): number {
  return d <= 3 ? d - 1 : d <= 5 ? 3 : d <= 10 ? 4 : d <= 20 ? 5 : d <= 40 ? 6 : 7;
}

function between(prefix: Int32Array, a: number, b: number): number {
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  return prefix[hi] - prefix[lo + 1];
}

/**
 * Cue-independent token features as templates: a key read off the window and the feature name
 * built from it, so the stage can memoise scores by key without building the strings each time.
 */
export interface TokenTemplate {
  key(c: WinCtx, i: number): string;
  name(key: string): string;
}

export const TOKEN_TEMPLATES: TokenTemplate[] = [
  { key: (c, i) => c.low[i], name: (k) => 'w=' + k },
  { key: (c, i) => c.cls[i], name: (k) => 'c=' + k },
  { key: (c, i) => at(c.low, i - 1, '<s>'), name: (k) => 'p1=' + k },
  { key: (c, i) => at(c.low, i + 1, '</s>'), name: (k) => 'n1=' + k },
  { key: (c, i) => at(c.cls, i - 1, '<s>') + '_' + c.cls[i], name: (k) => 'p1c=' + k },
  { key: (c, i) => c.cls[i] + '_' + at(c.cls, i + 1, '</s>'), name: (k) => 'n1c=' + k },
  { key: (c, i) => (c.inq[i] ? '1' : '0'), name: (k) => 'q=' + k },
];

/** Cue-independent token features; the span scorer conjoins each with the side of the cue it lies on. */
export function tokenFeatures(c: WinCtx, i: number): string[] {
  return TOKEN_TEMPLATES.map((t) => t.name(t.key(c, i)));
}

/** The token's own word, by side and nearness to the cue. */
export function wordRelation(c: WinCtx, i: number, right: boolean, near: boolean): string {
  return wordRelationName(c.low[i], right, near);
}

export function wordRelationName(word: string, right: boolean, near: boolean): string {
  return (right ? 'R' : 'L') + 'w' + word + (near ? 'near' : 'far');
}

/** The cue's word with a word near it, by side and distance 1–3 ("said that", "told reporters", "a bill to"). */
export function cueWordPair(cueWord: string, word: string, right: boolean, d: number): string {
  return (right ? 'R' : 'L') + 'x' + d + '=' + cueWord + '_' + word;
}

/** The cue's own context: its word and what follows and precedes it ("said that", "said ,", "“…,” said"). */
export function cueContext(c: WinCtx, h0: number, h1: number): string[] {
  return ['cw=' + c.low[h0], 'cn1=' + at(c.cls, h1, '</s>') + '_' + at(c.low, h1, '</s>'), 'cp1=' + at(c.cls, h0 - 1, '<s>'), 'cq=' + c.inq[h0]];
}

/**
 * What lies between token i and the cue at [h0, h1) (window-relative), as small counts. All
 * relation features but the word one are a function of this tuple, so the stage can memoise them.
 */
export interface Relation {
  right: boolean;
  db: number;
  commas: number;
  thats: number;
  stops: number;
  cues: number;
  marks: number;
  inq: number;
  cls: string;
  near: boolean;
}

export function relationOf(c: WinCtx, i: number, h0: number, h1: number): Relation {
  const right = i >= h1;
  const d = right ? i - h1 + 1 : h0 - i;
  const anchor = right ? h1 - 1 : h0;
  return {
    right,
    db: distBucket(d),
    commas: Math.min(3, between(c.commas, anchor, i)),
    thats: Math.min(2, between(c.thats, anchor, i)),
    stops: Math.min(2, between(c.stops, anchor, i)),
    cues: Math.min(2, between(c.cues, anchor, i)),
    marks: Math.min(3, between(c.marks, anchor, i)),
    inq: c.inq[i],
    cls: c.cls[i],
    near: d <= 3,
  };
}

/** Relation features that depend only on the tuple (not on the cue's words). */
export function tupleFeatures(r: Relation): string[] {
  const side = r.right ? 'R' : 'L';
  const db = side + DIST_BUCKETS[r.db];
  const ks = 'k' + r.commas + 's' + r.stops;
  return [
    db,
    side + 'k' + r.commas,
    side + 't' + r.thats,
    side + 's' + r.stops,
    side + 'u' + r.cues,
    db + ks,
    db + r.cls,
    side + 'qk' + r.inq + '_' + r.commas + '_' + r.stops,
    side + 'm' + r.marks + '_' + r.inq,
    side + 'm' + r.marks + ks,
  ];
}

/** Conjunctions of the cue's context with the side, distance and class of the token. */
export function cueConjunctions(r: Relation, cueCtx: string[]): string[] {
  const side = r.right ? 'R' : 'L';
  const db = side + DIST_BUCKETS[r.db];
  const out: string[] = [];
  for (const f of cueCtx) out.push(db + f, side + f + '_' + r.cls);
  return out;
}

/** All features relating token i to the cue (the trainer's view; the stage memoises the parts). */
export function relationFeatures(c: WinCtx, i: number, h0: number, h1: number, cueCtx: string[]): string[] {
  if (i >= h0 && i < h1) return ['H'];
  const r = relationOf(c, i, h0, h1);
  const out = [...tupleFeatures(r), wordRelation(c, i, r.right, r.near), ...cueConjunctions(r, cueCtx)];
  if (r.near) out.push(cueWordPair(c.low[h0], c.low[i], r.right, r.right ? i - h1 + 1 : h0 - i));
  return out;
}
