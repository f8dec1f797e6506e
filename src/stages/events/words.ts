/** Closed-class words the attribution rules look at; all lower case. */

const set = (s: string): ReadonlySet<string> => new Set(s.split(' '));

export const DETERMINERS = set(
  'the a an this that these those its their his her our my your some any each every all both another such',
);

/** Forms of "be" and "get" that make a following participle passive ("were killed"). */
export const PASSIVE_AUX = set('be been being is are was were am get got gets getting gotten ’s \'s ’re \'re');

export const MODALS = set('will would could might may should must shall can cannot ’ll \'ll ’d \'d');

export const NEGATIONS = set('not n’t n\'t never no without nor');

/** Nouns and verbs that make a following event hypothetical ("the threat of war", "plans to attack"). */
export const IRREALIS = set(
  'threat threats threaten threatened threatening risk risks fear fears feared danger prevent prevented ' +
    'avoid avoided plan plans planned planning attempt attempted vow vowed vows warn warned warning ' +
    'possible possibility potential would-be prospect',
);

/** Prepositions whose object is where something happened. */
export const PLACE_PREPS = set('in at near from outside inside across throughout into around within off');

/** Prepositions: a noun phrase after one is not a subject or a direct object. */
export const PREPOSITIONS = set(
  'of in at on by for with from to into against over under about after before during near outside inside ' +
    'between among amongst through toward towards across within without since until till upon amid amidst ' +
    'despite including like as per via throughout around off onto beside besides behind beyond along',
);

/** Words that separate clauses: the subject of a verb is never found across one. */
export const CLAUSE_WORDS = set(
  'while whereas although though but because whereby if unless that which who whom whose where when ' +
    'said says say told tells added adding stated noted according claimed alleged reported',
);

/** Punctuation that separates clauses. */
export const CLAUSE_MARKS = set('; : — – ( ) [ ] " “ ” « » ‘');

/** Conjunctions that, after a comma, open a new clause (", and police said"). */
export const COORD = set('and or but nor');

/** Participles whose place phrase describes the subject, not the event ("troops stationed in X"). */
export const LOCATIVE_PARTICIPLES = set('stationed based located headquartered deployed living born situated');

/** Words marking a sentence in the present or future, which does not continue a past story. */
export const PRESENT_MARKERS = set('now currently today tonight still presently nowadays');
