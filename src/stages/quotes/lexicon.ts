import fs from 'node:fs';
import { modelPath } from '../../core/paths.js';

/** [times the word headed an annotated cue, times it occurred] per lower-cased word (PolNeAR train). */
type Counts = Record<string, [number, number]>;

let cached: Map<string, number> | null = null;

/** Add-k smoothing so a word seen 3 times out of 3 does not outrank "said". */
const SMOOTHING = 2;

/** Probability that a word is the head of an attribution cue, from the committed lexicon. */
export function cueLexicon(): Map<string, number> {
  if (cached) return cached;
  const map = new Map<string, number>();
  try {
    const json = JSON.parse(fs.readFileSync(modelPath('quotes', 'cues.json'), 'utf8')) as { words: Counts };
    for (const [w, [h, n]] of Object.entries(json.words)) map.set(w, h / (n + SMOOTHING));
  } catch {
    // A missing lexicon degrades to the core reporting verbs rather than failing the pipeline.
    for (const w of ['said', 'says', 'told', 'added', 'according', 'wrote', 'noted', 'stated', 'announced']) map.set(w, 0.9);
  }
  cached = map;
  return map;
}
