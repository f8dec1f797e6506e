/**
 * Who did it and to whom, as written: the subject before an active verb trigger is its agent,
 * the object after it its patient (or victim); a passive swaps them, with "by X" as agent.
 * Event nouns take "X's attack", "attack by X", "attack on X", "massacre of X". Anything
 * we cannot place in a role but that stands in the same clause is a plain "participant".
 * Nothing is inferred: agency claimed in a quote is recorded as the quote words it.
 */
import type { EventParticipant, Mention } from '../../core/layers.js';
import { tokenEndingBy, type Ctx } from './context.js';
import type { Trigger } from './find.js';
import { governor, tokenOfMentionStart, type Clause } from './clause.js';
import { EVENT_TYPES } from './lexicon.js';
import { DETERMINERS, PASSIVE_AUX, PLACE_PREPS, PREPOSITIONS } from './words.js';
// The nouns of an aside on a claim (", a figure …"), as the quotes stage reads them.
import { CLAIM_NOUNS } from '../quotes/parenthetical.js';

/** Adverbs between a passive auxiliary and its participle that do not end in -ly. */
const PASSIVE_ADVERBS = new Set(['once', 'also', 'later', 'then', 'again', 'twice', 'since', 'still', 'already', 'first', 'ever', 'soon']);
const ACTOR_TYPES = new Set(['PERSON', 'ORG', 'NORP', 'GPE']);
/** Types where both sides take part alike: a war, a meeting, a treaty. */
const SYMMETRIC = new Set(['conflict', 'meeting', 'agreement', 'ceasefire', 'election']);
const OBJECT_WINDOW = 8;
/** Types whose object place is also what the event was done to. */
const TARGETS_PLACES = new Set(['attack', 'occupation']);
const MAX_FALLBACK = 4;
/** How far from the trigger a bystander may stand, in tokens. */
const FALLBACK_REACH = 10;

export interface Roles {
  participants: EventParticipant[];
  /** Mentions the trigger's subject search found, shared with a coordinated verb ("ambushed and killed"). */
  subjects: number[];
  passive: boolean;
  /** A GPE/LOC the trigger acts on or is named after ("fled X", "the X massacre"): a place. */
  placeMentions: number[];
}

export function isPassive(ctx: Ctx, t: Trigger, floor: number): boolean {
  if (t.pos !== 'verb' || t.form !== 'past') return false;
  for (let j = t.first - 1; j >= floor && j >= t.first - 3; j--) {
    const w = ctx.lower[j];
    if (PASSIVE_AUX.has(w)) return true;
    // "was once jailed", "were later arrested".
    if (!w.endsWith('ly') && !PASSIVE_ADVERBS.has(w)) break;
  }
  // Reduced relative: "people killed by militants".
  return ctx.lower[t.last + 1] === 'by';
}

/** Index of the mention starting at token k, after up to two determiners/numbers, or -1. */
function mentionAfter(ctx: Ctx, k: number, end: number): number {
  for (let skip = 0; skip <= 2 && k < end; skip++, k++) {
    const m = ctx.mentionStartingAt[k];
    if (m !== -1) return m;
    const w = ctx.lower[k];
    if (!DETERMINERS.has(w) && !/^\d/.test(w)) return -1;
  }
  return -1;
}

/** The mention and its coordinated neighbours ("X, Y and Z") starting at token k. */
function coordinated(ctx: Ctx, first: number, end: number): number[] {
  const out = [first];
  let k = lastToken(ctx, first) + 1;
  while (k < end && out.length < 6) {
    const w = ctx.lower[k];
    if (w !== 'and' && w !== ',' && w !== 'or') break;
    const m = mentionAfter(ctx, k + 1, end);
    if (m === -1) break;
    out.push(m);
    k = lastToken(ctx, m) + 1;
  }
  return out;
}

function lastToken(ctx: Ctx, m: number): number {
  return tokenEndingBy(ctx.tokens, ctx.mentions[m].end);
}

/**
 * Mentions in subject position before the trigger, nearest first, or those of an earlier
 * coordinated verb whose subject this one shares.
 */
