import type { Toks } from './tokens.js';
import type { Tense } from './resolve.js';

const FUTURE = new Set(['will', "'ll", '’ll', 'shall', 'wo', 'going', 'scheduled', 'expected', 'plans', 'plan', 'planning', 'upcoming', 'tomorrow', 'next', 'coming', 'due', 'intends', 'aims', 'hopes', 'until', 'soon']);
const PAST = new Set(['was', 'were', 'had', 'did', 'said', 'told', 'made', 'took', 'came', 'went', 'saw', 'met', 'began', 'left', 'won', 'lost', 'fell', 'rose', 'gave', 'held', 'got', 'yesterday', 'ago', 'last', 'earlier']);
const WINDOW = 10;

/**
 * Cheap tense of the clause around tokens [i, j): the nearest future cue ("will", "scheduled")
 * or past cue ("said", a word in -ed) within the sentence; news defaults to the past.
 */
export function tenseAt(tt: Toks, i: number, j: number): Tense {
  const sent = tt.sent[i];
  // "as early as Tuesday", "as soon as Monday"
  if (i >= 3 && tt.word(i - 1) === 'as' && tt.word(i - 3) === 'as' && tt.sent[i - 3] === sent) return 1;
  for (let k = 1; k <= WINDOW; k++) {
    const a = i - k;
    const b = j - 1 + k;
    const ca = a >= 0 && tt.sent[a] === sent ? cueAt(tt, a) : 0;
    if (ca !== 0) return ca;
    const cb = b < tt.n && tt.sent[b] === sent ? cueAt(tt, b) : 0;
    if (cb !== 0) return cb;
  }
  return -1;
}

/** A participle after "be"/"been"/"to" ("to be completed", "is expected") says nothing about the past. */
const PASSIVE = new Set(['be', 'been', 'being', 'to', 'is', 'are', "'s", 'am']);

function cueAt(tt: Toks, k: number): -1 | 0 | 1 {
  const w = tt.word(k);
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
