/**
 * Pronoun speakers the entities layer cannot settle, read from the quotes around them: "they" / "it" after a group or an
 * organisation that spoke, "she" / "he" after an unnamed speaker of that sex, "I" in an interviewee's answer.
 */
import type { EntitiesLayer, Speaker } from '../../core/layers.js';

/** Heads of a source phrase that name a group of people ("Japanese officials", "the researchers"). */
export const GROUP_NOUNS = new RegExp(`(?:^|\\s)(?:${('officials authorities police researchers scientists investigators experts analysts witnesses residents ' +
  'activists organisers organizers protesters demonstrators doctors medics rescuers forces troops soldiers militants rebels fighters ' +
  'lawmakers legislators senators prosecutors lawyers attorneys relatives families parents students workers campaigners sources aides ' +
  'members leaders voters authors staff team military army government').split(' ').join('|')})$`, 'i');

/** Heads of a phrase that names one body or document ("the health ministry", "Israel's military", "the study"). */
export const BODY_NOUNS: ReadonlySet<string> = new Set(('ministry military army government agency company firm group council committee court ' +
  'department office organisation organization party union bank commission board authority service network newspaper paper ' +
  'broadcaster channel institute university hospital embassy administration cabinet parliament assembly senate coalition alliance ' +
  'movement campaign team police force regime junta study report survey poll statement website').split(' '));
const ORGANISATION_NOUNS = new RegExp(`(?:^|\\s)(?:${[...BODY_NOUNS].join('|')})$`, 'i');

/** Whether a "they" / "it" speaker can be the speaker before it: a group for "they", an organisation for "it". */
export function pronounFor(name: string, prev: Speaker, types: ReadonlyMap<string, string>): boolean {
  const type = prev.entity ? types.get(prev.entity) : undefined;
  if (/^(?:they|them)$/i.test(name)) return type ? type === 'ORG' || type === 'NORP' || type === 'GPE' : GROUP_NOUNS.test(prev.name) && !/^(?:they|them)$/i.test(prev.name);
  if (/^it$/i.test(name)) return type ? type === 'ORG' : ORGANISATION_NOUNS.test(prev.name);
  return false;
}

const FEMALE_ROLES = /\b(?:spokeswoman|woman|mother|daughter|wife|sister|aunt|chairwoman|congresswoman|businesswoman|policewoman|girl|grandmother|widow|actress)$/i;
const MALE_ROLES = /\b(?:spokesman|man|father|son|husband|brother|uncle|chairman|congressman|businessman|policeman|fisherman|boy|grandfather|widower|actor)$/i;
const NEUTRAL_ROLES = /\b(?:spokesperson|official|witness|resident|survivor|victim|relative|cousin|friend|neighbour|neighbor|doctor|nurse|teacher|student|officer|soldier|activist|lawyer|farmer|worker|volunteer|journalist|reporter|director|manager|minister|commander|source)$/i;

/** A noun for a person (a role, a relative, a bystander): "the victim's mother", "a local resident". */
export const isPersonRole = (noun: string): boolean => NEUTRAL_ROLES.test(noun) || FEMALE_ROLES.test(noun) || MALE_ROLES.test(noun);

/** "she" after "a spokeswoman for …", "he" after "a witness": a role noun of that sex (or of either) heads the speaker before. */
export function sameSexRole(pronoun: string, prev: string): boolean {
  const p = pronoun.toLowerCase();
  if (p !== 'he' && p !== 'she') return false;
  const head = prev.replace(/\s+(?:for|of|at|from|with|in)\s.*$/i, '');
  return NEUTRAL_ROLES.test(head) || (p === 'she' ? FEMALE_ROLES.test(head) : MALE_ROLES.test(head));
}

/** Whether entity id has a mention in [from, to). */
export function mentionedBetween(entities: EntitiesLayer, id: string, from: number, to: number): boolean {
  return entities.mentions.some((m) => m.entity === id && m.start >= from && m.start < to);
}

/** "I", "me", "my": the speaker of the turn when the quote lies in an interview answer. */
export const FIRST_PERSON_SINGULAR = /^(?:I|me|my)$/i;