function subjectsOf(ctx: Ctx, t: Trigger, clause: Clause, prevVerb: PrevVerb | null): number[] | Roles {
  const out: number[] = [];
  // A participle after a noun ("people fleeing X") has that noun as subject: a name right
  // before it, or none we can name.
  if (t.form === 'ing' && !(t.first > clause.start && PASSIVE_AUX.has(ctx.lower[t.first - 1]))) {
    let k = t.first - 1;
    if (k >= clause.start && ctx.lower[k] === ',') k--;
    const m = k >= clause.start ? ctx.mentionEndingAt[k] : -1;
    return m === -1 ? [] : [m];
  }
  const prior = prevVerb && prevVerb.last >= clause.start ? prevVerb : null;
  if (prior) {
    // A verb coordinated with the previous one shares its subject: "ambushed and killed",
    // "killed a woman and injured nineteen others".
    let k = t.first - 1;
    while (k > prior.last && ctx.lower[k].endsWith('ly')) k--;
    if (k > prior.last && COORDINATORS.has(ctx.lower[k])) return prior.roles;
  }
  let listed = false;
  for (let j = t.first - 1; j >= clause.start; j--) {
    if (prior && j === prior.last && out.length === 0) {
      let joined = true;
      for (let k = j + 1; k < t.first; k++) if (!COORDINATORS.has(ctx.lower[k]) && !ctx.lower[k].endsWith('ly')) joined = false;
      return joined ? prior.roles : [];
    }
    const m = ctx.mentionEndingAt[j];
    if (m === -1) continue;
    // "Mir-Mohammadi's mother died": the possessor of a relative is not the subject.
    if (POSSESSIVE.has(ctx.lower[j + 1] ?? '') && RELATIVES.has(ctx.lower[j + 2] ?? '') && out.length === 0) break;
    const a = tokenOfMentionStart(ctx, m, j);
    // ", a Georgian tennis player, was arrested": a people's adjective in an apposition describes the subject named before it.
    if (ctx.mentions[m].type === 'NORP' && a - 2 >= clause.start && /^(?:a|an|the)$/.test(ctx.lower[a - 1]) && ctx.lower[a - 2] === ',' &&
      /^[a-z][a-z-]*$/.test(ctx.lower[j + 1] ?? '')) {
      j = a;
      continue;
    }
    const g = governor(ctx, a, clause.start);
    // "The war began after Hamas-led militants attacked …": a subordinator before a name right before the verb opens a clause.
    const opensClause = g !== null && SUBORDINATORS.has(g) && j === t.first - 1 && out.length === 0;
    if (g === null || opensClause) {
      // "the court in X, Y yesterday charged…": a place after a comma and a name is an
      // apposition ("Christchurch, New Zealand"), not the subject.
      const mt = ctx.mentions[m].type;
      if (out.length === 0 && (mt === 'GPE' || mt === 'LOC') && a - 2 >= clause.start && ctx.lower[a - 1] === ',' && ctx.mentionEndingAt[a - 2] !== -1) {
        j = a;
        continue;
      }
      out.push(m);
      const w = a - 1 >= clause.start ? ctx.lower[a - 1] : '';
      const before = a - 2 >= clause.start ? ctx.mentionEndingAt[a - 2] : -1;
      // "X, Y and Z attacked" is a list; in "X, Y attacked" with no "and" X is an apposition or a fronted phrase.
      if (w === 'and' || w === 'or') listed = true;
      if (!((w === 'and' || w === 'or' || (w === ',' && listed)) && before !== -1)) break;
    }
    j = a;
  }
  // "forces who killed …": the relative pronoun's antecedent.
  if (out.length === 0 && (clause.opener === 'who' || clause.opener === 'which' || clause.opener === 'that')) {
    let k = clause.start - 2;
    if (k >= 0 && ctx.lower[k] === ',') k--;
    const m = k >= 0 ? ctx.mentionEndingAt[k] : -1;
    if (m !== -1) out.push(m);
  }
  return out;
}

