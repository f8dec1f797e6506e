/**
 * A parenthetical attribution between a figure's subject and its predicate: "The death toll,
 * officials said, has risen to 24", "The attack, police say, killed 12". Words looking back from the
 * figure step over it, as if it were not there.
 */
import type { Token } from '../../core/layers.js';
import { SAYING_VERBS } from './reported.js';

/** Longest aside stepped over: ", the country's health ministry said on Tuesday," */
const MAX_ASIDE = 10;

/**
 * When tokens[k] is the comma closing ", <source> <saying verb> …," (no other comma inside), the index of
 * the token before its opening comma; else k.
 */
export function beforeAside(tokens: readonly Token[], k: number, from: number): number {
  if (k <= from || tokens[k].text !== ',') return k;
  let said = false;
  for (let j = k - 1; j > from && j >= k - MAX_ASIDE; j--) {
    const t = tokens[j].text;
    if (t === ',') return said && j - 1 >= from ? j - 1 : k;
    if (t === '.' || t === ';' || t === ':' || t === '"' || t === '“' || t === '”') return k;
    if (SAYING_VERBS.has(t.toLowerCase())) said = true;
  }
  return k;
}
