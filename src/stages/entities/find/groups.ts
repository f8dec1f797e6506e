/**
 * Armed and state groups named by a people's adjective: "the Armenian armed forces", "Russian troops",
 * "pro-Russian separatists", "Israeli security forces". The tagger marks only the adjective; the group, not
 * the people, is who attacks, holds a town or speaks, so the span takes in the noun and becomes an organisation.
 */
import type { Token } from '../../../core/layers.js';
import type { NameSpan } from './names.js';
// Number words as the figures stage reads them (a pure lexicon).
import { isNumberWord } from '../../quantities/words.js';

/** A number before the adjective, "two", "dozens", "several": the people are counted. */
const countsPeople = (w: string): boolean => /^\d/.test(w) || isNumberWord(w.toLowerCase()) || /^several$/i.test(w);

/**
 * Nouns that make a people's adjective an armed or state body, by the kind of body they name: "Israeli forces" and
 * "Israeli troops" are one army in news copy, "Israeli police" another body.
 */
const GROUP_CLASSES: Record<string, string> = {
  forces: 'armed', troops: 'armed', army: 'armed', military: 'armed', soldiers: 'armed', paratroopers: 'armed', marines: 'armed', commandos: 'armed',
  navy: 'navy', warplanes: 'air', jets: 'air', police: 'police', guards: 'police', authorities: 'authorities',
  // Irregulars are each their own kind: "Syrian rebels" and "Syrian militias loyal to the government" are two sides.
  militants: 'militants', fighters: 'fighters', rebels: 'rebels', insurgents: 'insurgents', militia: 'militia', militias: 'militia',
  gunmen: 'gunmen', separatists: 'separatists',
};
const GROUP_NOUNS = new Set(Object.keys(GROUP_CLASSES));
/** Modifiers that change the kind: "security forces" and "border guards" police, "air force" flies. */
const MODIFIER_CLASSES: Record<string, string> = { security: 'police', border: 'police', riot: 'police', naval: 'navy' };
/** Words between the adjective and the noun: "armed forces", "security forces", "border guards", "special forces". */
const GROUP_MODIFIERS = new Set('armed security special government border naval ground federal coalition state riot'.split(' '));
/** Nouns a group noun modifies: "police officers", "army spokesman", "military base" name something else. */
const COMPOUND_HEADS = new Set(('officer officers official officials spokesman spokeswoman spokesperson source sources personnel chief chiefs ' +
  'commander commanders unit units vehicle vehicles base bases court courts leader leaders leadership operation operations helicopter ' +
  'helicopters aircraft intelligence academy college station headquarters veteran veterans service services band').split(' '));
/** "Hamas-led", "Iran-backed": a leader or backer glued to its group. */
const HYPHEN_BACKER = /^\p{L}+-(?:backed|led|controlled|allied|trained|supported)$/u;
/** "pro-Russian", "Russian-backed", "Turkish-led": the people's word inside a hyphenated adjective. */
const PEOPLE_IN = /^(?:pro-)?([\p{L}]+?)(?:-(?:backed|led|controlled|allied|trained|supported))?$/u;

/**
 * The body a group name stands for, the same for "Israeli forces", "Israeli armed forces" and "Israeli troops"
 * ("israeli|armed"); null for any other name. Documents and the corpus join group names by it.
 */
export function groupKey(name: string, isPeople: (word: string) => boolean): string | null {
  const written = name.replace(/^the\s+/i, '').split(/\s+/);
  // Only a people's word and common nouns: "Syrian Democratic Forces" and "Syrian Arab Army" are names of their own.
  if (written.length < 2 || written.length > 4 || written.slice(1).some((w) => /^\p{Lu}/u.test(w))) return null;
  const words = written.map((w) => w.toLowerCase());
  const kind = GROUP_CLASSES[words[words.length - 1]];
  const people = PEOPLE_IN.exec(words[0]);
  if (!kind || !people || !(isPeople(people[1]) || HYPHEN_BACKER.test(people[0]))) return null;
  return `${words[0]}|${(words.length > 2 && MODIFIER_CLASSES[words[1]]) || kind}`;
}

/** `spans` sorted by start; `isPeople(adjective)` says whether a word names a people ("Armenian"). */
export function joinGroupNames(spans: readonly NameSpan[], tokens: readonly Token[], isPeople: (word: string) => boolean): NameSpan[] {
  return spans.map((s) => {
    if (s.label !== 'MISC' && s.label !== 'LOC') return s;
    // "captured two Russian soldiers", "the three Syrian fighters": counted people, not the body.
    if (s.tokenStart > 0 && countsPeople(tokens[s.tokenStart - 1].text)) return s;
    const m = PEOPLE_IN.exec(tokens[s.tokenEnd - 1].text);
    // "Hamas-led militants", "Iran-backed militias": whoever leads or backs them, the compound names a group.
    if (!m || !(isPeople(m[1]) || HYPHEN_BACKER.test(m[0]))) return s;
    let k = s.tokenEnd;
    if (k < tokens.length && GROUP_MODIFIERS.has(tokens[k].text.toLowerCase()) && k + 1 < tokens.length && GROUP_NOUNS.has(tokens[k + 1].text)) k++;
    if (k >= tokens.length || !GROUP_NOUNS.has(tokens[k].text)) return s;
    const next = k + 1 < tokens.length ? tokens[k + 1].text : '';
    // "Chilean military authorities": two group nouns name one body; "French police officers" are people, not the force.
    if (GROUP_NOUNS.has(next)) k++;
    else if (COMPOUND_HEADS.has(next)) return s;
    // "the Russian army's": the span ends at the noun either way; a following capitalised word would be a name of its own.
    return { ...s, end: tokens[k].end, tokenEnd: k + 1, label: 'ORG' };
  });
}
