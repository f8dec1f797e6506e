/** The tagger's lexical resources: word clusters from embeddings, and gazetteers. Loaded once. */
import fs from 'node:fs';
import { modelPath } from '../../../core/paths.js';
import { SortedTable } from './table.js';

export interface Lookup {
  get(key: string): string | undefined;
}

export interface Gazetteer extends Lookup {
  /** Does some longer phrase start with `phrase` and a space? */
  continues(phrase: string): boolean;
}

/** A gazetteer over a sorted "phrase<TAB>cat,cat" table. */
export class TableGazetteer implements Gazetteer {
  constructor(private readonly table: SortedTable) {}
  get(phrase: string): string | undefined {
    return this.table.get(phrase);
  }
  continues(phrase: string): boolean {
    return this.table.hasPrefix(phrase + ' ');
  }
}

export interface Resources {
  /** Lowercased word → hierarchical cluster path "a.b.c.d" (coarse to fine). */
  clusters: Lookup;
  /** Lowercased phrase → comma-separated categories. */
  gazetteer: Gazetteer;
}

/** Longest gazetteer phrase, in tokens; longer entries are not matched. */
export const MAX_GAZ_TOKENS = 6;

export const EMPTY_GAZETTEER: Gazetteer = { get: () => undefined, continues: () => false };

let cached: Resources | null = null;

export function loadResources(): Resources {
  if (cached) return cached;
  const read = (name: string) => {
    const p = modelPath('ner', name);
    return fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : '';
  };
  cached = { clusters: new SortedTable(read('clusters.tsv')), gazetteer: new TableGazetteer(new SortedTable(read('gazetteers.tsv'))) };
  return cached;
}
