/**
 * Which trigger candidates report something that happened (or, for scheduled civic events,
 * will happen): not negated, not hypothetical, not part of a name, not a quoted slogan, and not
 * a second word for the same event ("killed and massacred" is one killing).
 */
import { firstStartingAtOrAfter } from '../../core/span.js';
import type { Ctx } from './context.js';
import type { Trigger } from './find.js';
import { EVENT_TYPES } from './lexicon.js';
import { CLAUSE_MARKS, DETERMINERS, IRREALIS, MODALS, NEGATIONS, PASSIVE_AUX } from './words.js';

const PERFECT = new Set(['have', 'has', 'had', '’ve', "'ve"]);
/** Modals that make a perfect counterfactual ("would have died"); "may have been killed" is a hedged report. */
const COUNTERFACTUAL = new Set(['would', 'could', 'should', '’d', "'d"]);

/** Whether a verb trigger is negated or hypothetical ("did not attack", "plans to attack"). */
function irrealisVerb(ctx: Ctx, t: Trigger, from: number): boolean {
  const incident = EVENT_TYPES[t.type]?.family === 'incident';
  let perfect = false;
  for (let j = t.first - 1; j >= from && j >= t.first - 4; j--) {
    const w = ctx.lower[j];
    if (NEGATIONS.has(w)) return true;
    if (PERFECT.has(w)) {
      perfect = true;
      continue;
    }
    if (PASSIVE_AUX.has(w) || w.endsWith('ly')) continue;
    // "will attack", "to kill": not (yet) an event; "may have been killed", "is said to have
    // killed" report one, hedged, and stay. Scheduled civic events ("will meet") stay too.
    // "he would have died": a counterfactual never happened.
    if (perfect && COUNTERFACTUAL.has(w)) return true;
    if (MODALS.has(w) || w === 'to') return incident && !perfect;
    return false;
  }
  return false;
}

/** Whether a noun trigger is negated or hypothetical ("no deaths", "the threat of war"). */
function irrealisNoun(ctx: Ctx, t: Trigger, from: number): boolean {
  for (let j = t.first - 1; j >= from && j >= t.first - 3; j--) {
    const w = ctx.lower[j];
    if (w === 'no' || w === 'without') return true;
    if (IRREALIS.has(w)) return true;
    if (CLAUSE_MARKS.has(w) || w === ',') return false;
  }
  return false;
}

// “ " « „ open; ” " » “ close (“ closes in German-style „…“ quoting).
const isOpenQuote = (c: number): boolean => c === 0x201c || c === 0x22 || c === 0xab || c === 0x201e;
const isCloseQuote = (c: number): boolean => c === 0x201d || c === 0x22 || c === 0xbb || c === 0x201c;
const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x09 || c === 0xa0 || Number.isNaN(c);
const SLOGAN_CHARS = 80;

/**
 * Whether the trigger sits in a short quotation with no figure in it: a slogan or a title
 * ("the 'Stop the War' campaign"), not a report. Bounded scans, so linear overall.
 */
function inSlogan(ctx: Ctx, t: Trigger, sStart: number, sEnd: number, hasFigure: (a: number, b: number) => boolean): boolean {
  const text = ctx.text;
  const a = ctx.tokens[t.first].start;
  const b = ctx.tokens[t.last].end;
  let open = -1;
  for (let i = a - 1; i >= sStart && i >= a - SLOGAN_CHARS; i--) {
    const c = text.charCodeAt(i);
    if (isOpenQuote(c)) {
      open = i;
      break;
    }
    if (isCloseQuote(c)) return false;
  }
  if (open < 0 || isSpace(text.charCodeAt(open + 1))) return false;
  let close = -1;
  for (let i = b; i < sEnd && i < open + SLOGAN_CHARS; i++) {
    if (isCloseQuote(text.charCodeAt(i))) {
      close = i;
      break;
    }
  }
  if (close < 0 || isSpace(text.charCodeAt(close - 1))) return false;
  return !hasFigure(open, close);
}

