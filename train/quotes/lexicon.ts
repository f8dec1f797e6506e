/**
 * Derives the cue lexicon from PolNeAR train: for every word, how often it is the head of an
 * annotated attribution cue versus how often it occurs at all. Only these counts are committed
 * (models/quotes/cues.json), never any text.
 *
 *   npx tsx train/quotes/lexicon.ts
 */
import fs from 'node:fs';
import { modelPath } from '../../src/core/paths.js';
import { segmentText } from '../../src/stages/segment/index.js';
import { loadPolnear } from './polnear.js';

/** Words that sit inside many cues without being what makes them one ("has said", "said in a statement"). */
export const FUNCTION_WORDS = new Set(
  'a an the to of on in for at by with from as and or but not no n’t n\'t is are was were be been being has have had do does did will would could should may might can must also it its his her their this that these those up out over about ’s \'s : , . ; " “ ” he she they we i you'.split(' '),
);

export function deriveCueLexicon(minHeads = 3): Record<string, [number, number]> {
  const docs = loadPolnear('train');
  const total = new Map<string, number>();
  const heads = new Map<string, number>();
  for (const d of docs) {
    const seg = segmentText(d.text);
    const cueAt = new Int32Array(d.text.length + 1).fill(-1);
    d.gold.forEach((g, gi) => {
      for (const [s, e] of g.cue) for (let k = s; k < e; k++) cueAt[k] = gi;
    });
    // The head of a cue: its first content word (the verb of "has also said", "according" of "according to").
    const seen = new Set<number>();
    for (const t of seg.tokens) {
      const w = t.text.toLowerCase();
      total.set(w, (total.get(w) ?? 0) + 1);
      const gi = cueAt[t.start];
      if (gi < 0 || seen.has(gi) || FUNCTION_WORDS.has(w) || !/\p{L}/u.test(w)) continue;
      seen.add(gi);
      heads.set(w, (heads.get(w) ?? 0) + 1);
    }
  }
  const out: Record<string, [number, number]> = {};
  for (const [w, h] of [...heads].sort((a, b) => b[1] - a[1])) if (h >= minHeads) out[w] = [h, total.get(w) ?? h];
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const words = deriveCueLexicon();
  fs.mkdirSync(modelPath('quotes'), { recursive: true });
  const file = modelPath('quotes', 'cues.json');
  fs.writeFileSync(file, JSON.stringify({ source: 'PolNeAR train: [cue heads, occurrences] per lower-cased word', words }) + '\n');
  console.log(`${Object.keys(words).length} words -> ${file}`);
}
