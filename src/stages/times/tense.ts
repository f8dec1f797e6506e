import type { Toks } from './tokens.js';
import { BEFORE_VERB_LAST } from './lexicon.js';
import type { Tense, TenseCue } from './resolve.js';

const FUTURE = new Set([
  'will', "'ll", '’ll', 'shall', 'wo', 'going', 'scheduled', 'expected', 'plans', 'plan', 'planning', 'upcoming', 'tomorrow',
  'next', 'coming', 'due', 'intends', 'aims', 'hopes', 'until', 'soon', 'would',
  // Scheduled events in the present tense: "the trial begins Monday", "the offer expires Friday".
  'begins', 'opens', 'starts', 'meets', 'resumes', 'arrives', 'closes', 'convenes', 'reopens', 'travels',
  // (Not "returns", "votes", "heads", "faces", "leaves": plural nouns as often — "Election returns Tuesday showed …".)
  'ends', 'concludes', 'finishes', 'departs', 'visits', 'hosts',
  // Dates a text sets ahead: "payable Dec. 7", "effective June 1", "of record Nov. 22", "the deadline".
  'payable', 'effective', 'expire', 'expires', 'deadline', 'record',
]);
const PAST = new Set([
  'was', 'were', 'had', 'did', 'said', 'told', 'made', 'took', 'came', 'went', 'saw', 'met', 'began', 'left', 'won', 'lost', 'fell', 'rose', 'gave', 'held', 'got', 'yesterday', 'ago', 'last', 'earlier',
  // Short regular and common irregular past forms the "-ed" test misses.
  'died', 'tied', 'used', 'fled', 'shot', 'struck', 'fought', 'sought', 'bought', 'brought', 'thought', 'caught', 'became', 'wrote', 'spoke', 'broke',
  'chose', 'drove', 'flew', 'threw', 'grew', 'knew', 'stood', 'sent', 'spent', 'built', 'felt', 'kept', 'sold', 'paid', 'led', 'ran', 'stole', 'swore',
  // "according to a report on Wednesday": what is reported has happened.
  'according',
  'shook', 'arose', 'found', 'heard', 'meant', 'slept', 'awoke', 'forgot', 'hid', 'sank', 'sang', 'swam', 'wore', 'tore',
  'sued', 'owed', 'eyed', 'lied',
]);
/** Verbs of lasting: "continued until Tuesday" ended in the past. */
const LASTED = new Set(['continued', 'lasted', 'remained', 'stayed', 'persisted', 'raged', 'waited', 'fought', 'worked', 'ran', 'went', 'dragged']);
/** Words that, right before a date, make it a deadline or a limit still ahead: "by Jan. 14", "through January". */
const AHEAD = new Set(['by', 'through', 'till', 'to']);
/** What may follow an infinitive "to" without making it a verb: "to the", "to his father". */
const NOT_VERB = new Set([
  'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'him', 'them', 'us', 'me',
  'it', 'all', 'some', 'any', 'each', 'every', 'one', 'two', 'three', 'about', 'around', 'nearly', 'more', 'less', 'as', 'what', 'where', 'whom',
  // "the largest demonstration to date": so far.
  'date',
]);
/** How far the left side (where the governing verb of a news date usually is) and the right side are read. */
const LEFT = 16;
const RIGHT = 10;
/** How far right the main verb of a sentence that opens with the date is looked for: "On Saturday, Senator Bernie Sanders of Vermont, a Democratic rival, assailed her". */
const OPENING_RIGHT = 30;

/**
 * Cheap tense of the clause around tokens [i, j): the nearest future cue ("will", "payable",
 * "planned to") or past cue ("said", a word in -ed) within the sentence, the left side read
 * further than the right; news defaults to the past.
 */
export function tenseAt(tt: Toks, i: number, j: number): Tense {
  return tenseCueAt(tt, i, j) || -1;
}

