import { describe, expect, it } from 'vitest';
import { groupKey, joinGroupNames } from './groups.js';
import { spansOf } from './spans.test-support.js';

const PEOPLES = new Set(['velkan', 'tobrinian']);

/** Spans given by their text (first occurrence), all in one sentence; what the rule makes of them. */
function join(text: string, spans: Array<[string, string]>): string[] {
  const { seg, found, show } = spansOf(text, spans);
  return show(joinGroupNames(found, seg.tokens, (w) => PEOPLES.has(w.toLowerCase())));
}

describe('groups named by a people\'s adjective', () => {
  it('makes "Velkan armed forces", "Velkan troops", "pro-Velkan separatists" organisations', () => {
    expect(join('The Velkan armed forces attacked the town.', [['Velkan', 'MISC']])).toEqual(['Velkan armed forces/ORG']);
    expect(join('Velkan troops shelled Kessel.', [['Velkan', 'MISC'], ['Kessel', 'LOC']])).toEqual(['Velkan troops/ORG', 'Kessel/LOC']);
    expect(join('Fighting between pro-Velkan separatists and the army.', [['pro-Velkan', 'MISC']])).toEqual(['pro-Velkan separatists/ORG']);
    expect(join('Velkan military authorities reported 36 cases.', [['Velkan', 'MISC']])).toEqual(['Velkan military authorities/ORG']);
    expect(join('Kessel-led militants attacked the border.', [['Kessel-led', 'MISC']])).toEqual(['Kessel-led militants/ORG']);
  });

  it('leaves people, compounds and unknown adjectives alone', () => {
    expect(join('Two Velkan police officers were jailed.', [['Velkan', 'MISC']])).toEqual(['Velkan/MISC']);
    expect(join('Velkan civilians fled.', [['Velkan', 'MISC']])).toEqual(['Velkan/MISC']);
    expect(join('Kardan troops shelled the town.', [['Kardan', 'MISC']])).toEqual(['Kardan/MISC']);
    expect(join('Anna Velkan forces a vote.', [['Anna Velkan', 'PER']])).toEqual(['Anna Velkan/PER']);
  });
});

describe('one body under several nouns', () => {
  const key = (name: string) => groupKey(name, (w) => PEOPLES.has(w.toLowerCase()));

  it('keys an army by people and kind, each kind of irregulars apart, and never a proper name', () => {
    expect(key('Velkan forces')).toBe(key('Velkan troops'));
    expect(key('Velkan soldiers')).toBe(key('Velkan troops'));
    expect(key('Velkan armed forces')).toBe(key('Velkan military'));
    expect(key('Velkan police')).not.toBe(key('Velkan forces'));
    expect(key('Velkan rebels')).not.toBe(key('Velkan militias'));
    expect(key('Velkan Democratic Forces')).toBeNull();
    expect(key('Kardan troops')).toBeNull();
  });

  it('leaves counted people out: "two Velkan soldiers" are no army', () => {
    expect(join('Troops captured two Velkan fighters.', [['Velkan', 'MISC']])).toEqual(['Velkan/MISC']);
    expect(join('Many Velkan troops crossed the river.', [['Velkan', 'MISC']])).toEqual(['Velkan troops/ORG']);
  });
});
