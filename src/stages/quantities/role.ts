/**
 * A figure's role in its event, from the predicate that governs it: "killed 613 people",
 * "613 people were killed", "1,275 residents were taken hostage", "the fate of 150 people".
 */
import type { Figure } from './figure.js';
import type { TokenView } from './read.js';
import { beforeAside } from './aside.js';
import { classOf } from './wordclass.js';
import { VAGUE_PLURALS, isNumberWord } from './words.js';

const ROLE_WORDS: Record<string, string> = {};
function add(role: string, words: string): void {
  for (const w of words.split(' ')) ROLE_WORDS[w] = role;
}
add('killed', 'killed kill kills killing dead die died dies dying death deaths perished perish slain slaughtered murdered ' +
  'massacred executed exterminated annihilated fatalities fatality bodies toll lives drowned');
add('wounded', 'wounded wounding injured injuring injure injures injuries injury hurt maimed');
add('hostages', 'hostage hostages abducted abduction abducting kidnapped kidnapping kidnap captive captives captured capturing');
add('missing', 'missing disappeared unaccounted');
add('displaced', 'displaced displacing displacement fled flee fleeing refugees refugee homeless uprooted expelled deported');
add('arrested', 'arrested arrest arrests arresting detained detaining detention detainees jailed imprisoned apprehended custody');
add('recognized', 'recognized recognised recognizing recognising recognize recognise recognizes recognises');
add('occupied', 'occupied occupy occupying occupies occupation seized seize seizing seizes annexed');
add('released', 'released releases releasing freed frees freeing');
add('evacuated', 'evacuated evacuating evacuation evacuees evacuate');
add('rescued', 'rescued rescuing rescue saved');
add('hospitalised', 'hospitalised hospitalized hospitalisation hospitalization hospital');
add('infected', 'infected infections');
// "54% of the vote", "won 1.2 million votes"; "Turnout was 58.9%" (which the election events take: events/lexicon.ts).
add('votes', 'votes vote ballots');
add('turnout', 'turnout');
add('protesters', 'protesters demonstrators marchers marched marching rallied protested protesting demonstrated demonstrating');
// A crowd may watch a concert as well as march: its own role, which a protest takes too.
add('crowd', 'crowd crowds');
add('recovered', 'recovered recovering recoveries discharged');

const TAKE = new Set(['took', 'take', 'taking', 'taken', 'takes']);

/** Only after the figure: "150 people remain unknown", not "unknown gunmen killed 5". */
const AFTER_ONLY: Record<string, string> = { unknown: 'missing' };
/** Only before it: "the fate of 150 people". */
const BEFORE_ONLY: Record<string, string> = { fate: 'missing', whereabouts: 'missing' };

/** Tokens that end the search for a predicate in either direction. */
const STOPS = new Set([',', ';', ':', '.', '!', '?', '(', ')', '"', '“', '”', 'but', 'while', 'whereas', 'and', 'or', 'after', 'before', 'when', 'as', 'if', 'because']);

/** Between "death toll" and its figure: "the death toll rose to 35", "the number of dead stood at 40". */
const TOLL_LINKS = new Set(['rose', 'risen', 'rises', 'climbed', 'reached', 'reaches', 'stood', 'stands', 'was', 'is', 'has', 'had', 'been',
  'passes', 'passed', 'tops', 'topped', 'exceeds', 'exceeded', 'surpasses', 'surpassed', 'crosses', 'crossed',
  'hit', 'jumped', 'increased', 'grew', 'now', 'to', 'at', 'of', 'the', 'a', 'an', 'least', 'some', 'officially', 'reportedly', 'since', 'further', 'climbing', 'rising']);

/** Between a figure and its predicate: "613 people were killed", "150 people still remain unknown". */
const AUX = new Set(['were', 'was', 'are', 'is', 'be', 'been', 'being', 'have', 'has', 'had', 'remain', 'remains', 'remained', 'still',
  'who', 'that', 'reportedly', 'also', 'already', 'later', 'all', 'got', 'get', 'reported', 'believed', 'feared', 'confirmed', 'thought',
  'said', 'say', 'says', 'presumed', 'known', 'now', 'to', 'being', 'allegedly', 'apparently', 'either', 'not', 'yet', 'found', 'left',
  'taken', 'held', 'shot', 'may', 'might', 'will', 'would', 'could', 'can', 'must', 'should', 'in', 'each', 'of', 'whom', 'them',
  'which', 'those', 'these',
  // "went missing", "gone missing"
  'went', 'gone', 'go', 'goes']);