/** Mentions in object position right after an active verb (skipping a coordinated verb). */
function objectsOf(ctx: Ctx, from: number, clause: Clause, heads: ReadonlySet<number>): number[] {
  let k = from;
  for (const stop = Math.min(clause.end, k + OBJECT_WINDOW); k < stop; k++) {
    // The object of a later trigger ("ambushed a convoy fleeing X") is not this one's.
    if (heads.has(k)) return [];
    const m = ctx.mentionStartingAt[k];
    if (m !== -1) {
      const g = governor(ctx, k, clause.start);
      if (g !== null && g !== 'of') return [];
      return coordinated(ctx, headName(ctx, m, clause.end), clause.end);
    }
    const w = ctx.lower[k];
    // "killed 300 fighters, a figure the Kessel Front disputes": an aside on the claim ends the object.
    if (w === ',' && /^(?:a|an|the|this|that)$/.test(ctx.lower[k + 1] ?? '') && CLAIM_NOUNS.has(ctx.lower[k + 2] ?? '')) return [];
    // "occupied around 20 percent of X": an approximator, not a preposition.
    if (PREPOSITIONS.has(w) && w !== 'of' && !(APPROXIMATORS.has(w) && /^\d/.test(ctx.lower[k + 1] ?? ''))) return [];
  }
  return [];
}

/**
 * The name a place or nationality word modifies, when one follows within two words:
 * "sentenced Ohio man James Fields" → James Fields; else the mention itself.
 */
function headName(ctx: Ctx, m: number, end: number): number {
  const type = ctx.mentions[m].type;
  if (type !== 'GPE' && type !== 'NORP') return m;
  const k = lastToken(ctx, m) + 1;
  for (let j = k; j < k + 2 && j < end; j++) {
    const n = ctx.mentionStartingAt[j];
    if (n !== -1) return ctx.mentions[n].type === 'PERSON' || ctx.mentions[n].type === 'ORG' ? n : m;
    if (!/^[a-z]+$/.test(ctx.lower[j]) || PREPOSITIONS.has(ctx.lower[j]) || COORDINATORS.has(ctx.lower[j])) return m;
  }
  return m;
}

/** Nouns for unnamed individuals, which a place before them says the origin of ("U.S. citizens", a group, stay). */
const PERSON_NOUNS = new Set(('man men woman women boy boys girl girls teenager teenagers teen teens youth resident ' +
  'native couple family mother father student national citizen').split(' '));

/** Whether a place (or a name the tagger took for an organisation) modifies a person noun within two words ("Leeds man", "Cork grandmother"), no name after it. */
function originOfPerson(ctx: Ctx, m: number, end: number): boolean {
  const k = lastToken(ctx, m) + 1;
  for (let j = k; j < k + 2 && j < end; j++) {
    if (ctx.mentionStartingAt[j] !== -1) return false;
    const w = ctx.lower[j];
    if (PERSON_NOUNS.has(w)) return ctx.mentionStartingAt[j + 1] === -1;
    if (!/^[a-z][a-z-]*$/.test(w) || PREPOSITIONS.has(w) || COORDINATORS.has(w) || PASSIVE_AUX.has(w)) return false;
  }
  return false;
}

const MALE_PRONOUNS = new Set(['he', 'him', 'his', 'himself']);
const FEMALE_PRONOUNS = new Set(['she', 'her', 'hers', 'herself']);

/** Whether a he/she pronoun's entity is known (from a kin or role word before its name) to be of the other sex. */
function wrongSex(ctx: Ctx, mn: Mention): boolean {
  const sex = ctx.sexOf.get(mn.entity);
  if (!sex) return false;
  const w = mn.text.toLowerCase();
  return sex === 'f' ? MALE_PRONOUNS.has(w) : FEMALE_PRONOUNS.has(w);
}

/** Nouns a place name may come before and still name a place: "the Kīlauea volcano", "the Tobrin river". */
const GEO_NOUNS = new Set(('volcano river lake mountain mountains coast coastline border sea bay island islands valley region ' +
  'road street lane highway motorway bridge port harbour harbor airport station square').split(' '));

