import type { Token } from '../../core/layers.js';

/** Abbreviations whose final period belongs to the word, not to the sentence. */
const ABBREVIATIONS = new Set(
  ('mr mrs ms dr prof st sen rep gov gen lt col maj capt sgt cpl adm cmdr rev fr hon pres ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'inc corp ltd co cos bros jr sr no nos vs etc approx est dept univ assn ave blvd rd mt ft ' +
    'al fig vol pp ed eds op cf ca gov’t atty supt insp det dist calif colo conn fla ill ind kan ky ' +
    'la mass md mich minn miss mo mont neb nev okla ore pa penn tenn tex va vt wash wis wyo ariz ark del')
    .split(' '),
);

// Order matters: dotted acronyms (U.S.), numbers with separators (1,275 / 3.5 / 366th / 1990s),
// words with inner hyphens or apostrophes (Nagorno-Karabakh, Azerbaijan’s), then any other
// single character (punctuation, emoji as a whole code point).
const TOKEN = /(?:\p{Lu}\.){2,}|(?:\p{L}\.){2,}(?!\p{L})|\d+(?:[.,:]\d+)*(?:\p{L}+)?|[\p{L}\p{M}\p{N}_]+(?:[-'’&.][\p{L}\p{M}\p{N}]+)*|\S/gu;

const CLITIC = /^(.+?)(n['’]t|['’](?:s|re|ve|ll|d|m))$/i;

/** Tokens of `text` between `from` and `to`, with offsets into `text`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(slice)) !== null) {
    let start = m.index + from;
    const word = m[0];
    let end = start + word.length;
    const c = word.length > 2 && (word.includes("'") || word.includes('’')) ? CLITIC.exec(word) : null;
    if (c && c[1].length > 0 && /\p{L}/u.test(c[1])) {
      const split = start + c[1].length;
      out.push({ start, end: split, text: c[1] });
      out.push({ start: split, end, text: c[2] });
      continue;
    }
    // Keep the period of a known abbreviation or an initial ("J. Smith") with its word.
    if (text.charCodeAt(end) === 46 /* . */ && end < to && word.length <= 6) {
      const lower = word.toLowerCase();
      // "Ph.D.", "M.Sc.": a word with an inner period is an abbreviation too.
      if ((word.length === 1 && /\p{Lu}/u.test(word)) || ABBREVIATIONS.has(lower) || /^\p{L}+\.\p{L}+$/u.test(word)) {
        end += 1;
        TOKEN.lastIndex += 1;
      }
    }
    out.push({ start, end, text: text.slice(start, end) });
    start = end;
  }
  return out;
}
