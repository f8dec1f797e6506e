/**
 * What a figure counts: the head noun of the phrase after it, skipping modifiers
 * ("1,275 innocent residents" → residents), going through "of" ("dozens of civilians"),
 * keeping the last noun of a compound ("50 police officers" → officers).
 */
import type { Figure } from './figure.js';
import type { TokenView } from './read.js';
import { classOf, type WordClass } from './wordclass.js';

const OF_DETERMINERS = new Set(['the', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'a', 'an', 'all', 'this', 'that']);
const OF_PRONOUNS = new Set(['them', 'us', 'whom', 'which', 'those', 'these', 'it', 'you', 'theirs', 'ours']);
/** Nouns of time that follow a count without being what it counts ("10 people today"). */
const NOT_COMPOUND = new Set(['today', 'yesterday', 'tomorrow', 'tonight', 'overnight', 'ago', 'apiece', 'each', 'alone', 'total', 'so', 'far']);
const MAX_WORDS = 6;
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);

export interface Counted {
  counted: string;
  /** Token index of the head noun, or -1. */
  head: number;
  /** Token index of the first noun of a compound head ("vote" in "vote margin"). */
  first?: number;
}

function isWordToken(v: TokenView, k: number): boolean {
  const t = v.tokens[k].text;
  const c = t.charCodeAt(0);
  // Letters (Latin and beyond); digits and punctuation (also "–", "…") end the phrase.
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 191 && !/^\p{P}/u.test(t));
}

function isCapitalised(s: string): boolean {
  const c = s.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 191 && s[0] !== s[0].toLowerCase());
}