/** As `tenseAt`, but 0 where no cue was found at all (the past is then only a default). */
export function tenseCueAt(tt: Toks, i: number, j: number): TenseCue {
  const sent = tt.sent[i];
  // A possessive date ("Wednesday's ruling", "Friday's vote") names an event already reported
  // (all 12 such weekdays in the TE3 train part lie on or before the publication date).
  // Only "will" in the same clause looks ahead from one: "Monday's debate will be his first".
  // "ahead of the weekend", "ahead of Sunday's vote"
  if (i >= 2 && tt.word(i - 1) === 'of' && tt.word(i - 2) === 'ahead' && tt.sent[i - 2] === sent) return 1;
  if (j < tt.n && tt.sent[j] === sent && (tt.word(j) === "'s" || tt.word(j) === '’s')) return willNear(tt, i, j, sent) ? 1 : -1;
  // The past perfect puts the date before a past moment, whatever deadline words surround it:
  // "had filed reports by Wednesday", "had been due to expire Friday", "until Thursday they had not".
  if (pastPerfectNear(tt, i, j, sent)) return -1;
  // "continued until Tuesday evening", "lasted until Sunday": a limit of something already over.
  // ("postponed until Tuesday" still points ahead.)
  if (lastedUntil(tt, i, sent)) return -1;
  // "as early as Tuesday", "as soon as Monday"
  if (i >= 3 && tt.word(i - 1) === 'as' && tt.word(i - 3) === 'as' && tt.sent[i - 3] === sent) return 1;
  // A deadline: "by Jan. 14", "extended to Nov. 20" (but not "from Monday to Friday"). A sentence opening "By Sunday
  // afternoon," sets the moment its main verb tells of: "By Sunday afternoon, Pierluisi said …" is past.
  if (i >= 1 && tt.sent[i - 1] === sent && AHEAD.has(tt.word(i - 1)) && !(tt.word(i - 1) === 'to' && !movedTo(tt, i - 1, sent))) return pastMainVerb(tt, i - 1, j, sent) ? -1 : 1;
  for (let k = 1; k <= LEFT; k++) {
    const a = i - k;
    const b = j - 1 + k;
    const ca = a >= 0 && tt.sent[a] === sent ? leftCue(tt, a) : 0;
    if (ca !== 0) return ca;
    const cb = k <= RIGHT && b < tt.n && tt.sent[b] === sent ? cueAt(tt, b) : 0;
    if (cb !== 0) return cb;
  }
  // A date opening its sentence is told by the main verb after the subject, which may stand further right.
  if (opensSentence(tt, i, sent)) {
    for (let b = j + RIGHT; b < Math.min(tt.n, j + OPENING_RIGHT) && tt.sent[b] === sent; b++) {
      const cb = cueAt(tt, b);
      if (cb !== 0) return cb;
    }
  }
  return 0;
}

/** The date opens its sentence, maybe after "On", "And on", "But": "On Saturday, Senator Bernie Sanders of Vermont, a rival, assailed her". */
function opensSentence(tt: Toks, i: number, sent: number): boolean {
  let k = i - 1;
  while (k >= 0 && tt.sent[k] === sent && /^(?:on|and|but|late|early|then|also)$/.test(tt.word(k))) k--;
  return k < 0 || tt.sent[k] !== sent || tt.word(k) === '"' || tt.word(k) === '“' || tt.word(k) === '``';
}

/** "will" / "'ll" within six words of [i, j) in the same sentence and clause (no comma between: "Monday's vote, which will …"). */
function willNear(tt: Toks, i: number, j: number, sent: number): boolean {
  const isWill = (k: number) => tt.sent[k] === sent && (tt.word(k) === 'will' || tt.word(k) === "'ll" || tt.word(k) === '’ll');
  for (let k = i - 1; k >= 0 && k >= i - 6 && tt.sent[k] === sent && tt.word(k) !== ','; k--) if (isWill(k)) return true;
  for (let k = j; k < tt.n && k < j + 6 && tt.sent[k] === sent && tt.word(k) !== ','; k++) if (isWill(k)) return true;
  return false;
}