/** Whether GPE mention m names a place in its phrase rather than modifies a noun for people or things ("U.S. soldiers"). */
function namesPlace(ctx: Ctx, m: number, floor: number): boolean {
  const w = ctx.lower[lastToken(ctx, m) + 1] ?? '';
  // "the eruption of the Kīlauea volcano"; after "of" a name the tagger took for a place may be a person's ("the killing of X in Atlanta").
  if (governor(ctx, tokenOfMentionStart(ctx, m, lastToken(ctx, m)), floor) === 'of') return GEO_NOUNS.has(w);
  return !/^[a-z][a-z-]*$/.test(w) || GEO_NOUNS.has(w) || PREPOSITIONS.has(w) || COORDINATORS.has(w) || PASSIVE_AUX.has(w) ||
    ctx.mentionStartingAt[lastToken(ctx, m) + 1] !== -1;
}

/** Whether mention m heads the subject of the verb at `verb` ("Paris caught fire"), not modifies it ("U.S. diplomats fled"). */
function headsSubject(ctx: Ctx, m: number, verb: number): boolean {
  for (let k = lastToken(ctx, m) + 1; k < verb; k++) {
    const w = ctx.lower[k];
    if (!PASSIVE_AUX.has(w) && !w.endsWith('ly') && !PASSIVE_ADVERBS.has(w) && w !== 'has' && w !== 'had' && w !== 'have') return false;
  }
  return true;
}

/** Where the object of a verb trigger starts: after a verb it is coordinated with ("ambushed and killed X"). */
function objectStart(ctx: Ctx, t: Trigger, next: Trigger | undefined): number {
  if (next && next.sentence === t.sentence && next.first - t.last <= 3) {
    for (let i = t.last + 1; i < next.first; i++) if (!COORDINATORS.has(ctx.lower[i])) return t.last + 1;
    return next.last + 1;
  }
  return t.last + 1;
}

/**
 * Verbs an event noun does its work through ("the earthquake struck X", "the blast rocked X"):
 * their object is the noun event's place or target.
 */
const CARRIER_VERBS = new Set(['struck', 'strikes', 'hit', 'hits', 'rocked', 'rocks', 'shook', 'shakes',
  'ravaged', 'ravages', 'devastated', 'devastates', 'battered', 'batters', 'swept', 'sweeps', 'destroyed', 'damaged']);
const COORDINATORS = new Set(['and', 'or', ',']);
/** Event nouns whose possessor or name modifier is who underwent them: "his arrest", "the X murder". */
const UNDERGOER_NOUNS = new Set(['killing', 'wounding', 'hostage-taking', 'arrest', 'displacement', 'trial', 'sentencing']);
/** Intransitive triggers whose subject undergoes the event rather than doing it. */
const UNACCUSATIVE = new Set(
  ('die died dies dying flee fled flees fleeing crash crashed crashes crashing collide collided collides colliding ' +
    'derail derailed derails derailing capsize capsized capsizes capsizing explode exploded explodes exploding ' +
    'erupt erupted erupts erupting lose lost loses losing catch caught catches catching').split(' '),
);
const APPROXIMATORS = new Set(['around', 'about', 'over', 'under', 'some', 'nearly', 'almost', 'up', 'at', 'as']);
/** Participles that link an event noun to its agent: "the massacre committed by X". */
const AGENTIVE = new Set(['committed', 'perpetrated', 'carried', 'launched', 'conducted', 'staged', 'led',
  'ordered', 'organised', 'organized', 'mounted', 'unleashed', 'waged', 'initiated', 'claimed', 'out']);

/** The previous verb trigger of the sentence: its last token and its roles. */
export interface PrevVerb {
  last: number;
  roles: Roles;
}

/**
 * `heads` holds the first token of every trigger of the sentence; `prevVerb` is the verb
 * trigger before this one in the sentence, if any.
 */
