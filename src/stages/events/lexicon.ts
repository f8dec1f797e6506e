/**
 * The trigger lexicon: which words and phrases report an event of which type, in news about
 * wars, atrocities and politics. Lemmas only; `compile.ts` expands them to inflected forms.
 *
 * Spec syntax, kept terse so the lexicon stays readable:
 *  - verbs: "lemma" (regular) or "lemma:form,form" (irregular extras, e.g. "flee:fled").
 *  - nouns: "noun" (plural generated), "noun!" (no plural: "fighting"), "=form" (that exact form only).
 *  - phrases: space-separated words; "~word" stands for every form of that verb; "*" lets up to
 *    three words stand between (e.g. "~take * hostage"). A phrase with type `null` blocks the
 *    words it covers ("under fire" is criticism, not an attack).
 */

export type EventFamily = 'incident' | 'civic' | 'legal';

export interface EventTypeInfo {
  /** incident: violence, accidents, disasters (their time carries over a continued story). */
  family: EventFamily;
  /** Whether the event happens somewhere, so a bare place object counts as its place. */
  spatial: boolean;
  /** Role name of whoever it is done to. */
  patientRole: 'victim' | 'patient';
}

export const EVENT_TYPES: Record<string, EventTypeInfo> = {
  attack: { family: 'incident', spatial: true, patientRole: 'patient' },
  killing: { family: 'incident', spatial: true, patientRole: 'victim' },
  wounding: { family: 'incident', spatial: true, patientRole: 'victim' },
  'hostage-taking': { family: 'incident', spatial: true, patientRole: 'victim' },
  displacement: { family: 'incident', spatial: true, patientRole: 'patient' },
  arrest: { family: 'incident', spatial: true, patientRole: 'patient' },
  occupation: { family: 'incident', spatial: true, patientRole: 'patient' },
  conflict: { family: 'incident', spatial: true, patientRole: 'patient' },
  accident: { family: 'incident', spatial: true, patientRole: 'victim' },
  disaster: { family: 'incident', spatial: true, patientRole: 'victim' },
  recognition: { family: 'civic', spatial: false, patientRole: 'patient' },
  protest: { family: 'civic', spatial: true, patientRole: 'patient' },
  election: { family: 'civic', spatial: true, patientRole: 'patient' },
  meeting: { family: 'civic', spatial: true, patientRole: 'patient' },
  ceasefire: { family: 'civic', spatial: false, patientRole: 'patient' },
  agreement: { family: 'civic', spatial: false, patientRole: 'patient' },
  trial: { family: 'legal', spatial: true, patientRole: 'patient' },
  sentencing: { family: 'legal', spatial: false, patientRole: 'patient' },
};

export interface LexiconEntry {
  verbs?: string[];
  nouns?: string[];
  phrases?: string[];
}

