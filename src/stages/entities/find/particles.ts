/**
 * Person names the tagger cut at a lower-case particle: "Hamza | bin | Laden", "Ludwig | van | Beethoven"
 * become one PER span.
 */
import type { Token } from '../../../core/layers.js';
import type { NameSpan } from './names.js';

/** Lower-case words that join a given name to a family name ("son of", "of the house of"). */
const NAME_PARTICLES = new Set('bin ibn bint binti van von der den de del della di da dos du la le al el'.split(' '));

/** `spans` sorted by start; a person span, a name particle and a person span right after it become one person. */
export function joinParticleNames(spans: readonly NameSpan[], tokens: readonly Token[]): NameSpan[] {
  const out: NameSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    let s = spans[i];
    let k = s.tokenEnd;
    // "Abd al | Rahman", "Vincent van der | Berg": up to two particles.
    while (k < tokens.length && k - s.tokenEnd < 2 && NAME_PARTICLES.has(tokens[k].text)) k++;
    const next = spans[i + 1];
    if (s.label === 'PER' && k > s.tokenEnd && next && next.label === 'PER' && next.tokenStart === k && next.sentence === s.sentence) {
      s = { ...s, end: next.end, tokenEnd: next.tokenEnd };
      i++;
    }
    out.push(s);
  }
  return out;
}