export function rolesOf(
  ctx: Ctx,
  t: Trigger,
  clause: Clause,
  prevVerb: PrevVerb | null,
  next: Trigger | undefined,
  heads: ReadonlySet<number>,
): Roles {
  const info = EVENT_TYPES[t.type];
  const symmetric = SYMMETRIC.has(t.type);
  const patientRole = symmetric ? 'participant' : (info?.patientRole ?? 'patient');
  const agentRole = symmetric ? 'participant' : 'agent';
  const roles = new Map<string, string>();
  const placeMentions: number[] = [];
  const give = (m: number, role: string): void => {
    const mn: Mention = ctx.mentions[m];
    if (!ACTOR_TYPES.has(mn.type)) {
      if (mn.type === 'LOC') placeMentions.push(m);
      return;
    }
    // "arrested a 36-year-old Leeds man": the place says where the person is from; it takes no part.
    if ((mn.type === 'GPE' || mn.type === 'ORG') && originOfPerson(ctx, m, clause.end)) return;
    // "his daughter Nettie … said he died": a "he" resolved to someone named as a woman (or "she" to a man) is someone else.
    if (mn.form === 'pronoun' && wrongSex(ctx, mn)) return;
    // "a collision on Wellhouse Lane", "the storm bore down on the Azores": a place is no victim but where it happened.
    // "U.S. soldiers died": a place that modifies the victims stays with them.
    if (role === 'victim' && mn.type === 'GPE' && namesPlace(ctx, m, clause.start)) {
      if (info?.spatial) placeMentions.push(m);
      return;
    }
    // The first role found stands: agents and patients before fallbacks.
    if (!roles.has(mn.entity)) roles.set(mn.entity, role);
  };
  const objects = (ms: number[]): void => {
    for (const m of ms) {
      // "arrested a Leeds man": where the person is from is neither the place nor a participant.
      if (originOfPerson(ctx, m, clause.end)) continue;
      const place = ctx.mentions[m].type === 'GPE' || ctx.mentions[m].type === 'LOC';
      // "shelled X" makes X target and place; "fled X" makes it only the place.
      if (place && info?.spatial) placeMentions.push(m);
      if (!place || !info?.spatial || TARGETS_PLACES.has(t.type)) give(m, patientRole);
    }
  };

  let passive = isPassive(ctx, t, clause.start);
  let unaccusative = false;
  let subjects: number[] = [];
  let shared: EventParticipant[] = [];
  if (t.pos === 'verb') {
    const found = subjectsOf(ctx, t, clause, prevVerb);
    if (Array.isArray(found)) {
      subjects = found;
      // "Munk died", "residents fled": the subject undergoes the event.
      if (UNACCUSATIVE.has(ctx.lower[t.first])) passive = unaccusative = true;
    }
    else {
      // A coordinated verb shares the earlier one's subject and voice ("were ambushed and
      // killed"), and whoever stood beside that subject.
      subjects = found.subjects;
      passive ||= found.passive;
      shared = found.participants.filter((p) => p.role === 'participant');
    }
    for (const m of subjects) {
      // "the town caught fire", "the region flooded": a place that undergoes a fire or a flood is where it happened, no victim.
      const place = ctx.mentions[m].type === 'GPE' || ctx.mentions[m].type === 'LOC';
      if (place && unaccusative && info?.spatial && !TARGETS_PLACES.has(t.type) && headsSubject(ctx, m, t.first)) placeMentions.push(m);
      else give(m, passive ? patientRole : agentRole);
    }
    if (!passive) objects(objectsOf(ctx, objectStart(ctx, t, next), clause, heads));
  } else {
    const k = t.last + 1;
    if (k < clause.end && CARRIER_VERBS.has(ctx.lower[k])) objects(objectsOf(ctx, k + 1, clause, heads));
    premodifier(ctx, t, clause, (m, possessive) => {
      const type = ctx.mentions[m].type;
      const undergoes = UNDERGOER_NOUNS.has(t.type);
      // "X's offensive" / "his arrest"; "the X massacre" names the place; "Taliban attack" the agent.
      if (possessive) give(m, undergoes ? patientRole : agentRole);
      else if ((type === 'GPE' || type === 'LOC') && info?.spatial && undergoes) placeMentions.push(m);
      else if (type !== 'GPE' && (t.type === 'attack' || t.type === 'occupation')) give(m, agentRole);
      else if (type === 'PERSON' && undergoes) give(m, patientRole);
      else give(m, 'participant');
    });
  }
  // "a raid on the Jenin refugee camp", "strikes against Kessel": a place attacked is also where it happened.
  const target = (m: number): void => {
    const type = ctx.mentions[m].type;
    if ((type === 'GPE' || type === 'LOC') && TARGETS_PLACES.has(t.type) && info?.spatial && !placeMentions.includes(m)) placeMentions.push(m);
  };
  afterPrepositions(ctx, t, clause, symmetric, patientRole, agentRole, next, give, target);
  // Event nouns sit in longer phrases about other things; only verbs take nearby bystanders.
  if (t.pos === 'verb') {
    for (const p of shared) if (!roles.has(p.entity)) roles.set(p.entity, p.role);
    // Bystanders stand near this trigger, not in a neighbour's phrase: names after a previous
    // verb are its objects ("shot X and injured three").
    const from = prevVerb && prevVerb.last >= clause.start ? t.first : clause.start;
    const to = next && next.first < clause.end ? next.first : clause.end;
    fallback(ctx, t, from, to, clause.start, give);
  }
  return {
    participants: [...roles].map(([entity, role]) => ({ entity, role })),
    subjects,
    passive,
    placeMentions,
  };
}

