/**
 * Armed and state groups named by a people's adjective: "the Armenian armed forces", "Russian troops",
 * "pro-Russian separatists", "Israeli security forces". The tagger marks only the adjective; the group, not
 * the people, is who attacks, holds a town or speaks, so the span takes in the noun and becomes an organisation.
 */
import type { Token } from '../../../core/layers.js';
import type { NameSpan } from './names.js';

/** Nouns that make a people's adjective an armed or state body. */
const GROUP_NOUNS = new Set(('forces troops army military soldiers militants fighters rebels insurgents militia militias ' +
  'police navy gunmen separatists authorities warplanes jets guards paratroopers marines commandos').split(' '));
/** Words between the adjective and the noun: "armed forces", "security forces", "border guards", "special forces". */
const GROUP_MODIFIERS = new Set('armed security special government border naval ground federal coalition state riot'.split(' '));
/** Nouns a group noun modifies: "police officers", "army spokesman", "military base" name something else. */
const COMPOUND_HEADS = new Set(('officer officers official officials spokesman spokeswoman spokesperson source sources personnel chief chiefs ' +
  'commander commanders unit units vehicle vehicles base bases court courts leader leaders leadership operation operations helicopter ' +
  'helicopters aircraft intelligence academy college station headquarters veteran veterans service services band').split(' '));
/** "pro-Russian", "Russian-backed", "Turkish-led": the people's word inside a hyphenated adjective. */
const PEOPLE_IN = /^(?:pro-)?([\p{L}]+?)(?:-(?:backed|led|controlled|allied|trained|supported))?$/u;

/** `spans` sorted by start; `isPeople(adjective)` says whether a word names a people ("Armenian"). */
export function joinGroupNames(spans: readonly NameSpan[], tokens: readonly Token[], isPeople: (word: string) => boolean): NameSpan[] {
  return spans.map((s) => {
    if (s.label !== 'MISC' && s.label !== 'LOC') return s;
    const m = PEOPLE_IN.exec(tokens[s.tokenEnd - 1].text);
    if (!m || !isPeople(m[1])) return s;
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
