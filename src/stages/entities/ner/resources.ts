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
  /** Lowercased word → hierarchical cluster path "a.b.c" (coarse to fine). */
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

// Marks are interned: the same string objects every time, so maps keyed by them never rehash.
const MARKS = new Map<string, readonly [string, string]>();
const CATS = new Map<string, readonly string[]>();

function marksOf(cat: string): readonly [string, string] {
  let m = MARKS.get(cat);
  if (!m) MARKS.set(cat, (m = [`${cat}:B`, `${cat}:I`]));
  return m;
}

function catsOf(value: string): readonly string[] {
  let c = CATS.get(value);
  if (!c) {
    if (CATS.size > 10_000) CATS.clear();
    CATS.set(value, (c = value.split(',')));
  }
  return c;
}

/**
 * Gazetteer marks per token: for each category, the longest phrase starting at each token,
 * marked "cat:B" on its first token and "cat:I" on the others.
 */
export function gazetteerMarks(lower: readonly string[], gaz: Gazetteer): (string[] | null)[] {
  const marks: (string[] | null)[] = new Array(lower.length).fill(null);
  let ends: Map<string, number> | null = null;
  for (let i = 0; i < lower.length; i++) {
    ends?.clear();
    let phrase = '';
    for (let j = i; j < lower.length && j < i + MAX_GAZ_TOKENS; j++) {
      phrase = j === i ? lower[j] : `${phrase} ${lower[j]}`;
      const cats = gaz.get(phrase);
      if (cats) for (const c of catsOf(cats)) (ends ??= new Map()).set(c, j + 1);
      if (!gaz.continues(phrase)) break;
    }
    if (!ends || ends.size === 0) continue;
    for (const [cat, end] of ends) {
      const [b, inside] = marksOf(cat);
      for (let k = i; k < end; k++) {
        const m = marks[k] ?? (marks[k] = []);
        const tag = k === i ? b : inside;
        if (!m.includes(tag)) m.push(tag);
      }
    }
  }
  return marks;
}