/** A mention right before an event noun, possibly through "’s" and up to two adjectives. */
function premodifier(ctx: Ctx, t: Trigger, clause: Clause, found: (m: number, possessive: boolean) => void): void {
  let j = t.first - 1;
  for (let adj = 0; adj < 2 && j >= clause.start && ctx.mentionEndingAt[j] === -1; adj++) {
    const w = ctx.lower[j];
    if (w === '’s' || w === "'s") {
      const m = j - 1 >= clause.start ? ctx.mentionEndingAt[j - 1] : -1;
      if (m !== -1) found(m, true);
      return;
    }
    if (!/^[a-z][a-z-]*$/.test(w) || DETERMINERS.has(w) || PREPOSITIONS.has(w)) return;
    j--;
  }
  if (j < clause.start) return;
  const m = ctx.mentionEndingAt[j];
  if (m === -1) return;
  // Only a name that opens its noun phrase modifies the noun: "the Taliban attack", "after
  // Kardan raids"; not "told Agence France-Presse arson …".
  const a = tokenOfMentionStart(ctx, m, j);
  const before = a - 1 >= clause.start ? ctx.lower[a - 1] : '';
  if (before === '' || DETERMINERS.has(before) || PREPOSITIONS.has(before) || before === 'and' || /^\p{P}$/u.test(before)) found(m, false);
}

/** Prepositions opening an adjunct of a verb ("killed in a strike", "died after an attack"). */
const ADJUNCT_PREPS = new Set(['in', 'during', 'after', 'amid', 'following', 'before', 'since']);

/** "by X" → agent; "on/against X" → target; "of X" right after a noun; "between/with X" in a war or meeting. */
function afterPrepositions(
  ctx: Ctx,
  t: Trigger,
  clause: Clause,
  symmetric: boolean,
  patientRole: string,
  agentRole: string,
  next: Trigger | undefined,
  give: (m: number, role: string) => void,
  target: (m: number) => void,
): void {
  const stop = Math.min(clause.end, t.last + 1 + 2 * OBJECT_WINDOW);
  // "killed 12 people during a raid on the camp": what follows the next trigger is that trigger's target.
  let own = next && next.first > t.last ? next.first : stop;
  for (let k = t.last + 1; k < stop; k++) {
    const w = ctx.lower[k];
    // "killed in a strike on X", "died after an attack on X": past an adjunct, "on X" belongs to the adjunct's noun.
    if (t.pos === 'verb' && ADJUNCT_PREPS.has(w) && k < own) own = k;
    if (k >= own && w !== 'by') continue;
    let role: string | null = null;
    if (w === 'by') {
      // After a noun, "by X" is its agent only right after it or after "committed"/"carried out";
      // "the anniversary of the massacre hosted by X" names the host of something else.
      if (t.pos === 'noun') {
        let j = k - 1;
        while (j > t.last && AGENTIVE.has(ctx.lower[j])) j--;
        if (j !== t.last) continue;
      }
      role = agentRole;
    }
    else if (w === 'on' || w === 'against') role = patientRole;
    else if (w === 'of' && k === t.last + 1 && t.pos === 'noun') role = patientRole;
    else if ((w === 'between' || w === 'with' || w === 'among') && symmetric) role = 'participant';
    if (role === null) continue;
    const m = mentionAfter(ctx, k + 1, clause.end);
    if (m === -1) continue;
    for (const c of coordinated(ctx, m, clause.end)) {
      give(c, role);
      if (w === 'on' || w === 'against') target(c);
    }
  }
}