const QUOTES = new Set(['"', '“', '``', "'", '‘']);

/** Adverbs between "until" and its date: "until nearly 2 a.m. Friday", "until late Tuesday". */
const UNTIL_ADVERBS = new Set(['nearly', 'about', 'around', 'almost', 'just', 'well', 'shortly', 'late', 'early']);

/** "continued until Tuesday", "kept going until nearly 2 a.m. Friday": the limit of something that went on. */
function lastedUntil(tt: Toks, i: number, sent: number): boolean {
  let u = i - 1;
  while (u > 0 && tt.sent[u] === sent && UNTIL_ADVERBS.has(tt.word(u))) u--;
  if (u < 1 || tt.sent[u - 1] !== sent || (tt.word(u) !== 'until' && tt.word(u) !== 'till')) return false;
  const v = tt.word(u - 1);
  // "kept going / kept marching until …": any -ing form after "kept" lasted too.
  return LASTED.has(v) || (v.endsWith('ing') && u >= 2 && (tt.word(u - 2) === 'kept' || LASTED.has(tt.word(u - 2))));
}

/**
 * "By Sunday afternoon, Pierluisi said …", "Through Tuesday evening the fire was reduced": "by" / "through" opens the
 * sentence, and the first tense cue after the date is past.
 */
function pastMainVerb(tt: Toks, k: number, j: number, sent: number): boolean {
  // An opening quotation mark may stand before: "“By December, when we were looking down …".
  const before = k > 0 && tt.sent[k - 1] === sent && !QUOTES.has(tt.word(k - 1));
  if ((tt.word(k) !== 'by' && tt.word(k) !== 'through') || before) return false;
  for (let q = j; q <= j + RIGHT && q < tt.n && tt.sent[q] === sent; q++) {
    const c = cueAt(tt, q);
    if (c !== 0) return c < 0;
  }
  return false;
}

/** "had" + a participle (not "had to", "had a") within the clause window around [i, j). */
function pastPerfectNear(tt: Toks, i: number, j: number, sent: number): boolean {
  for (let k = Math.max(0, i - LEFT); k < Math.min(tt.n, j + RIGHT); k++) {
    if (tt.sent[k] !== sent || (k >= i && k < j) || tt.word(k) !== 'had') continue;
    // Skip a negation or an adverb: "had not called", "had already left", "had previously been".
    let p = k + 1;
    while (p < tt.n && tt.sent[p] === sent && (tt.word(p) === 'not' || tt.word(p) === "n't" || tt.word(p).endsWith('ly') || tt.word(p) === 'already' || tt.word(p) === 'never')) p++;
    if (p >= tt.n || tt.sent[p] !== sent) continue;
    const w = tt.word(p);
    if (w === 'been' || (w.length > 3 && w.endsWith('ed') && w !== 'need')) return true;
    if (PARTICIPLES.has(w)) return true;
  }
  return false;
}

/** Irregular past participles that follow "had". */
const PARTICIPLES = new Set([
  'made', 'taken', 'given', 'gone', 'done', 'seen', 'told', 'said', 'left', 'met', 'won', 'lost', 'held', 'begun', 'come', 'become',
  'written', 'spoken', 'known', 'shown', 'sent', 'set', 'put', 'kept', 'brought', 'bought', 'fought', 'thought', 'sold', 'paid', 'run',
  'risen', 'fallen', 'grown', 'driven', 'eaten', 'beaten', 'chosen', 'broken', 'stolen', 'frozen', 'forgotten', 'gotten', 'hidden', 'ridden',
  'thrown', 'flown', 'drawn', 'worn', 'torn', 'sworn', 'blown', 'withdrawn', 'arisen', 'fled', 'found', 'struck', 'hit', 'shot', 'spent',
  'built', 'heard', 'felt', 'led', 'meant', 'stood', 'understood', 'sought', 'caught', 'taught', 'slept', 'sunk', 'sung', 'got', 'had',
]);

