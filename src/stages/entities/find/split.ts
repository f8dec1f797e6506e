/**
 * Tagger spans that run over more than one name: "Liberty Union Party of Vermont chose Party for
 * Socialism" (a verb inside), "told NPR Hamza" (an outlet's acronym before a person), "Sunni
 * Members of Parliament" (people of an organisation, not the organisation).
 */
import type { Token } from '../../../core/layers.js';
import { isTitleHead } from '../attribute/titles.js';
import type { NameSpan } from './names.js';

/** Lower-case words that sit inside names ("Party for Socialism and Liberation", "Surigao del Sur", "Hamza bin Laden"). */
const PARTICLES = new Set(('of the and for on in at to by with without upon under against from de del della di da do dos das du ' +
  'des la le les el los las et en aux au sur sous y e van von der den het ten ter bin ibn bint al zu & \'s ’s').split(' '));

/** A lower-case word no name holds: a verb or noun the tagger ran over. */
const foreignWord = (t: string) => /^\p{Ll}{3,}$/u.test(t) && !PARTICLES.has(t);
const hasCapital = (tokens: readonly Token[], a: number, b: number) => tokens.slice(a, b).some((t) => /^\p{Lu}/u.test(t.text));
/** An acronym of three or more capitals ("NPR", "BBC"), not initials ("J.R.") or a two-letter name ("DJ"). */
const isAcronym = (t: string) => /^\p{Lu}{3,6}$/u.test(t);

function piece(s: NameSpan, tokens: readonly Token[], a: number, b: number, label = s.label): NameSpan {
  return { ...s, start: tokens[a].start, end: tokens[b - 1].end, tokenStart: a, tokenEnd: b, label };
}

/** Splits a non-MISC span at lower-case words that are no name particles (titles of works, MISC, may hold any word). */
function splitAtForeignWords(s: NameSpan, tokens: readonly Token[]): NameSpan[] {
  if (s.label === 'MISC') return [s];
  // Only between names: "Rue nationale" keeps its adjective.
  let cut = false;
  for (let k = s.tokenStart + 1; k < s.tokenEnd - 1 && !cut; k++) {
    cut = foreignWord(tokens[k].text) && hasCapital(tokens, s.tokenStart, k) && hasCapital(tokens, k + 1, s.tokenEnd);
  }
  if (!cut) return [s];
  const out: NameSpan[] = [];
  let a = s.tokenStart;
  for (let k = s.tokenStart; k <= s.tokenEnd; k++) {
    if (k < s.tokenEnd && !foreignWord(tokens[k].text)) continue;
    let b = k;
    // A piece neither starts nor ends on a particle.
    while (a < b && PARTICLES.has(tokens[a].text)) a++;
    while (b > a && PARTICLES.has(tokens[b - 1].text)) b--;
    if (b > a) out.push(piece(s, tokens, a, b));
    a = k + 1;
  }
  return out;
}

/** "told NPR Hamza bin Laden": an acronym opening a person's name (not a name all in capitals) is an organisation of its own. */
function splitLeadingAcronym(s: NameSpan, tokens: readonly Token[]): NameSpan[] {
  if (s.label !== 'PER' || s.tokenEnd - s.tokenStart < 2) return [s];
  const first = tokens[s.tokenStart].text;
  if (!isAcronym(first) || !/^\p{Lu}\p{Ll}/u.test(tokens[s.tokenStart + 1].text)) return [s];
  return [piece(s, tokens, s.tokenStart, s.tokenStart + 1, 'ORG'), piece(s, tokens, s.tokenStart + 1, s.tokenEnd)];
}

/** "Sunni Members of Parliament": people named by their role in an organisation; only the organisation after "of" is a name. */
function trimRolePlural(s: NameSpan, tokens: readonly Token[]): NameSpan[] {
  if (s.label !== 'ORG') return [s];
  for (let k = s.tokenStart; k + 1 < s.tokenEnd; k++) {
    const t = tokens[k].text;
    if (tokens[k + 1].text !== 'of' || !t.endsWith('s') || !isTitleHead(t.slice(0, -1))) continue;
    let a = k + 2;
    if (a < s.tokenEnd && tokens[a].text.toLowerCase() === 'the') a++;
    return a < s.tokenEnd ? [piece(s, tokens, a, s.tokenEnd)] : [];
  }
  return [s];
}

/** `spans` sorted by start; returns them split where one span held several names. */
export function splitSpans(spans: readonly NameSpan[], tokens: readonly Token[]): NameSpan[] {
  return spans.flatMap((s) => splitAtForeignWords(s, tokens)).flatMap((s) => splitLeadingAcronym(s, tokens)).flatMap((s) => trimRolePlural(s, tokens));
}