/** What words, rulings and inquiries are: "attacked the investigation as a witch hunt" is criticism, not violence. */
const DISCOURSE = new Set(('investigation investigations inquiry inquiries probe proclamation decision decisions ruling rulings subpoena ' +
  'policy policies plan plans proposal proposals bill bills law laws remarks comments statement statements report reports media press ' +
  'idea ideas move deal verdict process impeachment announcement speech remark claim claims court judge ruling').split(' '));
const ATTACK_VERBS = new Set(['attack', 'attacks', 'attacked', 'attacking']);

/** An attack verb whose object is a statement or an institution's act ("attacked the impeachment inquiry"). */
function verbalAttack(ctx: Ctx, t: Trigger, end: number): boolean {
  if (t.pos !== 'verb' || !ATTACK_VERBS.has(ctx.lower[t.first])) return false;
  for (let k = t.last + 1; k < end && k <= t.last + 4; k++) {
    const w = ctx.lower[k];
    if (DISCOURSE.has(w)) return true;
    if (!/^[a-z][a-z-]*$/.test(w) || ctx.mentionStartingAt[k] !== -1) return false;
  }
  return false;
}

/** Illnesses and fires: "a battle with throat cancer", "firefighters battled the blaze" are no war. */
const ILLNESS_OR_FIRE = new Set(('cancer illness illnesses disease diseases leukemia leukaemia tumour tumor covid-19 covid coronavirus ' +
  'pneumonia addiction depression infection virus flu aids hiv dementia alzheimer’s alzheimer\'s parkinson’s parkinson\'s ' +
  'blaze blazes flames fire fires wildfire wildfires').split(' '));
const FIGHT_WORDS = new Set(['battle', 'battles', 'battled', 'battling', 'fight', 'fights', 'fought', 'fighting']);

