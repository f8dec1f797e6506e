/**
 * Name keys for linking entities across documents. `fold` makes spellings comparable
 * (case, diacritics, punctuation); `skeleton` goes further and maps the usual alternations
 * of romanised names (Mohammed / Muhammad / Mohamed, Aliyev / Aliev, Zelensky / Zelenskyy)
 * to one key. All functions are linear in the name's length and never throw.
 */

const MARKS = /[\u0300-\u036f]/g;
const NON_WORD = /[^\p{L}\p{N}]+/gu;
const LEADING_THE = /^the /;

/**
 * A bounded memo: linking folds the same few thousand names over and over (every candidate's
 * every name, for every document), so each is computed once per process.
 */
function memo(f: (s: string) => string): (s: string) => string {
  let cache = new Map<string, string>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) {
      if (cache.size >= 50_000) cache = new Map();
      cache.set(s, (v = f(s)));
    }
    return v;
  };
}

/** Lower case, no diacritics, words separated by single spaces, no leading "the". */
export const fold = memo(foldName);

function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(/['’ʼ`]/g, '')
    .replace(NON_WORD, ' ')
    .trim()
    .replace(LEADING_THE, '');
}

// Digraphs first, then single letters; applied left to right, so the table order matters.
const DIGRAPHS: Array<[string, string]> = [
  ['dzh', 'j'], ['tch', 'c'], ['kh', 'h'], ['gh', 'g'], ['ph', 'f'], ['th', 't'], ['sh', 's'], ['ch', 'c'], ['zh', 'j'],
  ['ck', 'k'], ['dj', 'j'], ['ou', 'u'], ['oo', 'u'], ['ee', 'i'], ['ie', 'i'], ['iy', 'i'], ['yy', 'i'],
];
const LETTER: Record<string, string> = { q: 'k', c: 'k', w: 'v', y: 'i', x: 'ks', z: 's', j: 'j' };
const VOWEL = /[aeiou]/;

/** A consonant skeleton of one folded word: its first letter, then its consonants without repeats. */
export const wordSkeleton = memo(wordSkeletonOf);

function wordSkeletonOf(word: string): string {
  let w = word;
  for (const [from, to] of DIGRAPHS) if (w.includes(from)) w = w.split(from).join(to);
  let mapped = '';
  for (const ch of w) mapped += LETTER[ch] ?? ch;
  // A silent h after a consonant (Mohammed/Mohamed, Ahmed/Ahmad both keep theirs) carries nothing.
  let out = mapped[0] ?? '';
  for (let i = 1; i < mapped.length; i++) {
    const ch = mapped[i];
    if (VOWEL.test(ch) || ch === 'h') continue;
    if (out[out.length - 1] === ch) continue;
    out += ch;
  }
  return out;
}

export const skeleton = memo((name: string): string =>
  fold(name)
    .split(' ')
    .filter(Boolean)
    .map(wordSkeleton)
    .join(' '),
);

/** Initials of a multi-word name ("United Nations" → "un"), skipping small function words. */
const SMALL = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'de', 'du', 'la', 'le', 'al', 'el']);
export function initials(name: string): string {
  const words = fold(name).split(' ').filter((w) => w && !SMALL.has(w));
  return words.length >= 2 ? words.map((w) => w[0]).join('') : '';
}

/** An all-capitals short name is an acronym ("UN", "NATO", "U.S."). */
export function isAcronym(name: string): boolean {
  const letters = name.replace(/[.\s]/g, '');
  return letters.length >= 2 && letters.length <= 8 && /^[\p{Lu}\d&]+$/u.test(letters);
}

/** Levenshtein similarity in [0, 1] of two short strings (names), bounded to keep it cheap. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (!a || !b) return 0;
  if (a.length > 80 || b.length > 80) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return 1 - prev[b.length] / Math.max(a.length, b.length);
}

export function lastWord(folded: string): string {
  const i = folded.lastIndexOf(' ');
  return i < 0 ? folded : folded.slice(i + 1);
}
