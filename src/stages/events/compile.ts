/** Expands the lemma lexicon into lookup tables keyed by lower-case token text, once per process. */
import { BLOCKING_PHRASES, LEXICON } from './lexicon.js';
import { nounForms, verbForms, type VerbForm } from './inflect.js';

export type Pos = 'verb' | 'noun';

export interface Reading {
  type: string;
  pos: Pos;
  /** For verbs, which inflection the token is ('past' covers participles). */
  form: VerbForm | 'noun';
}

export interface Phrase {
  /** Lower-case word alternatives per slot; a null slot is a gap of up to three words. */
  slots: (ReadonlySet<string> | null)[];
  /** Null for a blocking phrase. */
  type: string | null;
  /** Whether the first word is an inflected verb (drives voice and tense). */
  verbal: boolean;
  /** For a verbal phrase, which inflection each form of its first word is. */
  firstForms: ReadonlyMap<string, VerbForm>;
}

export interface Lexicon {
  words: Map<string, Reading[]>;
  /** Phrases keyed by every form of their first word. */
  phrases: Map<string, Phrase[]>;
}

function classify(form: string): VerbForm {
  if (form.endsWith('ing')) return 'ing';
  if (form.endsWith('s') && !form.endsWith('ss')) return 's';
  return 'past';
}

/** Every form of a verb spec ("flee:fled"), with the inflection each one is. */
function expandVerb(spec: string): [string, VerbForm][] {
  const [lemma, extra] = spec.split(':');
  const f = verbForms(lemma);
  const out: [string, VerbForm][] = [[f.base, 'base'], [f.s, 's'], [f.past, 'past'], [f.ing, 'ing']];
  // An irregular verb has no regular past ("fleed"): its extras replace it.
  if (extra) {
    const extras = extra.split(',');
    const keep = out.filter(([, k]) => !extras.some((e) => classify(e) === k));
    return [...keep, ...extras.map((e): [string, VerbForm] => [e, classify(e)])];
  }
  return out;
}

function expandNoun(spec: string): string[] {
  if (spec.startsWith('=')) return [spec.slice(1)];
  if (spec.endsWith('!')) return [spec.slice(0, -1)];
  return nounForms(spec);
}

function add(words: Map<string, Reading[]>, key: string, r: Reading): void {
  const list = words.get(key);
  if (!list) words.set(key, [r]);
  else if (!list.some((x) => x.type === r.type && x.pos === r.pos && x.form === r.form)) list.push(r);
}

function addPhrase(phrases: Map<string, Phrase[]>, spec: string, type: string | null): void {
  const firstForms = new Map<string, VerbForm>();
  const slots = spec.split(' ').map((w, k): ReadonlySet<string> | null => {
    if (w === '*') return null;
    if (!w.startsWith('~')) return new Set([w]);
    const forms = expandVerb(w.slice(1));
    if (k === 0) for (const [f, form] of forms) firstForms.set(f, form);
    return new Set(forms.map(([f]) => f));
  });
  const verbal = spec.startsWith('~');
  const first = slots[0];
  if (!first) return;
  for (const w of first) {
    const list = phrases.get(w) ?? [];
    list.push({ slots, type, verbal, firstForms });
    phrases.set(w, list);
  }
}

// Verbs whose regular forms need an irregular lemma for phrases ("took", "held", "lost").
const PHRASE_VERBS: Record<string, string> = {
  take: 'take:took,taken,taking,takes',
  hold: 'hold:held,holding,holds',
  lose: 'lose:lost,losing,loses',
  set: 'set:set,setting,sets',
  catch: 'catch:caught,catching,catches',
};

let cached: Lexicon | null = null;

export function lexicon(): Lexicon {
  if (cached) return cached;
  const words = new Map<string, Reading[]>();
  const phrases = new Map<string, Phrase[]>();
  for (const [type, entry] of Object.entries(LEXICON)) {
    for (const spec of entry.verbs ?? []) for (const [f, form] of expandVerb(spec)) add(words, f, { type, pos: 'verb', form });
    for (const spec of entry.nouns ?? []) for (const f of expandNoun(spec)) add(words, f, { type, pos: 'noun', form: 'noun' });
    for (const spec of entry.phrases ?? []) {
      const fixed = spec.replace(/~(\w+)/, (m, v: string) => (PHRASE_VERBS[v] ? '~' + PHRASE_VERBS[v] : m));
      addPhrase(phrases, fixed, type);
    }
  }
  for (const spec of BLOCKING_PHRASES) addPhrase(phrases, spec, null);
  // Longest phrases first, so "~set * on fire" wins over "~set fire".
  for (const list of phrases.values()) list.sort((a, b) => b.slots.length - a.slots.length);
  cached = { words, phrases };
  return cached;
}
