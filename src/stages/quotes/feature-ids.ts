/**
 * The learned model's features as integer keys: (template, a, b), where a and b are word ids (in
 * the model's vocabulary, 0 = unknown), class ids (CLASS_NAMES) or small counts. The trainer
 * works with the feature strings of features.ts; `compileFeatures` turns each string back into
 * its key once, when the model is written, so the stage never builds a string per token.
 */
import { CLASS_NAMES, DIST_BUCKETS, NCLS, P_BUCKETS, POSITIONS } from './features.js';

/** Cue classifier templates, in the order cueFeatures lists them (scores are summed in this order). */
export const Cue = {
  B: 0, W: 1, PB: 2, P1: 3, N1: 4, P2: 5, N2: 6, P1W: 7, WN1: 8, WN1C: 9, P1CW: 10,
  N1C: 11, P1C: 12, CLS: 13, Q: 14, QW: 15, POS: 16, WPOS: 17, SUF: 18, PBN1C: 19, THAT: 20,
  P1CN1C: 21, QNEAR: 22, NCUE: 23, WTHAT: 24, WQWIN: 25, SUBJ: 26, WSUBJ: 27, WQNEAR: 28,
} as const;

/**
 * Span templates. Token templates: side * NTOK + the index in TOKEN_TEMPLATES (L = 0, R = 1).
 * Cue conjunctions: DB_* by side and distance bucket, S_* by side and the token's class.
 */
export const Span = {
  TOKEN: 0,
  WREL: 14,
  DB_CW: 15, S_CW: 16, DB_CN1: 17, S_CN1: 18, DB_CP1: 19, S_CP1: 20, DB_CQ: 21, S_CQ: 22,
  /** A near token's word (a) with the cue's word, side and distance (b = cue word * 8 + side * 4 + distance). */
  CUE_PAIR: 23,
} as const;

/** Template and first id packed into one non-negative int32 (templates < 32). */
export const key1 = (tid: number, a: number) => a * 32 + tid;

/** Side-and-bucket index for the DB_* templates, side-and-class for the S_* ones. */
export const sideDb = (right: boolean, db: number) => (right ? 8 : 0) + db;
export const sideCls = (right: boolean, cls: number) => (right ? NCLS : 0) + cls;

/** Token templates per side (TOKEN_TEMPLATES). */
export const NTOK = 7;
const TOKEN_NAMES = ['w', 'c', 'p1', 'n1', 'p1c', 'n1c', 'q'];
const CUE_NAMES = ['b', 'w', 'pb', 'p1', 'n1', 'p2', 'n2', 'p1w', 'wn1', 'wn1c', 'p1cw', 'n1c', 'p1c', 'cls', 'q', 'qw', 'pos', 'wpos', 'suf', 'pbn1c', 'that', 'p1cn1c', 'qnear', 'ncue', 'wthat', 'wqwin', 'subj', 'wsubj', 'wqnear'];
const CONJ_NAMES = ['cw', 'cn1', 'cp1', 'cq'];
/** Longest first, so "10" is not read as "1". */
const DB_BY_LENGTH = DIST_BUCKETS.map((b, i) => [b, i] as const).sort((x, y) => y[0].length - x[0].length);

const cls = (s: string) => CLASS_NAMES.indexOf(s);
const bit = (s: string) => (s === '0' ? 0 : s === '1' ? 1 : -1);

/** Feature strings as keys; words are interned into `vocab` (ids from 1). */
export class FeatureCompiler {
  readonly vocab = new Map<string, number>();

  constructor(private readonly cands: Map<string, number>) {
    for (const w of cands.keys()) this.word(w);
    this.word('<s>');
    this.word('</s>');
  }

  word(w: string): number {
    let id = this.vocab.get(w);
    if (id === undefined) {
      id = this.vocab.size + 1;
      this.vocab.set(w, id);
    }
    return id;
  }

  /**
   * Keys of one cue feature: [tid, a, b] triples (more than one only where a word holding "_"
   * makes a pair ambiguous: the string matched all its readings). Empty when it cannot fire.
   */
  cue(f: string): number[] {
    const eq = f.indexOf('=');
    const tid = CUE_NAMES.indexOf(eq < 0 ? f : f.slice(0, eq));
    const v = f.slice(eq + 1);
    const first = v.indexOf('_');
    const last = v.lastIndexOf('_');
    switch (tid) {
      case Cue.B:
        return [tid, 0, 0];
      case Cue.W:
      case Cue.P1:
      case Cue.N1:
      case Cue.P2:
      case Cue.N2:
      case Cue.SUF:
        return [tid, this.word(v), 0];
      case Cue.PB:
        return valid([tid, P_BUCKETS.indexOf(v), 0]);
      case Cue.P1W:
        return this.splits(v, (a, b) => this.cands.has(b), tid);
      case Cue.WN1:
        return this.splits(v, (a) => this.cands.has(a), tid);
      case Cue.WN1C:
        return valid([tid, this.word(v.slice(0, last)), cls(v.slice(last + 1))]);
      case Cue.P1CW:
        return valid([tid, this.word(v.slice(first + 1)), cls(v.slice(0, first))]);
      case Cue.N1C:
      case Cue.P1C:
      case Cue.CLS:
        return valid([tid, cls(v), 0]);
      case Cue.Q:
      case Cue.THAT:
        return valid([tid, bit(v), 0]);
      case Cue.QW:
        return valid([tid, this.word(v.slice(first + 1)), bit(v.slice(0, first))]);
      case Cue.POS:
        return valid([tid, POSITIONS.indexOf(v), 0]);
      case Cue.WPOS:
        return valid([tid, this.word(v.slice(0, last)), POSITIONS.indexOf(v.slice(last + 1))]);
      case Cue.P1CN1C:
        return valid([tid, cls(v.slice(0, first)), cls(v.slice(first + 1))]);
      case Cue.QNEAR:
      case Cue.NCUE:
      case Cue.SUBJ:
        return /^\d$/.test(v) ? [tid, Number(v), 0] : [];
      case Cue.WTHAT:
      case Cue.WQWIN:
        return valid([tid, this.word(v.slice(0, last)), bit(v.slice(last + 1))]);
      case Cue.WSUBJ:
      case Cue.WQNEAR:
        return /^\d$/.test(v.slice(last + 1)) ? [tid, this.word(v.slice(0, last)), Number(v.slice(last + 1))] : [];
      case Cue.PBN1C:
        return valid([tid, P_BUCKETS.indexOf(v.slice(0, first)), cls(v.slice(first + 1))]);
      default:
        return [];
    }
  }

