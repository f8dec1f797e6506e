import { describe, expect, it } from 'vitest';
import { joinParticleNames } from './particles.js';
import { joinPlaceNames } from './places.js';
import { spansOf } from './spans.test-support.js';
import { splitSpans } from './split.js';


describe('spans holding more than one name', () => {
  it('splits at a lower-case word no name holds, keeping particles inside names', () => {
    const { seg, found, show } = spansOf('The Green Union of Vermont chose League for Justice and Peace as its ally.', [['Green Union of Vermont chose League for Justice', 'ORG']]);
    expect(show(splitSpans(found, seg.tokens))).toEqual(['Green Union of Vermont/ORG', 'League for Justice/ORG']);
    const kept = spansOf('They met at the Brigade de Recherche et d’Intervention and on the Rue nationale.', [['Brigade de Recherche et d’Intervention', 'ORG'], ['Rue nationale', 'LOC']]);
    expect(kept.show(splitSpans(kept.found, kept.seg.tokens))).toEqual(['Brigade de Recherche et d’Intervention/ORG', 'Rue nationale/LOC']);
  });

  it('takes an acronym off the front of a person name', () => {
    const { seg, found, show } = spansOf('The analyst told KRBX Omar Haddad had left the group.', [['KRBX Omar Haddad', 'PER']]);
    expect(show(splitSpans(found, seg.tokens))).toEqual(['KRBX/ORG', 'Omar Haddad/PER']);
  });

  it('keeps only the organisation of "Members of Parliament"', () => {
    const { seg, found, show } = spansOf('The vote was boycotted by Druze Members of the Assembly.', [['Druze Members of the Assembly', 'ORG']]);
    expect(show(splitSpans(found, seg.tokens))).toEqual(['Assembly/ORG']);
  });
});

describe('place names the tagger cut', () => {
  const known = () => false;

  it('joins a state form and its country after "of the", and other places after "of" only when the whole is a known place', () => {
    const { seg, found, show } = spansOf('Patients came from the Democratic Republic of the Congo last year.', [['Democratic Republic', 'LOC'], ['Congo', 'LOC']]);
    expect(show(joinPlaceNames(found, seg.tokens, () => false))).toEqual(['Democratic Republic of the Congo/LOC']);
    const known = spansOf('They sailed from Port Alda of Velmar.', [['Port Alda', 'LOC'], ['Velmar', 'LOC']]);
    expect(known.show(joinPlaceNames(known.found, known.seg.tokens, (n) => n === 'Port Alda of Velmar'))).toEqual(['Port Alda of Velmar/LOC']);
    expect(known.show(joinPlaceNames(known.found, known.seg.tokens, () => false))).toEqual(['Port Alda/LOC', 'Velmar/LOC']);
  });

  it('joins places around a Romance particle', () => {
    const { seg, found, show } = spansOf('An earthquake struck Valdoro del Norte on Saturday.', [['Valdoro', 'LOC'], ['Norte', 'LOC']]);
    expect(show(joinPlaceNames(found, seg.tokens, known))).toEqual(['Valdoro del Norte/LOC']);
  });

  it('keeps an Arabic article glued to the next word with the place, tagged or not', () => {
    const tagged = spansOf('A strike hit Deir al-Varan on Monday.', [['Deir', 'LOC'], ['al-Varan', 'MISC']]);
    expect(tagged.show(joinPlaceNames(tagged.found, tagged.seg.tokens, known))).toEqual(['Deir al-Varan/LOC']);
    const bare = spansOf('Talks opened in Sharm el-Tavir today.', [['Sharm', 'LOC']]);
    expect(bare.show(joinPlaceNames(bare.found, bare.seg.tokens, known))).toEqual(['Sharm el-Tavir/LOC']);
  });

  it('makes a place followed by a numbered team name an organisation', () => {
    const { seg, found, show } = spansOf('He used to own the Lakeport 76ers basketball team.', [['Lakeport', 'LOC']]);
    expect(show(joinPlaceNames(found, seg.tokens, known))).toEqual(['Lakeport 76ers/ORG']);
  });
});

describe('person names the tagger cut at a particle', () => {
  it('joins person, particle and person; leaves other neighbours apart', () => {
    const { seg, found, show } = spansOf('Officials said Karim bin Haddad had died.', [['Karim', 'PER'], ['Haddad', 'PER']]);
    expect(show(joinParticleNames(found, seg.tokens))).toEqual(['Karim bin Haddad/PER']);
    const apart = spansOf('Karim and Haddad met in Rome.', [['Karim', 'PER'], ['Haddad', 'PER'], ['Rome', 'LOC']]);
    expect(apart.show(joinParticleNames(apart.found, apart.seg.tokens))).toEqual(['Karim/PER', 'Haddad/PER', 'Rome/LOC']);
  });
});