/** Verbs that move a date: "extended to Nov. 20", "postponed to Monday" (not "in contrast to Thursday", "from Monday to Friday"). */
const MOVE_VERBS = /^(?:extend|postpone|delay|move|push|adjourn|defer|put|set|reschedul|chang|advanc|bring|brought)/;

/** How far back the moving verb may stand: "rescheduled most of its primary races to June 2". */
const MOVE_REACH = 8;

function movedTo(tt: Toks, k: number, sent: number): boolean {
  if (hasFromBefore(tt, k, sent)) return false;
  for (let m = k - 1; m >= Math.max(0, k - MOVE_REACH) && tt.sent[m] === sent; m--) if (MOVE_VERBS.test(tt.word(m))) return true;
  return false;
}

function hasFromBefore(tt: Toks, k: number, sent: number): boolean {
  for (let m = k - 1; m >= Math.max(0, k - 6) && tt.sent[m] === sent; m--) if (tt.word(m) === 'from' || tt.word(m) === 'between') return true;
  return false;
}

/** Left of the date an infinitive also looks ahead: "planned to leave on Thursday", "set to resume Monday". */
function leftCue(tt: Toks, k: number): -1 | 0 | 1 {
  if (tt.word(k) === 'to' && k + 1 < tt.n && tt.sent[k + 1] === tt.sent[k] && !(k > 0 && (PREPOSITIONAL_TO.has(tt.word(k - 1)) || pastMotion(tt.word(k - 1))))) {
    const nx = tt.at(k + 1);
    // A plural noun ("to officials", "to complications") is no infinitive; "to discuss", "to focus" are.
    const plural = nx.w.length > 3 && nx.w.endsWith('s') && !nx.w.endsWith('ss') && !nx.w.endsWith('us');
    if (!nx.cap && nx.digits === 0 && /^\p{Ll}/u.test(nx.w) && !NOT_VERB.has(nx.w) && !plural && !nx.w.endsWith('ed') && !nx.w.endsWith('ing'))
      return expectedInPast(tt, k) ? -1 : 1;
  }
  return cueAt(tt, k);
}

/** Words after which "to" is a preposition, not an infinitive: "according to police", "due to rain". */
const PREPOSITIONAL_TO = new Set([
  'according', 'due', 'prior', 'thanks', 'owing', 'close', 'next', 'compared', 'contrary', 'similar', 'relative', 'addition', 'pursuant',
  'regard', 'respect', 'up', 'back', 'down',
  // Verbs of going: "didn't come to work", "went to court".
  'come', 'came', 'went', 'go', 'goes',
]);

/** Past verbs that take an infinitive of intent ("agreed to meet Monday"); after other past verbs "to" is a preposition ("returned to normal"). */
const INTENT = /^(?:plann|agre|decid|vot|promis|vow|pledg|threaten|expect|schedul|want|hop|intend|tri|ask|order|urg|refus|offer|prepar|arrang|us|need|aim|propos|request|call|invit|told|said)/;

function pastMotion(w: string): boolean {
  return w.length > 4 && w.endsWith('ed') && !INTENT.test(w);
}

const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'these', 'those']);

/** A participle after "be"/"been"/"to" ("to be completed", "is expected") says nothing about the past. */
const PASSIVE = new Set(['be', 'been', 'being', 'to', 'is', 'are', "'s", 'am']);