  /** Keys of one span feature, or null when it is none of the keyed templates (a tuple feature). */
  span(f: string): number[] | null {
    const side = f[0] === 'L' ? 0 : f[0] === 'R' ? 1 : -1;
    if (side < 0) return null;
    const right = side === 1;
    const rest = f.slice(1);
    const eq = rest.indexOf('=');
    if (rest[0] === 'T' && eq > 0) {
      const j = TOKEN_NAMES.indexOf(rest.slice(1, eq));
      const v = rest.slice(eq + 1);
      const u = v.indexOf('_');
      const tid = Span.TOKEN + side * NTOK + j;
      switch (j) {
        case 0:
        case 2:
        case 3:
          return [tid, this.word(v), 0];
        case 1:
          return valid([tid, cls(v), 0]);
        case 4:
        case 5:
          return valid([tid, cls(v.slice(0, u)), cls(v.slice(u + 1))]);
        case 6:
          return valid([tid, bit(v), 0]);
        default:
          return null;
      }
    }
    if (rest[0] === 'x' && eq === 2) return this.cuePair(rest.slice(3), side * 4 + Number(rest[1]));
    const conj = eq > 0 ? this.conjunction(rest, eq, right) : null;
    if (conj) return conj;
    if (rest[0] === 'w') {
      const near = rest.endsWith('near');
      if (!near && !rest.endsWith('far')) return null;
      const word = rest.slice(1, rest.length - (near ? 4 : 3));
      return word ? [Span.WREL, this.word(word), side * 2 + (near ? 1 : 0)] : null;
    }
    return null;
  }

  /** Cue conjunctions: side + bucket + feature (DB_*), or side + feature + "_" + class (S_*). */
  private conjunction(rest: string, eq: number, right: boolean): number[] | null {
    let db = -1;
    let name = rest.slice(0, eq);
    for (const [b, i] of DB_BY_LENGTH)
      if (name.startsWith(b) && CONJ_NAMES.includes(name.slice(b.length))) {
        db = i;
        name = name.slice(b.length);
        break;
      }
    const c = CONJ_NAMES.indexOf(name);
    if (c < 0) return null;
    let v = rest.slice(eq + 1);
    let at = 0;
    if (db >= 0) at = sideDb(right, db);
    else {
      const u = v.lastIndexOf('_');
      const k = cls(v.slice(u + 1));
      if (u < 0 || k < 0) return null;
      at = sideCls(right, k);
      v = v.slice(0, u);
    }
    const tid = (db >= 0 ? Span.DB_CW : Span.S_CW) + 2 * c;
    const u = v.indexOf('_');
    switch (c) {
      case 0:
        return [tid, this.word(v), at];
      case 1:
        return valid([tid, this.word(v.slice(u + 1)), at * NCLS + cls(v.slice(0, u))]);
      case 2:
        return valid([tid, cls(v), at]);
      default:
        return valid([tid, bit(v), at]);
    }
  }

  /** "cueword_word" read at every "_" where the first half is a cue candidate. */
  private cuePair(v: string, sideDist: number): number[] {
    const out: number[] = [];
    for (let u = v.indexOf('_'); u >= 0; u = v.indexOf('_', u + 1)) {
      const a = v.slice(0, u);
      if (this.cands.has(a)) out.push(Span.CUE_PAIR, this.word(v.slice(u + 1)), this.word(a) * 8 + sideDist);
    }
    return out;
  }

  /** "a_b" read at every "_" where `ok` accepts the halves. */
  private splits(v: string, ok: (a: string, b: string) => boolean, tid: number): number[] {
    const out: number[] = [];
    for (let u = v.indexOf('_'); u >= 0; u = v.indexOf('_', u + 1)) {
      const a = v.slice(0, u);
      const b = v.slice(u + 1);
      if (ok(a, b)) out.push(tid, this.word(a), this.word(b));
    }
    return out;
  }
}

const valid = (k: number[]) => (k[1] < 0 || k[2] < 0 ? [] : k);
