/** Maps a tagger type (PER/ORG/LOC/MISC) and the name to the product's entity types. */
import type { EntityType } from '../../../core/layers.js';
import { fold, type Lexicons } from '../lexicons.js';

/** Natural features: places without a government. */
const NATURAL = new Set(
  ('river sea ocean lake mountain mountains mount mt mt. range valley desert gulf bay island islands isle peninsula strait ' +
    'canal forest park coast plateau glacier volcano cape basin delta creek falls hills hill reef channel steppe').split(' '),
);
const REGIONS = new Set(
  ('europe asia africa antarctica oceania north america south america latin america central asia middle east near east far east ' +
    'caucasus south caucasus balkans the balkans scandinavia siberia sahara sahel arctic the arctic mediterranean the mediterranean ' +
    'the gulf the west the east southeast asia east asia west africa east africa eastern europe western europe central europe').split(' '),
);
REGIONS.add('north america').add('south america').add('latin america').add('central asia').add('middle east').add('south caucasus');
REGIONS.add('southeast asia').add('east asia').add('west africa').add('east africa').add('eastern europe').add('western europe').add('central europe');

/** Heads that make any place- or organisation-tagged name an event ("G7 Summit", "Gulf War"). */
const STRONG_EVENT_HEADS = new Set('summit olympics olympiad war massacre genocide festival championships championship'.split(' '));
const DIRECTIONS = new Set('north south east west central middle latin northern southern eastern western sub-saharan'.split(' '));
const EVENT_HEADS = new Set(
  ('war wars olympics olympiad games cup championship championships tournament festival summit conference revolution uprising ' +
    'massacre genocide crisis election elections referendum open expo marathon prix derby series world-cup tragedy').split(' '),
);

/** Named storms ("Typhoon Phanfone", "Hurricane Dorian", "Tropical Storm Barry"): events, whatever the tagger said. */
const STORM_WORDS = new Set('typhoon hurricane cyclone storm depression'.split(' '));

/** Words after "Hurricane" that make an organisation or a season, not a storm ("National Hurricane Center"). */
const NOT_STORM_NAMES = new Set('center centre season warning watch service tracker prediction'.split(' '));

export function isStormName(words: readonly string[]): boolean {
  const n = words.length;
  return n > 1 && STORM_WORDS.has(words[n - 2]) && !STORM_WORDS.has(words[n - 1]) && !NOT_STORM_NAMES.has(words[n - 1]) && /^\p{L}/u.test(words[n - 1]);
}

/** Seas, straits and rivers the tagger read as organisations ("South China Sea"). */
const WATER_HEADS = new Set('sea ocean strait river gulf'.split(' '));

/** Buildings and institutions tagged as places ("John Radcliffe Hospital"): organisations, not towns. */
const FACILITY_HEADS = new Set('hospital airport university college school stadium hotel prison church mosque cathedral museum embassy center centre clinic institute academy'.split(' '));

export function entityType(label: string, name: string, lex: Lexicons): EntityType {
  const key = fold(name);
  const words = key.split(/\s+/);
  const last = words[words.length - 1];
  if (isStormName(words)) return 'EVENT';
  // "Hezbollah" (tagged as a person), "UN", "the Kremlin" (as places): well-known organisations are organisations.
  if (lex.orgs.has(key) || lex.orgs.has(key.replace(/^the /, ''))) return 'ORG';
  switch (label) {
    case 'PER':
      return 'PERSON';
    case 'ORG':
      if (words.length > 1 && STRONG_EVENT_HEADS.has(last)) return 'EVENT';
      if (words.length > 1 && WATER_HEADS.has(last)) return 'LOC';
      return 'ORG';
    case 'LOC':
      if (lex.gpe.has(key) || lex.gpe.has(key.replace(/^the /, ''))) return 'GPE';
      if (words.length > 1 && STRONG_EVENT_HEADS.has(last)) return 'EVENT';
      if (words.length > 1 && FACILITY_HEADS.has(last)) return 'ORG';
      // Adjectives of peoples and regions tagged as places: "South American", "Middle Eastern".
      if (lex.norp.has(key) || (words.length > 1 && DIRECTIONS.has(words[0]) && (lex.norp.has(last) || /ern$/.test(last)))) return 'NORP';
      if (NATURAL.has(last) || NATURAL.has(words[0]) || REGIONS.has(key)) return 'LOC';
      // Unknown places in news are mostly towns, districts and provinces.
      return 'GPE';
    default:
      if (lex.norp.has(key)) return 'NORP';
      if (words.length > 1 && EVENT_HEADS.has(last)) return 'EVENT';
      if (/^(world war|operation) /.test(key)) return 'EVENT';
      return 'MISC';
  }
}
