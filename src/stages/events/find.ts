/**
 * Finding triggers: lexicon lookups on the tokens of one sentence. Phrases are tried before
 * single words (longest first); a word that is both a verb and a noun ("attack", "storm") is
 * read from the word before it. Returns candidates in text order; `filters.ts` then drops the
 * ones that do not report something that happened.
 */
import type { Ctx } from './context.js';
import { lexicon, type Phrase, type Pos, type Reading } from './compile.js';
import type { VerbForm } from './inflect.js';
import { DETERMINERS, MODALS, NEGATIONS, PASSIVE_AUX } from './words.js';

export interface Trigger {
  /** First and last token of the trigger, inclusive. */
  first: number;
  last: number;
  type: string;
  pos: Pos;
  form: VerbForm | 'noun';
  sentence: number;
}

const MAX_GAP = 3;
const PUNCT = /^[\p{P}\p{S}]$/u;

/** Token index of the phrase's last word when it matches at `i`, else -1. */
function matchPhrase(ctx: Ctx, p: Phrase, i: number, end: number): number {
  let t = i;
  for (let k = 0; k < p.slots.length; k++) {
    const slot = p.slots[k];
    if (slot === null) {
      // A gap: the next slot must match within MAX_GAP words, none of them punctuation.
      const next = p.slots[k + 1];
      if (!next) return -1;
      let found = -1;
      for (let g = t + 1; g <= t + MAX_GAP && g < end; g++) {
        if (next.has(ctx.lower[g])) {
          found = g;
          break;
        }
        if (PUNCT.test(ctx.lower[g])) break;
      }
      if (found < 0) return -1;
      t = found;
      k++;
      continue;
    }
    const at = k === 0 ? i : t + 1;
    if (at >= end || !slot.has(ctx.lower[at])) return -1;
    t = at;
  }
  return t;
}

const NOUN_CONTEXT = (w: string): boolean => DETERMINERS.has(w) || w === '’s' || w === "'s" || /^\d/.test(w);
const VERB_CONTEXT = (w: string): boolean =>
  MODALS.has(w) || PASSIVE_AUX.has(w) || NEGATIONS.has(w) || SUBJECT_PRONOUNS.has(w) || w === 'to' || w === 'have' || w === 'has' || w === 'had' || w === 'did' || w === 'do';
const ADVERBS = new Set(['still', 'also', 'often', 'now', 'then', 'again', 'never', 'already', 'just', 'regularly']);
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'they', 'he', 'she', 'it', 'who', 'which']);

/** The reading of an ambiguous word in context, or null when no reading fits ("the target"). */
function choose(readings: Reading[], prev: string): Reading | null {
  const verbs = readings.filter((r) => r.pos === 'verb');
  const nouns = readings.filter((r) => r.pos === 'noun');
  if (NOUN_CONTEXT(prev)) {
    if (nouns.length) return nouns[0];
    // "the killing" reads as a noun; "the target", "a bomb" are no events.
    const ing = verbs.find((r) => r.form === 'ing');
    return ing ? { ...ing, pos: 'noun', form: 'noun' } : null;
  }
  if (VERB_CONTEXT(prev) && verbs.length) return verbs[0];
  // Past forms are verbs; otherwise prefer the noun, the commoner reading in news prose.
  const past = verbs.find((r) => r.form === 'past');
  if (past) return past;
  if (nouns.length) return nouns[0];
  // A bare verb stem is a present-tense verb after a plural subject or an adverb ("families
  // still flee"), and otherwise a noun we do not list ("an atomic bomb test").
  if (/[^s]s$/.test(prev) || ADVERBS.has(prev) || prev.endsWith('ly')) return verbs[0] ?? null;
  return verbs.find((r) => r.form !== 'base') ?? null;
}

// Explosions caused by weapons are attacks, not accidents.
const WEAPONS = new Set(['bomb', 'bombs', 'mine', 'mines', 'grenade', 'grenades', 'rocket', 'rockets',
  'missile', 'missiles', 'shell', 'shells', 'device', 'devices', 'ied', 'ieds', 'suicide', 'explosives']);

export function findTriggers(ctx: Ctx, si: number): Trigger[] {
  const lex = lexicon();
  const s = ctx.sentences[si];
  const out: Trigger[] = [];
  const end = s.tokenEnd;
  for (let i = s.tokenStart; i < end; i++) {
    const w = ctx.lower[i];
    const phrases = lex.phrases.get(w);
    let matched = false;
    if (phrases) {
      for (const p of phrases) {
        const last = matchPhrase(ctx, p, i, end);
        if (last < 0) continue;
        matched = true;
        if (p.type !== null) {
          const gapped = p.slots.includes(null);
          const form: VerbForm | 'noun' = p.verbal ? (p.firstForms.get(w) ?? 'past') : 'noun';
          // A gapped phrase ("took 100 people hostage") is anchored on its verb alone, so the
          // trigger does not swallow the figure in the gap.
          out.push({ first: i, last: gapped ? i : last, type: p.type, pos: p.verbal ? 'verb' : 'noun', form, sentence: si });
        }
        i = last;
        break;
      }
    }
    if (matched) continue;
    const readings = lex.words.get(w);
    if (!readings) continue;
    const prev = i > s.tokenStart ? ctx.lower[i - 1] : '';
    const r = choose(readings, prev);
    if (!r) continue;
    let type = r.type;
    if (type === 'accident' && (WEAPONS.has(prev) || (i - 2 >= s.tokenStart && WEAPONS.has(ctx.lower[i - 2])))) type = 'attack';
    out.push({ first: i, last: i, type, pos: r.pos, form: r.form, sentence: si });
  }
  return out;
}
