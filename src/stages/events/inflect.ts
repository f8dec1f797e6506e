/**
 * Cheap English inflection for the trigger lexicon: regular forms are generated once at load,
 * irregular ones are written out in the lexicon itself. Over-generation is harmless (a form
 * that never occurs costs one map entry), under-generation loses recall, so rules stay simple.
 */

export type VerbForm = 'base' | 's' | 'past' | 'ing';

const VOWEL = /[aeiou]/;

/** Whether the final consonant doubles before -ed/-ing (stop → stopped): short CVC stems. */
function doubles(lemma: string): boolean {
  const n = lemma.length;
  if (n < 3 || n > 4) return false; // longer stems are mostly unstressed-final (visit, target)
  const [a, b, c] = [lemma[n - 3], lemma[n - 2], lemma[n - 1]];
  if (n === 4 && VOWEL.test(lemma[0])) return false; // open → opened, edit → edited
  return !VOWEL.test(a) && VOWEL.test(b) && !VOWEL.test(c) && !/[wxy]/.test(c);
}

/** Regular forms of a verb lemma, keyed by form. */
export function verbForms(lemma: string): Record<VerbForm, string> {
  let s: string;
  let past: string;
  let ing: string;
  if (/[^aeiou]y$/.test(lemma)) {
    s = lemma.slice(0, -1) + 'ies';
    past = lemma.slice(0, -1) + 'ied';
    ing = lemma + 'ing';
  } else if (/(?:s|sh|ch|x|z)$/.test(lemma)) {
    s = lemma + 'es';
    past = lemma + 'ed';
    ing = lemma + 'ing';
  } else if (/ee$/.test(lemma)) {
    // agree → agreed, agreeing
    s = lemma + 's';
    past = lemma + 'd';
    ing = lemma + 'ing';
  } else if (/[^e]e$/.test(lemma)) {
    s = lemma + 's';
    past = lemma + 'd';
    ing = lemma.slice(0, -1) + 'ing';
  } else if (doubles(lemma)) {
    const d = lemma + lemma[lemma.length - 1];
    s = lemma + 's';
    past = d + 'ed';
    ing = d + 'ing';
  } else {
    s = lemma + 's';
    past = lemma + 'ed';
    ing = lemma + 'ing';
  }
  return { base: lemma, s, past, ing };
}

/** Singular and plural of an event noun. */
export function nounForms(noun: string): string[] {
  if (/[^aeiou]y$/.test(noun)) return [noun, noun.slice(0, -1) + 'ies'];
  if (/(?:s|sh|ch|x|z)$/.test(noun)) return [noun, noun + 'es'];
  return [noun, noun + 's'];
}