const POSSESSIVE = new Set(["'s", '’s']);
/** Prepositions that also open a clause ("after militants attacked", "before troops arrived"). */
const SUBORDINATORS = new Set(['after', 'before', 'since', 'until', 'as', 'when', 'while', 'because']);
/** Kin and close persons: "X's mother died" is about the mother. */
const RELATIVES = new Set(('mother father son daughter wife husband brother sister child children parents family friend cousin uncle ' +
  'aunt grandmother grandfather nephew niece girlfriend boyfriend partner widow fiancée fiancee bodyguard driver').split(' '));
/** Verbs of saying right after a name: who reports the event, not who took part in it. */
const SPEECH_AFTER = new Set(('said says say told tells reported reports announced announces stated states confirmed confirms ' +
  'added claimed claims tweeted wrote ' +
  // "…, a figure Hamas disputes": who contests a claim about the event.
  'disputes disputed denies denied rejects rejected').split(' '));

/** "according to Tasnim, he died", "Tehran Times reported", "the report by X": a source of the sentence. */
function isSource(ctx: Ctx, m: number, k: number, floor: number): boolean {
  if (SPEECH_AFTER.has(ctx.lower[lastToken(ctx, m) + 1] ?? '')) return true;
  const a = k - 1;
  // "according" opens a clause of its own, so it may lie before the floor.
  if (a - 1 >= 0 && ctx.lower[a] === 'to' && ctx.lower[a - 1] === 'according') return true;
  return a - 1 >= floor && ctx.lower[a] === 'by' && /^(?:report|reports|statement|statements|release|announcement)$/.test(ctx.lower[a - 1]);
}

/**
 * "…, the Palestinian health ministry said": a name inside the source phrase of another cue's attribution
 * reports the event (the word after it is no verb of saying, so `isSource` misses it).
 */
function inSourcePhrase(ctx: Ctx, m: number, t: Trigger): boolean {
  const { start, end } = ctx.mentions[m];
  const from = ctx.tokens[t.first].start;
  const to = ctx.tokens[t.last].end;
  for (const s of ctx.sources) {
    if (s.start > start) break;
    if (end <= s.end && !(s.cueStart < to && from < s.cueEnd)) return true;
  }
  return false;
}

/** Other actors named near a verb trigger in its clause, outside place phrases, take part in some way. */
function fallback(ctx: Ctx, t: Trigger, lo: number, hi: number, floor: number, give: (m: number, role: string) => void): void {
  let added = 0;
  const from = Math.max(lo, t.first - FALLBACK_REACH);
  const to = Math.min(hi, t.last + 1 + FALLBACK_REACH);
  for (let k = from; k < to && added < MAX_FALLBACK; k++) {
    const m = ctx.mentionStartingAt[k];
    if (m === -1 || (k >= t.first && k <= t.last)) continue;
    const type = ctx.mentions[m].type;
    if (type !== 'PERSON' && type !== 'ORG' && type !== 'NORP') continue;
    const g = governor(ctx, k, floor);
    if (g !== null && PLACE_PREPS.has(g)) continue;
    if (isSource(ctx, m, k, floor) || inSourcePhrase(ctx, m, t)) continue;
    give(m, 'participant');
    added++;
  }
}
