/** Committed word lists the stage reads once: places with governments, NORP groups, well-known organisations, alternate names, first-name sex. */
import fs from 'node:fs';
import { modelPath } from '../../core/paths.js';

export interface Lexicons {
  gpe: Set<string>;
  norp: Set<string>;
  /** Well-known organisations the tagger mistypes ("Hezbollah", "UN", "Kremlin"), folded. */
  orgs: Set<string>;
  /** Folded name → index of its alternate-name group. */
  altGroup: Map<string, number>;
  /** Lowercased first name → 'm' | 'f' (only names listed under one sex). */
  firstNameSex: Map<string, 'm' | 'f'>;
}

/** Lowercase without diacritics, curly apostrophes straightened: the key names are matched on. */
export function fold(s: string): string {
  // Fast path: plain ASCII needs only lower-casing.
  if (/^[\x00-\x7f]*$/.test(s)) return s.toLowerCase();
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘`]/g, "'").replace(/ı/g, 'i').replace(/ə/g, 'e').toLowerCase();
}

function lines(file: string): string[] {
  const p = modelPath('lexicons', file);
  if (!fs.existsSync(p)) return [];
  return fs.readFileSync(p, 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
}

let cached: Lexicons | null = null;

export function loadLexicons(): Lexicons {
  if (cached) return cached;
  const altGroup = new Map<string, number>();
  lines('altnames.txt').forEach((l, i) => {
    for (const n of l.split('|')) if (n.trim()) altGroup.set(fold(n.trim()), i);
  });
  const firstNameSex = new Map<string, 'm' | 'f'>();
  for (const l of lines('first-names.tsv')) {
    const [n, s] = l.split('\t');
    if (s === 'm' || s === 'f') firstNameSex.set(n, s);
  }
  cached = {
    // Stored folded by train/ner/lexicons.ts.
    gpe: new Set(lines('gpe.txt')),
    norp: new Set(lines('norp.txt')),
    // Hand-kept, so folded here.
    orgs: new Set(lines('orgs.txt').map((l) => fold(l.trim()))),
    altGroup,
    firstNameSex,
  };
  return cached;
}