/** The class of a token in the noun phrase: capitalised unknown words are name-like modifiers ('M'). */
function tokenClass(raw: string, lower: string): WordClass | 'M' {
  if (!isCapitalised(raw)) return classOf(lower);
  const c = classOf(lower);
  if (c === 'F' || c === 'S') return c;
  // "two Azerbaijanis": a capitalised plural is a head, a capitalised singular a modifier.
  if (lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss') && !raw.endsWith("'s")) return 'S';
  return 'M';
}

/** Quotation marks, straight and curly. */
export const QUOTE_MARKS = new Set(['"', '“', '”', "'", '‘', '’']);

export function countedOf(v: TokenView, f: Figure): Counted {
  if (f.percent) return { counted: f.points ? 'percentage points' : 'percent', head: -1 };
  if (f.unitCounted) return { counted: f.unitCounted, head: -1 };
  // "Millions dwell in slums": a vague plural counts only through "of" ("dozens of civilians").
  if (f.kind === 'vague' && !(f.after < f.lim && v.tokens[f.after].text.toLowerCase() === 'of')) return { counted: '', head: -1 };
  const c = nounPhraseHead(v, f.after, f.lim);
  // "a 149 vote margin", "a 10 point lead": after "a", a number above one cannot count the
  // singular head; it counts the singular noun it modifies (as "a 149-vote margin" does).
  if (c.first !== undefined && c.first !== c.head && f.value > 1 && f.exprFirst - 1 >= f.from &&
    /^an?$/i.test(v.tokens[f.exprFirst - 1].text) && classOf(c.counted) === 'N' && classOf(v.tokens[c.first].text.toLowerCase()) === 'N') {
    return { counted: v.tokens[c.first].text.toLowerCase(), head: c.first };
  }
  // "injured three others", "50 more": pronouns name nothing new; the counted noun is elided.
  if (ELIDED_HEADS.has(c.counted)) return { counted: '', head: c.head };
  // "put the number of damaged homes at nearly 3,500": an estimate counts what its measure noun is "of".
  if (c.counted === '' && f.exprFirst - 2 >= f.from && v.tokens[f.exprFirst - 1].text.toLowerCase() === 'at') {
    for (let k = f.exprFirst - 2; k > f.from && k >= f.exprFirst - 10; k--) {
      if (v.tokens[k].text.toLowerCase() !== 'of' || !MEASURED_OF.has(v.tokens[k - 1].text.toLowerCase())) continue;
      const of = nounPhraseHead(v, k, f.exprFirst - 1);
      // A count of things, not "the total of the fund".
      if (of.counted && /s$/.test(of.counted)) return { counted: of.counted, head: -1 };
      break;
    }
  }
  return c;
}
/** Nouns whose "of" phrase names what a figure set "at" counts: "the number of damaged homes at 3,500". */
const MEASURED_OF = new Set(['number', 'total', 'tally', 'count']);
const ELIDED_HEADS = new Set(['others', 'more', 'ones']);

const DEGREE = new Set(['most', 'more', 'least', 'less', 'very']);

/** The head noun of the phrase starting at token `k`. */
export function nounPhraseHead(v: TokenView, k: number, lim: number): Counted {
  // "20-member delegation": a noun glued by a hyphen is what is counted.
  if (k + 1 < lim && v.tokens[k].text === '-' && v.tokens[k].start === v.tokens[k - 1].end && isWordToken(v, k + 1)) {
    const w = v.tokens[k + 1].text.toLowerCase();
    return { counted: w, head: k + 1 };
  }
  let viaOf = false;
  if (k < lim && v.tokens[k].text.toLowerCase() === 'of') {
    viaOf = true;
    k++;
    if (k < lim && OF_PRONOUNS.has(v.tokens[k].text.toLowerCase())) return { counted: '', head: -1 };
    if (k < lim && OF_DETERMINERS.has(v.tokens[k].text.toLowerCase())) k++;
  }
  let head = -1;
  let first = -1;
  let headClass: WordClass | 'M' = 'F';
  let seen = 0;
  let names = false;
  for (; k < lim && seen < MAX_WORDS; k++, seen++) {
    // "six of the country's eight districts", "39 of South Carolina's 54 delegates": a possessor
    // is a determiner, the phrase goes on.
    if ((head >= 0 || names) && viaOf && POSSESSIVE.has(v.tokens[k].text) && v.tokens[k].start === v.tokens[k - 1].end) {
      head = -1;
      names = false;
      continue;
    }
    // "12 of the 41 delegates": the second number belongs to the same noun.
    if (viaOf && head < 0 && !names && isDigitToken(v, k) && !/^(?:1[89]|20)\d\d$/.test(v.tokens[k].text)) continue;
    // '370 "jackal horns"': a scare quote opens the noun phrase.
    if (head < 0 && seen === 0 && QUOTE_MARKS.has(v.tokens[k].text) && k + 1 < lim && isWordToken(v, k + 1) &&
      v.tokens[k - 1].end < v.tokens[k].start && v.tokens[k].end === v.tokens[k + 1].start) continue;
    // "measles-related deaths", "measles related deaths": a noun and a participle of relation modify the noun after them.
    if ((head >= 0 || names) && RELATION.has(v.tokens[k + (v.tokens[k].text === '-' ? 1 : 0)]?.text.toLowerCase() ?? '')) {
      const n = k + (v.tokens[k].text === '-' ? 2 : 1);
      if (n < lim && isWordToken(v, n) && !isCapitalised(v.tokens[n].text) && classOf(v.tokens[n].text.toLowerCase()) === 'S') {
        head = -1;
        names = false;
        k = n - 1;
        continue;
      }
    }
    // "anime and manga fans", "American and coalition service members": modifiers joined by "and"/"or" before a plural head.
    if ((names || headClass === 'N') && (v.tokens[k].text === 'and' || v.tokens[k].text === 'or') && pluralAhead(v, k + 1, lim)) {
      head = -1;
      headClass = 'F';
      continue;
    }
    if (!isWordToken(v, k)) break;
    const raw = v.tokens[k].text;
    const w = raw.toLowerCase();
    let c = tokenClass(raw, w);
    if (head < 0) {
      // Right after a number a word in -s is a plural noun even if it can be a verb ("5 attacks").
      if (c === 'V' && w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && seen === 0) c = 'S';
      // "11,187 recorded accidents": a past form before a noun is a participle modifier; "two elaborate
      // outfits": any verb form right before a plural noun is an adjective.
      if (c === 'V' && k + 1 < lim && isWordToken(v, k + 1)) {
        const n = classOf(v.tokens[k + 1].text.toLowerCase());
        if ((w.endsWith('ed') && (n === 'S' || n === 'N')) || (n === 'S' && w.length > 3)) c = w.endsWith('ed') ? 'P' : 'J';
      }
      // "25 most influential Americans": after a degree word, an unknown word is an adjective.
      if (c === 'N' && seen > 0 && DEGREE.has(v.tokens[k - 1].text.toLowerCase())) c = 'J';
      if (c === 'S' || c === 'N') {
        if (NOT_COMPOUND.has(w)) break;
        head = k;
        first = k;
        headClass = c;
        continue;
      }
      if (c === 'M') names = true;
      if (c === 'J' || c === 'G' || c === 'P' || c === 'R' || c === 'M') continue;
      break;
    }
    // "eight independent MPs": a plural acronym after a singular head is the head.
    if (headClass === 'N' && /^\p{Lu}{2,}s$/u.test(raw)) {
      head = k;
      headClass = 'S';
      continue;
    }
    // A compound continues with lower-case nouns: "police officers", "aid workers".
    if (isCapitalised(raw) || NOT_COMPOUND.has(w)) break;
    if (c === 'S' || (c === 'N' && headClass === 'N')) {
      head = k;
      headClass = c;
      continue;
    }
    break;
  }
  if (head < 0) return { counted: '', head: -1 };
  return { counted: v.tokens[head].text.toLowerCase(), head, first };
}

/** Participles of relation between a modifying noun and the head: "measles-related deaths". */
const RELATION = new Set(['related', 'linked', 'connected', 'induced', 'caused']);

/** Whether, within three words from k, a lower-case plural noun ends a run of modifiers ("manga fans", "coalition service members"). */
function pluralAhead(v: TokenView, k: number, lim: number): boolean {
  for (let j = k; j < lim && j < k + 3; j++) {
    if (!isWordToken(v, j)) return false;
    const raw = v.tokens[j].text;
    const c = tokenClass(raw, raw.toLowerCase());
    if (c === 'S' && !isCapitalised(raw)) return true;
    if (c !== 'N' && c !== 'J' && c !== 'M') return false;
  }
  return false;
}

function isDigitToken(v: TokenView, k: number): boolean {
  const c = v.tokens[k].text.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** Words before a bare number that show it is a count ("the death toll rose to 35"). */
export const COUNT_CONTEXT = new Set(['toll', 'tally', 'total', 'totalled', 'totaled', 'numbered', 'number', 'count', 'figure', 'numbering', 'totalling', 'totaling']);