/** A battle or fight whose opponent, within four words, is an illness or a fire. */
function fightAgainstIllness(ctx: Ctx, t: Trigger, end: number): boolean {
  if (t.type !== 'conflict' || !FIGHT_WORDS.has(ctx.lower[t.first])) return false;
  for (let k = t.last + 1; k < end && k <= t.last + 4; k++) {
    const w = ctx.lower[k];
    if (ILLNESS_OR_FIRE.has(w)) return true;
    if (!/^[a-z][a-z'’-]*$/.test(w) || ctx.mentionStartingAt[k] !== -1) return false;
  }
  return false;
}

/** What records pictures: "CCTV captured their arrival", "video captured two factions fighting". */
const RECORDERS = new Set('video videos footage camera cameras cctv image images photo photos photograph photographs recording'.split(' '));

/** A capture whose subject, right before it, is a camera or a recording. */
function recorded(ctx: Ctx, t: Trigger, from: number): boolean {
  if (t.pos !== 'verb' || !ctx.lower[t.first].startsWith('captur')) return false;
  const k = t.first - 1;
  return k >= from && RECORDERS.has(ctx.lower[k]);
}

/** What one meets that is no one: "meets their needs", "met the deadline". */
const MET_THINGS = new Set('needs need requirements requirement expectations expectation standards standard criteria demand demands goal goals target targets deadline deadlines threshold obligations'.split(' '));

/** A meeting verb whose object, within three words, is a need or a standard. */
function meetsNeeds(ctx: Ctx, t: Trigger, end: number): boolean {
  if (t.type !== 'meeting' || !/^(?:meet|meets|met|meeting)$/.test(ctx.lower[t.first])) return false;
  for (let k = t.last + 1; k < end && k <= t.last + 3; k++) {
    if (MET_THINGS.has(ctx.lower[k])) return true;
    if (!/^[a-z][a-z'’-]*$/.test(ctx.lower[k])) return false;
  }
  return false;
}

/** What an event noun may classify rather than report: "assault rifles", "attack helicopters", "military assault or logistics purposes". */
const CLASSIFIED = new Set(('purpose purposes use uses rifle rifles weapon weapons gun guns helicopter helicopters aircraft vehicle vehicles ' +
  'craft drone drones submarine submarines dog dogs capability capabilities equipment gear training').split(' '));

/** An event noun used as a modifier of such a noun, directly or through "or/and X" ("assault or logistics purposes"). */
function classifier(ctx: Ctx, t: Trigger, end: number): boolean {
  if (t.pos !== 'noun') return false;
  for (let k = t.last + 1; k < end && k <= t.last + 3; k++) {
    const w = ctx.lower[k];
    if (CLASSIFIED.has(w)) return true;
    if (!/^[a-z][a-z-]*$/.test(w) || ctx.mentionStartingAt[k] !== -1 || (k === t.last + 1 && w !== 'or' && w !== 'and')) return false;
  }
  return false;
}

/**
 * A verb trigger in -s that stands in a noun phrase: "struck 30 Hezbollah targets", "the bombs", "its shells" (a plural
 * noun the lexicon has no event noun for). After a determiner, a number or "'s", directly or before a name.
 */
function pluralNounReading(ctx: Ctx, t: Trigger, from: number): boolean {
  if (t.pos !== 'verb' || t.first !== t.last || !/[a-z]s$/.test(ctx.lower[t.first])) return false;
  let k = t.first - 1;
  const m = k >= from ? ctx.mentionEndingAt[k] : -1;
  if (m !== -1) k = firstStartingAtOrAfter(ctx.tokens, ctx.mentions[m].start) - 1;
  if (k < from) return false;
  const w = ctx.lower[k];
  return DETERMINERS.has(w) || /^\d[\d,.]*$/.test(w) || w === "'s" || w === '’s';
}

/** Drops triggers that are no event; keeps text order. */
export function keepReported(ctx: Ctx, triggers: Trigger[], hasFigure: (a: number, b: number) => boolean): Trigger[] {
  const out: Trigger[] = [];
  for (const t of triggers) {
    const s = ctx.sentences[t.sentence];
    let named = false;
    for (let k = t.first; k <= t.last; k++) if (ctx.insideName[k] !== -1) named = true;
    if (named) continue;
    if (t.pos === 'verb' ? irrealisVerb(ctx, t, s.tokenStart) : irrealisNoun(ctx, t, s.tokenStart)) continue;
    if (inSlogan(ctx, t, s.start, s.end, hasFigure)) continue;
    if (verbalAttack(ctx, t, s.tokenEnd) || fightAgainstIllness(ctx, t, s.tokenEnd) || recorded(ctx, t, s.tokenStart) || meetsNeeds(ctx, t, s.tokenEnd)) continue;
    if (classifier(ctx, t, s.tokenEnd) || pluralNounReading(ctx, t, s.tokenStart)) continue;
    const prev = out[out.length - 1];
    if (prev && prev.sentence === t.sentence && sameEventWords(ctx, prev, t)) continue;
    out.push(t);
  }
  return out;
}

/**
 * Whether `t` is another word for `prev`'s event: same type joined by "and"/"or"/a comma
 * ("killed and massacred"), or a verb like "struck" right after an event noun
 * ("the earthquake struck").
 */
function sameEventWords(ctx: Ctx, prev: Trigger, t: Trigger): boolean {
  const gap = t.first - prev.last - 1;
  if (prev.type === t.type && gap <= 2) {
    for (let k = prev.last + 1; k < t.first; k++) {
      const w = ctx.lower[k];
      if (w !== 'and' && w !== 'or' && w !== ',') return false;
    }
    return true;
  }
  const w = ctx.lower[t.first];
  return t.pos === 'verb' && prev.pos === 'noun' && gap <= 2 && (w === 'struck' || w === 'strikes' || w === 'strike' || w === 'hit');
}