function cueAt(tt: Toks, k: number): -1 | 0 | 1 {
  const w = tt.word(k);
  if (w === 'record' && (k === 0 || tt.word(k - 1) !== 'of')) return 0;
  // "plans" and "plan" look ahead only as verbs ("plans to"), not as nouns ("vacation plans").
  if ((w === 'plans' || w === 'plan') && (k + 1 >= tt.n || tt.word(k + 1) !== 'to')) return 0;
  // "will last through the end of the year": the verb after a modal, no past cue.
  if (w === 'last' && k > 0 && BEFORE_VERB_LAST.test(tt.word(k - 1))) return 0;
  // "coming" looks ahead as an adjective ("the coming vote"), not as a verb ("huzzahs coming out of her headquarters").
  if (w === 'coming' && !(k > 0 && /^(?:the|this|in)$/.test(tt.word(k - 1))) && !(k + 1 < tt.n && tt.word(k + 1) === 'up')) return 0;
  // "next to the embassy" is a place, "the next highest country" a rank.
  if (w === 'next' && k + 1 < tt.n && (tt.word(k + 1) === 'to' || /est$/.test(tt.word(k + 1)))) return 0;
  // An -ed word after a determiner is an adjective: "a still unspecified date", "the embattled leader".
  if (k > 0 && w.endsWith('ed') && !PAST.has(w) && (DETERMINERS.has(tt.word(k - 1)) || (k > 1 && DETERMINERS.has(tt.word(k - 2)) && tt.word(k - 1).endsWith('ly')) || tt.word(k - 1) === 'still')) return 0;
  const c = cue(w);
  // "was expected to pass Bermuda late Wednesday", "were due to meet Friday": an expectation told in the past tense is one
  // whose date has come (a date still ahead reads "is expected"), unless a reporting verb shifted the tense back
  // ("officials said the vote was expected Sunday").
  if (c > 0 && FUTURE_IN_PAST.has(w) && expectedInPast(tt, k + 1)) return -1;
  if (c < 0 && k > 0 && w.endsWith('ed') && !PAST.has(w) && PASSIVE.has(tt.word(k - 1))) return 0;
  return c;
}

const FUTURE_IN_PAST = new Set(['expected', 'scheduled', 'due']);
const REPORTING = new Set(['said', 'told', 'announced', 'reported', 'stated', 'added', 'noted', 'explained', 'wrote', 'says', 'say', 'according']);

/** Token k ("to", or what follows the cue) comes after "was expected", "were due", "was": an expectation told in the past, not reported. */
function expectedInPast(tt: Toks, k: number): boolean {
  const was = (m: number) => m >= 0 && tt.sent[m] === tt.sent[k] && (tt.word(m) === 'was' || tt.word(m) === 'were');
  const at = was(k - 1) ? k - 1 : was(k - 2) && FUTURE_IN_PAST.has(tt.word(k - 1)) ? k - 2 : -1;
  return at >= 0 && !reportedBefore(tt, at);
}

/** A reporting verb earlier in the sentence of token k. */
function reportedBefore(tt: Toks, k: number): boolean {
  for (let m = k - 1; m >= 0 && tt.sent[m] === tt.sent[k]; m--) if (REPORTING.has(tt.word(m))) return true;
  return false;
}

function cue(w: string): -1 | 0 | 1 {
  if (w === 'early' || w === 'late') return 0;
  if (FUTURE.has(w)) return 1;
  if (PAST.has(w)) return -1;
  if (w.length > 4 && w.endsWith('ed') && w.charCodeAt(0) > 96) return -1;
  return 0;
}

/** Prepositions a past verb governs a date through: "published in March", "died on May 5". */
const DATE_PREPS = new Set(['in', 'on', 'during']);

/**
 * A past verb right before the date's preposition: "was published in March", "began in March", "died on May 5". Stronger
 * than the clause's tense, which news defaults to the past: such a month lies before the publication date.
 */
export function governedByPast(tt: Toks, i: number): boolean {
  if (i < 2 || tt.sent[i - 2] !== tt.sent[i] || !DATE_PREPS.has(tt.word(i - 1))) return false;
  return cueAt(tt, i - 2) < 0;
}