/** What the counted noun itself says ("35 deaths", "20 hostages"). */
const NOUN_ROLE: Record<string, string> = {
  deaths: 'killed', fatalities: 'killed', dead: 'killed', bodies: 'killed', victims: 'killed',
  injuries: 'wounded', wounded: 'wounded', injured: 'wounded', hostages: 'hostages', captives: 'hostages',
  refugees: 'displaced', evacuees: 'evacuated', arrests: 'arrested', detainees: 'arrested', infections: 'infected', recoveries: 'recovered',
  missing: 'missing',
};

function isDigitToken(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/**
 * The role a verb right before the figure gives it and its list ("arrested 20 men and 3 women"), if any; none when
 * the counted noun carries its own ("80 deaths, 461 severe cases": the deaths are killed, the cases not).
 */
export function roleBefore(v: TokenView, f: Figure, counted: string): string | undefined {
  return NOUN_ROLE[counted] === undefined ? lookBack(v, f.exprFirst - 1, f.from) : undefined;
}

export function roleOf(v: TokenView, f: Figure, counted: string, head: number): string | undefined {
  // "flee the ten-storey building": a number glued to its noun measures a thing; the thing, not the number, has the role.
  if (f.glued && !GLUED_PEOPLE.has(counted)) return undefined;
  // "a 40 million euro hospital contract": money is spent or lost, never killed, held or taken to hospital.
  if (f.money) return undefined;
  const found = roleOfFigure(v, f, counted, head);
  // "Twelve teams took part", "5,000 soldiers marched": a crowd is no team, army or field.
  if (found === 'protesters' && NOT_CROWDS.has(counted)) return undefined;
  // "Apple released 3 new phones", "the dam released 300 tonnes": only people are freed.
  if (found === 'released' && counted !== '' && !(PEOPLE_COUNTS.has(counted) || NOUN_ROLE[counted] !== undefined)) return undefined;
  return found;
}

/** Counts that march or take part without protesting. */
const NOT_CROWDS = new Set('teams soldiers troops runners athletes riders players cars vehicles tanks horses countries companies nations units'.split(' '));
/** People who may be held and freed. */
const PEOPLE_COUNTS = new Set(('people persons prisoners detainees hostages captives civilians men women children soldiers fighters nationals ' +
  'citizens workers journalists activists inmates students migrants sailors crew passengers').split(' '));

function roleOfFigure(v: TokenView, f: Figure, counted: string, head: number): string | undefined {
  const role = lookBack(v, f.exprFirst - 1, f.from) ?? inPhrase(v, f.after, head) ?? lookForward(v, head >= 0 ? head + 1 : f.after, f.lim) ?? NOUN_ROLE[counted];
  // "337 users in 38 countries were arrested": places are not arrested, killed or wounded; they may be occupied or evacuated.
  if (role && PLACE_COUNTS.has(counted) && role !== 'occupied' && role !== 'evacuated') return undefined;
  // "seized 126 skins": what is seized as goods is not occupied territory; land, places and shares of it are.
  if (role === 'occupied' && counted !== '' && !PLACE_COUNTS.has(counted) && !AREAS.has(counted)) return undefined;
  return role;
}

/** What records pictures: "CCTV captured …" is no capture of people. */
const RECORDERS = new Set('video videos footage camera cameras cctv image images photo photos photograph photographs recording'.split(' '));
/** What occupied land is measured in. */
const AREAS = new Set(('percent hectares hectare acres acre km2 sq square km kilometres kilometers miles villages territory land areas ' +
  'square km square kilometres square kilometers square miles sq km sq mi').split(' '));
/** Glued nouns that still count people ("a 20-member delegation was detained"). */
const GLUED_PEOPLE = new Set(['member', 'man', 'person', 'strong']);
/** Counted nouns that name places or buildings. */
const PLACE_COUNTS = new Set(('countries country states nations cities towns villages provinces regions districts counties ' +
  'municipalities neighbourhoods neighborhoods locations sites buildings homes houses').split(' '));

/** A participle among the modifiers: "25 wounded people", "3 missing sailors". */
function inPhrase(v: TokenView, k: number, head: number): string | undefined {
  for (; k < head; k++) {
    const r = ROLE_WORDS[v.tokens[k].text.toLowerCase()];
    if (r) return r;
  }
  return undefined;
}

/** "killed 613", "wounding at least 20", "the death toll rose to 35", "the fate of 150". */
function lookBack(v: TokenView, k: number, from: number): string | undefined {
  for (let d = 1; k >= from && d <= 6; k--, d++) {
    // "The death toll, officials said, has risen to 24": the aside is not there.
    if (d > 1) k = beforeAside(v.tokens, k, from);
    const w = v.tokens[k].text.toLowerCase();
    if (STOPS.has(w) || isDigitToken(w)) return undefined;
    const r = ROLE_WORDS[w] ?? BEFORE_ONLY[w];
    // "Video captured two factions pushing": a camera takes no hostages.
    if (r === 'hostages' && k - 1 >= from && RECORDERS.has(v.tokens[k - 1].text.toLowerCase())) return undefined;
    if (r) {
      // A verb must govern directly ("killed 613"); a noun may sit further back ("the toll rose to 35").
      if (d <= 2 || w === 'toll' || w === 'turnout' || w === 'fate' || w === 'whereabouts' || w === 'dead' || w === 'deaths') return r;
      return undefined;
    }
    if (d === 1 && (w === 'the' || w === 'a' || w === 'all' || w === 'another' || w === 'some')) continue;
    if (TOLL_LINKS.has(w)) continue;
    // "the death toll of the earthquake rose to 1,120": what the toll is of stands between it and its verb.
    if (k - 2 >= from && /^(?:the|a|an|this|that)$/.test(v.tokens[k - 1].text.toLowerCase()) && /^(?:of|from|in)$/.test(v.tokens[k - 2].text.toLowerCase())) {
      k -= 2;
      d -= 1;
      continue;
    }
    // "The death toll from a Russian missile strike on an apartment block in Kharkiv rose to 29": a longer complement.
    return TOLL_VERBS.has(v.tokens[k + 1]?.text.toLowerCase() ?? "") ? tollBefore(v, k, from) : undefined;
  }
  return undefined;
}

/** Verbs a toll takes its figure with, after its complement: "rose to", "reached", "stood at". */
const TOLL_VERBS = new Set(['rose', 'risen', 'rises', 'climbed', 'reached', 'reaches', 'stood', 'stands', 'passed', 'topped', 'hit', 'jumped', 'increased', 'grew', 'is', 'was', 'has']);
const TOLL_COMPLEMENT = 20;
/** Words a toll's complement may hold: "from an earthquake that struck Turkey and Syria on Monday". */
const COMPLEMENT_WORDS = new Set(['and', 'that', 'which']);

/**
 * "the death toll | from … in Kharkiv": the token of a toll noun heading a prepositional complement that ends at token k
 * (no clause break between), or -1. The hedge reader asks it too ("… on Monday passed 2,000" is a count past a mark).
 */
export function tollAt(v: TokenView, k: number, from: number): number {
  for (let j = k; j >= from && j > k - TOLL_COMPLEMENT; j--) {
    const w = v.tokens[j].text.toLowerCase();
    if ((STOPS.has(w) && !COMPLEMENT_WORDS.has(w)) || isDigitToken(w)) return -1;
    if (w === 'toll' && j + 1 <= k && /^(?:from|of|in)$/.test(v.tokens[j + 1].text.toLowerCase())) return j;
  }
  return -1;
}

function tollBefore(v: TokenView, k: number, from: number): string | undefined {
  const j = tollAt(v, k, from);
  if (j < 0) return undefined;
  // ("The toll of injured in the crash rose to 40": the complement names what the toll counts.)
  return (j + 2 <= k && ROLE_WORDS[v.tokens[j + 2].text.toLowerCase()]) || 'killed';
}

function lookForward(v: TokenView, k: number, lim: number): string | undefined {
  for (let d = 0; k < lim && d < 6; k++, d++) {
    // "More than 100 people, including 30 children, were killed": the subset stands between the figure and its predicate.
    if (v.tokens[k].text === ',') k = afterSubsetAside(v, k, lim);
    const raw = v.tokens[k].text;
    const w = raw.toLowerCase();
    // "A dozen soldiers and tens of civilians died": a second figure coordinated with the first shares its predicate.
    if (d === 0 && w === 'and' && k + 1 < lim && isFigureStart(v.tokens[k + 1].text.toLowerCase())) {
      let j = k + 1;
      while (j < lim && (isFigureStart(v.tokens[j].text.toLowerCase()) || /^(?:of|a|dozen)$/.test(v.tokens[j].text.toLowerCase()))) j++;
      // Its noun phrase, role nouns included ("523 new infections and 12 new deaths" are not all deaths).
      const nounEnd = Math.min(lim, j + 3);
      // (A verb form before a plural noun is its modifier: "33 recovered cases".)
      const modifier = (t: number) => t + 1 < lim && classOf(v.tokens[t + 1].text.toLowerCase()) === 'S';
      while (j < nounEnd && /^\p{Ll}+$/u.test(v.tokens[j].text) && !AUX.has(v.tokens[j].text) && (classOf(v.tokens[j].text) !== 'V' || modifier(j))) j++;
      k = j - 1;
      continue;
    }
    if ((STOPS.has(w) && !(w === 'or' && k + 1 < lim && OR_BOUNDS.has(v.tokens[k + 1].text.toLowerCase()))) || isDigitToken(w)) return undefined;
    const r = ROLE_WORDS[w] ?? AFTER_ONLY[w];
    if (r) return r;
    // "more than 300,000 people took part": joining a protest.
    if (TAKE.has(w) && k + 1 < lim && v.tokens[k + 1].text === 'part') return 'protesters';
    // "66 people or more were injured": a bound after the noun stands between it and its predicate.
    if (w === 'or' && k + 1 < lim && OR_BOUNDS.has(v.tokens[k + 1].text.toLowerCase())) {
      k++;
      continue;
    }
    // "337 users in 38 countries were arrested": where they were counted, then the predicate.
    if (d === 0 && (w === 'in' || w === 'from' || w === 'across') && k + 2 < lim && isNumberToken(v.tokens[k + 1].text) &&
      PLACE_COUNTS.has(v.tokens[k + 2].text.toLowerCase())) {
      k += 2;
      d += 2;
      continue;
    }
    // "All 189 on the aircraft died", "12 aboard were rescued": where they were, then the predicate.
    if (d === 0 && WHERE.has(w)) {
      const end = placePhraseEnd(v, k + 1, lim);
      if (end > k + 1 || (end === k + 1 && w !== 'in' && w !== 'on')) {
        d += end - k - 1;
        k = end - 1;
        continue;
      }
    }
    // "12 children were among the wounded", "two journalists are among those missing": the group they belong to.
    if (w === 'among' && k + 1 < lim && /^(?:the|those)$/i.test(v.tokens[k + 1].text)) {
      k++;
      continue;
    }
    if (AUX.has(w)) continue;
    const c = classOf(w);
    if (c === 'R' || (c === 'P' && d <= 3)) continue;
    return undefined;
  }
  return undefined;
}

/** Past ", including 30 children," (the comma after it); k itself when no such aside starts at k. */
function afterSubsetAside(v: TokenView, k: number, lim: number): number {
  if (k + 1 >= lim || !/^(?:including|among|mostly|many|most|some)$/i.test(v.tokens[k + 1].text)) return k;
  for (let j = k + 2; j < lim && j <= k + 10; j++) {
    const t = v.tokens[j].text;
    if (t === ',') return j + 1 < lim ? j + 1 : k;
    if (t === '.' || t === ';' || t === ':') return k;
  }
  return k;
}

/** Words after "or" that bound the figure before it ("66 people or more"). */
const OR_BOUNDS = new Set(['more', 'so', 'fewer', 'less', 'over']);

/** A number or a vague count ("tens", "dozens") opening a coordinated figure. */
function isFigureStart(s: string): boolean {
  return isNumberToken(s) || VAGUE_PLURALS.has(s);
}

function isNumberToken(s: string): boolean {
  return isDigitToken(s) || isNumberWord(s.toLowerCase());
}

// "Three occupants of the helicopter died": "of" the vehicle, like "on board".
const WHERE = new Set(['on', 'aboard', 'onboard', 'in', 'inside', 'of']);
const PLACE_WORDS = new Set(['board', 'the', 'a', 'an', 'aircraft', 'plane', 'flight', 'bus', 'boat', 'ship', 'vessel', 'train', 'jet', 'ferry',
  'helicopter', 'car', 'vehicle', 'building', 'house', 'home', 'mine']);

/** Token index after the place words from k ("board", "the aircraft"); k itself when none follow ("12 aboard were …"). */
function placePhraseEnd(v: TokenView, k: number, lim: number): number {
  let e = k;
  while (e < lim && e < k + 3 && PLACE_WORDS.has(v.tokens[e].text.toLowerCase())) e++;
  return e;
}
