import type { Toks } from './tokens.js';
import type { Tense } from './resolve.js';

const FUTURE = new Set([
  'will', "'ll", '’ll', 'shall', 'wo', 'going', 'scheduled', 'expected', 'plans', 'plan', 'planning', 'upcoming', 'tomorrow',
  'next', 'coming', 'due', 'intends', 'aims', 'hopes', 'until', 'soon',
  // Dates a text sets ahead: "payable Dec. 7", "effective June 1", "of record Nov. 22", "the deadline".
  'payable', 'effective', 'expire', 'expires', 'deadline', 'record',
]);
const PAST = new Set(['was', 'were', 'had', 'did', 'said', 'told', 'made', 'took', 'came', 'went', 'saw', 'met', 'began', 'left', 'won', 'lost', 'fell', 'rose', 'gave', 'held', 'got', 'yesterday', 'ago', 'last', 'earlier']);
/** Words that, right before a date, make it a deadline or a limit still ahead: "by Jan. 14", "through January". */
const AHEAD = new Set(['by', 'through', 'till', 'to']);
/** What may follow an infinitive "to" without making it a verb: "to the", "to his father". */
const NOT_VERB = new Set([
  'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'him', 'them', 'us', 'me',
  'it', 'all', 'some', 'any', 'each', 'every', 'one', 'two', 'three', 'about', 'around', 'nearly', 'more', 'less', 'as', 'what', 'where', 'whom',
]);
/** How far the left side (where the governing verb of a news date usually is) and the right side are read. */
const LEFT = 16;
const RIGHT = 10;

/**
 * Cheap tense of the clause around tokens [i, j): the nearest future cue ("will", "payable",
 * "planned to") or past cue ("said", a word in -ed) within the sentence, the left side read
 * further than the right; news defaults to the past.
 */
export function tenseAt(tt: Toks, i: number, j: number): Tense {
  const sent = tt.sent[i];
  // "as early as Tuesday", "as soon as Monday"
  if (i >= 3 && tt.word(i - 1) === 'as' && tt.word(i - 3) === 'as' && tt.sent[i - 3] === sent) return 1;
  // A deadline: "by Jan. 14", "extended to Nov. 20" (but not "from Monday to Friday").
  if (i >= 1 && tt.sent[i - 1] === sent && AHEAD.has(tt.word(i - 1)) && !(tt.word(i - 1) === 'to' && hasFromBefore(tt, i - 1, sent))) return 1;
  for (let k = 1; k <= LEFT; k++) {
    const a = i - k;
    const b = j - 1 + k;
    const ca = a >= 0 && tt.sent[a] === sent ? leftCue(tt, a) : 0;
    if (ca !== 0) return ca;
    const cb = k <= RIGHT && b < tt.n && tt.sent[b] === sent ? cueAt(tt, b) : 0;
    if (cb !== 0) return cb;
  }
  return -1;
}

function hasFromBefore(tt: Toks, k: number, sent: number): boolean {
  for (let m = k - 1; m >= Math.max(0, k - 6) && tt.sent[m] === sent; m--) if (tt.word(m) === 'from' || tt.word(m) === 'between') return true;
  return false;
}

/** Left of the date an infinitive also looks ahead: "planned to leave on Thursday", "set to resume Monday". */
function leftCue(tt: Toks, k: number): -1 | 0 | 1 {
  if (tt.word(k) === 'to' && k + 1 < tt.n && tt.sent[k + 1] === tt.sent[k]) {
    const nx = tt.at(k + 1);
    if (!nx.cap && nx.digits === 0 && /^\p{Ll}/u.test(nx.w) && !NOT_VERB.has(nx.w) && !nx.w.endsWith('ed') && !nx.w.endsWith('ing')) return 1;
  }
  return cueAt(tt, k);
}

/** A participle after "be"/"been"/"to" ("to be completed", "is expected") says nothing about the past. */
const PASSIVE = new Set(['be', 'been', 'being', 'to', 'is', 'are', "'s", 'am']);

function cueAt(tt: Toks, k: number): -1 | 0 | 1 {
  const w = tt.word(k);
  if (w === 'record' && (k === 0 || tt.word(k - 1) !== 'of')) return 0;
  const c = cue(w);
  if (c < 0 && k > 0 && w.endsWith('ed') && !PAST.has(w) && PASSIVE.has(tt.word(k - 1))) return 0;
  return c;
}

function cue(w: string): -1 | 0 | 1 {
  if (w === 'early' || w === 'late') return 0;
  if (FUTURE.has(w)) return 1;
  if (PAST.has(w)) return -1;
  if (w.length > 4 && w.endsWith('ed') && w.charCodeAt(0) > 96) return -1;
  return 0;
}
