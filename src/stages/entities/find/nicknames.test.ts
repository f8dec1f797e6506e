import { describe, expect, it } from 'vitest';
import { spansOf } from './spans.test-support.js';
import { joinNicknames } from './nicknames.js';

/** Spans given by their text (first occurrence), all in one sentence; what the rule makes of them. */
function join(text: string, spans: Array<[string, string]>): string[] {
  const { seg, found, show } = spansOf(text, spans);
  return show(joinNicknames(found, seg.tokens));
}

describe('person names with a nickname in quotes', () => {
  it('joins a name cut inside or around its quoted nickname', () => {
    expect(join('Robert Allan "Bobby Kerr, the drummer, died.', [['Robert Allan "Bobby', 'PER'], ['Kerr', 'PER']])).toEqual(['Robert Allan "Bobby/PER', 'Kerr/PER']);
    expect(join('Robert Allan "Bobby" Kerr, the drummer, died.', [['Robert Allan "Bobby', 'PER'], ['Kerr', 'PER']])).toEqual(['Robert Allan "Bobby" Kerr/PER']);
    expect(join('Drug lord Mateo "El Toro" Ruiz was jailed.', [['Mateo', 'PER'], ['El Toro', 'MISC'], ['Ruiz', 'PER']])).toEqual(['Mateo "El Toro" Ruiz/PER']);
  });

  it('leaves quoted titles and separate people apart', () => {
    expect(join('Anna Berg said "Hello" Tom Lind answered.', [['Anna Berg', 'PER'], ['Tom Lind', 'PER']])).toEqual(['Anna Berg/PER', 'Tom Lind/PER']);
    expect(join('Anna Berg read "The Stranger" to Tom Lind.', [['Anna Berg', 'PER'], ['The Stranger', 'MISC'], ['Tom Lind', 'PER']]))
      .toEqual(['Anna Berg/PER', 'The Stranger/MISC', 'Tom Lind/PER']);
  });
});
