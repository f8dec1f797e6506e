import type { Token } from '../../core/layers.js';
import type { Window } from './windows.js';
import { isNameInSentence } from './words.js';

/** A cue as a token range [t0, t1): "said", "according to". */
export interface CueTokens {
  t0: number;
  t1: number;
  /** Lexicon probability of the head word. */
  p: number;
}

/** Minimum lexicon probability for a word to be taken as a cue (tuned on PolNeAR train). */
export const CUE_THRESHOLD = 0.3;
/** Cues at least this likely stand on their own; weaker ones need a source of their own. */
export const STRONG_CUE = 0.5;

/** Cue words of a window, outside its quotations (words inside a quote are the speaker's own). */
export function findCues(tokens: Token[], w: Window, lexicon: Map<string, number>, threshold = CUE_THRESHOLD): CueTokens[] {
  const out: CueTokens[] = [];
  for (let t = w.t0; t < w.t1; t++) {
    if (w.quoteOf[t - w.t0] >= 0) continue;
    const word = tokens[t].text.toLowerCase();
    const p = lexicon.get(word);
    if (p === undefined || p < threshold || isNameInSentence(tokens, t, w.t0)) continue;
    if (word === 'according') {
      if (t + 1 < w.t1 && tokens[t + 1].text.toLowerCase() === 'to') {
        out.push({ t0: t, t1: t + 2, p });
        t++;
      }
      continue;
    }
    out.push({ t0: t, t1: t + 1, p });
  }
  return out;
}
