import { describe, expect, it } from 'vitest';
import { normalizeText } from '../normalize/index.js';
import { segmentText } from '../segment/index.js';
import { extractEntities } from './index.js';

function entities(raw: string): string[] {
  const text = normalizeText(raw);
  return extractEntities(text, segmentText(text)).entities.map((e) => `${e.type} ${e.name}${e.titles ? ` (${e.titles.join('; ')})` : ''}`);
}

describe('names the tagger mistyped, judged by the words around them', () => {
  it('a name before "virus" or "\'s disease" names a disease, not a place or a person', () => {
    expect(entities('The senator died from Tarrowin virus after a long illness.')).toContain('MISC Tarrowin');
    expect(entities('Mr. Okafor died of Halbrook\'s disease last week.')).toContain('MISC Halbrook');
  });

  it('a blend for a country leaving ("Brexit") is no place or organisation', () => {
    expect(entities('Parliament voted against a no-deal Grexit on Tuesday.')).toContain('MISC Grexit');
  });

  it('a town before a person noun ("a Cheltenham man") is a place', () => {
    const out = entities('Police arrested a 36-year-old Cheltenham man on suspicion of theft.');
    expect(out.filter((e) => e.endsWith('Cheltenham'))).toEqual(['GPE Cheltenham']);
  });

  it('a name tagged as a person that ends in "Prize" or "Base" is the thing named after the person', () => {
    const out = entities('She won the Walter K. Brandt Prize in 2001.');
    expect(out).toContain('MISC Walter K. Brandt Prize');
    expect(entities('Doris Day sang on Sunday.')).toContain('PERSON Doris Day');
  });

  it('a portfolio before a title is part of the title, not an organisation', () => {
    const out = entities('The House held two officers, Commerce Secretary Walter Brand and Attorney General Mary Lowe, in contempt.');
    expect(out).toContain('PERSON Walter Brand (Commerce Secretary)');
    expect(out.some((e) => / Commerce$/.test(e))).toBe(false);
  });
});

describe('titles kept out of names', () => {
  it('leaves a title before a full name outside it and merges the titled surname', () => {
    const out = entities('Justice Harold Bright Fenwick has died. Justice Fenwick served on the court for decades.');
    expect(out.filter((e) => e.startsWith('PERSON'))).toEqual(['PERSON Harold Bright Fenwick (Justice)']);
  });

  it('leaves plural titles and police ranks outside the name', () => {
    const out = entities('At the time, Bottoms, Susan Rice, and Senators Kamala Harris and Elizabeth Warren were said to be finalists.');
    expect(out).toContain('PERSON Kamala Harris');
    expect(entities('Police Detective Constable Daniel Morin said the drugs were cheap.')).toContain('PERSON Daniel Morin (Detective Constable)');
  });

  it('keeps a regnal name whole when no one of that surname is named in full', () => {
    const persons = entities('Pope Francis met the bishops on Sunday. The Pope said little.').filter((e) => e.startsWith('PERSON'));
    expect(persons).toHaveLength(1);
    expect(persons[0]).toMatch(/^PERSON Pope Francis/);
  });

  it('does not give a name the title of the person named after it', () => {
    const out = entities('The finalists were Ann Bowe, Congresswoman Rita Hale, and Senator Tom Reed.');
    expect(out).toContain('PERSON Ann Bowe');
    expect(out).toContain('PERSON Rita Hale (Congresswoman)');
  });
});

describe('relatives with a fuller form of the name', () => {
  it('keeps a mother named after her kin word apart from her daughter of the shorter name', () => {
    const out = entities('U.S. heiress Clara Ashford died on Monday. As a child she was fought over by her widowed mother, Clara Bell Ashford, ' +
      'and her aunt. Later Clara Ashford designed dresses. Ashford was 95.');
    expect(out.filter((e) => e.startsWith('PERSON'))).toEqual(['PERSON Clara Ashford', 'PERSON Clara Bell Ashford']);
  });
});

describe('namesakes told apart by owner', () => {
  it('keeps two countries\' "Defence Ministry" apart, and a bare mention with the last one named', () => {
    const out = entities("Armenia's Defence Ministry said two soldiers died. Azerbaijan's Defence Ministry denied it. The Defence Ministry in Baku said its troops fired back.");
    expect(out).toContain("ORG Armenia's Defence Ministry");
    expect(out).toContain("ORG Azerbaijan's Defence Ministry");
    expect(out.filter((e) => e.includes('Defence Ministry'))).toHaveLength(2);
  });

  it('names an organisation with one owner as written', () => {
    expect(entities("Russia's Gazprom cut supplies. Gazprom said the pipeline needed repairs.")).toContain('ORG Gazprom');
  });
});

describe('the first person', () => {
  it('never makes "I" a name, nor the surname of a place ending in a numeral', () => {
    const text = normalizeText('The tools came from a site called Pech-de-l’Azé I in France. I found five of them. I think they were tools.');
    const layer = extractEntities(text, segmentText(text));
    for (const e of layer.entities) expect(e.mentions.map((m) => m.text)).not.toContain('I');
  });
});
