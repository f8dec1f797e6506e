import fs from 'node:fs';
import { sharedDataPath } from '../src/core/paths.js';

export interface BenchDoc {
  id: string;
  text: string;
  published?: string;
}

/** The bench corpus: the Wikinews articles of the shared data (read at bench time, never copied). */
export function loadCorpus(): BenchDoc[] {
  const file = sharedDataPath('news', 'wikinews.jsonl');
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const o = JSON.parse(l);
      return { id: o.id, text: o.text, published: o.date };
    });
}

export function countWords(text: string): number {
  const m = text.match(/\S+/g);
  return m ? m.length : 0;
}