export const LEXICON: Record<string, LexiconEntry> = {
  attack: {
    verbs: ['attack', 'ambush', 'shell', 'bomb', 'bombard', 'raid', 'assault', 'storm', 'besiege',
      'invade', 'target', 'strike:struck', 'shoot:shot', 'stab', 'torch', 'loot', 'ransack'],
    nouns: ['attack', 'ambush', 'raid', 'assault', 'offensive', 'counteroffensive', 'counter-offensive',
      'bombing', 'shelling', 'bombardment', 'airstrike', 'air-strike', 'invasion', 'incursion',
      'shooting', 'stabbing', 'blast', 'onslaught', 'siege', 'gunfire!', 'arson!', 'pogrom'],
    phrases: ['~open fire', 'fired at', 'fired on', 'firing at', 'firing on', 'air strike', 'drone strike', 'missile strike',
      'rocket strike', 'car bomb', 'car bombs', '~set fire', '~set * on fire'],
  },
  killing: {
    verbs: ['kill', 'massacre', 'slaughter', 'execute', 'murder', 'assassinate', 'exterminate',
      'behead', 'lynch', 'die:died,dying,dies', 'slay:slew,slain'],
    nouns: ['killing', 'massacre', 'slaughter', 'execution', 'murder', 'assassination',
      'extermination!', 'genocide!', '=deaths', 'bloodshed!', 'carnage!', 'homicide', 'fatality'],
    phrases: ['shot dead', 'death toll', '~lose * lives', '~lose * life'],
  },
  wounding: {
    verbs: ['wound', 'injure', 'maim'],
    nouns: ['=injuries', '=wounds'],
  },
  'hostage-taking': {
    verbs: ['kidnap:kidnapped,kidnapping,kidnaps', 'abduct'],
    nouns: ['kidnapping', 'abduction', 'hostage-taking!'],
    phrases: ['~take * hostage', '~hold * hostage', '~take * captive', '~take * prisoner'],
  },
  displacement: {
    verbs: ['flee:fled', 'displace', 'evacuate', 'expel:expelled,expelling', 'deport', 'uproot'],
    nouns: ['exodus!', 'displacement!', 'evacuation', 'expulsion', 'deportation'],
  },
  arrest: {
    verbs: ['arrest', 'detain', 'apprehend'],
    nouns: ['arrest', 'detention'],
    phrases: ['~take * into custody'],
  },
  occupation: {
    verbs: ['occupy', 'seize', 'capture', 'annex', 'overrun:overran'],
    nouns: ['occupation', 'annexation', 'seizure', 'takeover', 'capture'],
    phrases: ['~take control', '~seize control'],
  },
  conflict: {
    verbs: ['clash', 'fight:fought', 'battle'],
    nouns: ['war', 'conflict', 'clash', 'fighting!', '=hostilities', 'battle', 'skirmish',
      'insurgency', 'warfare!', 'combat!', 'rebellion', 'uprising'],
  },
  recognition: {
    verbs: ['recognize', 'recognise'],
    nouns: ['recognition!'],
  },
  protest: {
    verbs: ['protest', 'riot'],
    nouns: ['protest', 'demonstration', 'rally', 'riot', 'sit-in'],
    phrases: ['hunger strike', 'general strike'],
  },
  election: {
    verbs: ['elect', 're-elect', 'vote'],
    nouns: ['election', 'by-election', 'referendum', 'vote', 'runoff', 'run-off'],
  },
  meeting: {
    verbs: ['meet:met'],
    nouns: ['meeting', 'summit', '=talks', 'negotiation', 'conference'],
    phrases: ['peace talks'],
  },
  accident: {
    verbs: ['crash', 'collide', 'derail', 'capsize', 'explode'],
    nouns: ['crash', 'collision', 'derailment', 'accident', 'explosion', 'shipwreck'],
  },
  disaster: {
    verbs: ['flood', 'erupt'],
    phrases: ['~catch fire'],
    nouns: ['earthquake', 'quake', 'flood', 'flooding!', 'wildfire', 'fire', 'blaze', 'hurricane', 'typhoon',
      'cyclone', 'tornado', 'tsunami', 'landslide', 'mudslide', 'avalanche', 'drought', 'eruption',
      'storm', 'famine', 'epidemic', 'outbreak'],
  },
  trial: {
    verbs: ['convict', 'acquit:acquitted,acquitting', 'indict', 'prosecute'],
    nouns: ['trial', 'indictment', 'acquittal', 'prosecution'],
    phrases: ['~charge with'],
  },
  sentencing: {
    verbs: ['sentence', 'jail', 'imprison'],
    nouns: ['sentencing!', 'imprisonment!'],
  },
  ceasefire: {
    nouns: ['ceasefire', 'cease-fire', 'truce', 'armistice'],
    phrases: ['cease fire'],
  },
  agreement: {
    nouns: ['agreement', 'accord', 'treaty', 'pact'],
    phrases: ['peace deal'],
  },
};

/** Phrases that are not events although their words would be triggers. */
export const BLOCKING_PHRASES = ['under fire', 'in charge', 'death penalty', 'war crimes', 'war crime',
  'war criminal', 'war criminals', 'fire brigade', 'fire service', 'fire department', 'vote of confidence',
  // Fights that are no violence, and technical or figurative senses of violent words.
  'to combat', 'help combat', 'custody battle', 'legal battle', 'court battle', 'courtroom battle', 'parting shot',
  'angle of attack', 'cardiac arrest', 'cardiac arrests', 'respiratory arrest', 'clinical trial', 'clinical trials', 'drug trial', 'drug trials', 'vaccine trial', 'vaccine trials'];

/**
 * Which event types a Quantity role measures, best first: later types are where a casualty
 * figure goes when its sentence has no trigger of the first type ("a blast left 12 dead").
 */
export const ROLE_TYPES: Record<string, string[]> = {
  killed: ['killing', 'attack', 'conflict', 'accident', 'disaster'],
  dead: ['killing', 'attack', 'conflict', 'accident', 'disaster'],
  deaths: ['killing', 'attack', 'conflict', 'accident', 'disaster'],
  died: ['killing', 'attack', 'conflict', 'accident', 'disaster'],
  casualties: ['killing', 'wounding', 'attack', 'conflict', 'accident', 'disaster'],
  wounded: ['wounding', 'attack', 'killing', 'conflict', 'accident', 'disaster'],
  injured: ['wounding', 'attack', 'killing', 'conflict', 'accident', 'disaster'],
  hostages: ['hostage-taking'],
  hostage: ['hostage-taking'],
  kidnapped: ['hostage-taking'],
  abducted: ['hostage-taking'],
  captured: ['hostage-taking', 'occupation', 'arrest'],
  missing: ['disaster', 'accident', 'attack', 'conflict'],
  displaced: ['displacement', 'conflict', 'disaster'],
  refugees: ['displacement', 'conflict'],
  evacuated: ['displacement', 'disaster'],
  fled: ['displacement'],
  arrested: ['arrest'],
  detained: ['arrest'],
  recognized: ['recognition'],
  recognised: ['recognition'],
  occupied: ['occupation'],
  released: ['hostage-taking', 'arrest'],
  protesters: ['protest'],
  crowd: ['protest'],
  votes: ['election'],
  voters: ['election'],
  turnout: ['election'],
};
