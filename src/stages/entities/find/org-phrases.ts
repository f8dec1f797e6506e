/**
 * Long organisation names the tagger cuts into pieces: "Johns Hopkins Center | for | Systems
 * Science | and Engineering" becomes one ORG span. A span ending in an organisation head word
 * (Center, Institute, Ministry …) that is followed by "for" / "of" / "on" and a run of
 * capitalised words (joined by "and", "&", "of", "for", "the") takes in the whole run; so does a
 * name holding its complement cut at "and" before another organisation piece, and a head with a
 * "to" complement ("Global Coalition to Defeat ISIS").
 */
import type { Token } from '../../../core/layers.js';
import { MONTHS, WEEKDAYS } from '../../times/lexicon.js';
import { isTitleHead } from '../attribute/titles.js';
import type { NameSpan } from './names.js';

// Head words that take a "for/of/on" complement; narrower than the tagger's gazetteer "orgword"
// list, whose suffixes ("Inc", "Times", "United", "City") never do.
const HEADS = new Set(('center centre institute institution department ministry university council committee commission ' +
  'agency office bureau foundation association organization organisation union court board service academy college school ' +
  'hospital laboratory laboratories program programme project society federation league authority fund bank ' +
  'coalition alliance campaign movement network forum partnership initiative party').split(' '));
/** Verbs that open a "to" complement of a name ("Coalition to Defeat ISIS"), though the tagger may have taken them for a name. */
const PURPOSE_VERBS = new Set(('defeat protect stop end save fight prevent combat abolish ban free counter support promote restore ' +
  'eliminate eradicate reform preserve defend').split(' '));
const OPENERS = new Set(['for', 'of', 'on']);
const JOINERS = new Set(['and', '&', 'of', 'for', 'the', 'on']);
const MAX_RUN = 10;

const isCapitalised = (t: string) => /^\p{Lu}/u.test(t);
/** "Syrian", "Russian", "Israeli", "Chinese", "Turkish", "Iraqi": the forms of a people's adjective. */
const PEOPLES_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:an|ese|i|ish|ic)$/u;

/** `spans` sorted by start; returns them with cut organisation names joined. */
export function joinOrgPhrases(spans: readonly NameSpan[], tokens: readonly Token[], sentenceEnd: (sentence: number) => number,
  knownOrg: (name: string) => boolean = () => false, knownPlace: (name: string) => boolean = () => false): NameSpan[] {
  const out: NameSpan[] = [];
  const starts = new Set(spans.map((s) => s.tokenStart));
  for (let i = 0; i < spans.length; i++) {
    let s = spans[i];
    // "the Syrian | Observatory for Human Rights", "the Russian | Defence Ministry": a people's adjective right
    // before an organisation's name, after "the", is part of it.
    const next = spans[i + 1];
    if (next && s.label === 'MISC' && next.label === 'ORG' && next.tokenStart === s.tokenEnd && s.tokenEnd - s.tokenStart === 1 &&
      s.tokenStart > 0 && tokens[s.tokenStart - 1].text.toLowerCase() === 'the' && PEOPLES_ADJECTIVE.test(tokens[s.tokenStart].text)) {
      s = { ...next, start: s.start, tokenStart: s.tokenStart };
      i++;
    }
    let end = endsInHead(s, tokens) ? extension(s, tokens, personOrSentenceEnd(spans, i, sentenceEnd(s.sentence)), starts) : s.tokenEnd;
    // "American Society for Biochemistry | and | Molecular Biology": a name with its complement, cut at "and" before another organisation piece.
    const after = spans[i + 1];
    if (end === s.tokenEnd && after && after.label === 'ORG' && after.tokenStart === s.tokenEnd + 1 && after.sentence === s.sentence &&
      (tokens[s.tokenEnd].text === 'and' || tokens[s.tokenEnd].text === '&') && hasComplement(s, tokens, knownPlace) && !HEADS.has(tokens[after.tokenStart].text.toLowerCase()) &&
      !knownOrg(tokens.slice(after.tokenStart, after.tokenEnd).map((t) => t.text).join(' ')) && !/^\p{Lu}+$/u.test(tokens[after.tokenStart].text)) {
      end = after.tokenEnd;
    }
    if (end === s.tokenEnd) {
      out.push(s);
      continue;
    }
    out.push({ ...s, end: tokens[end - 1].end, tokenEnd: end, label: 'ORG' });
    // Drop the pieces the joined name now covers.
    while (i + 1 < spans.length && spans[i + 1].tokenStart < end) i++;
  }
  return out;
}

/**
 * Whether the span holds a head word with a complement that names a field ("Society for Biochemistry"), not a place
 * ("University of Miami | and | Apex Shark Expeditions" are two organisations).
 */
function hasComplement(s: NameSpan, tokens: readonly Token[], knownPlace: (name: string) => boolean): boolean {
  if (s.label === 'PER') return false;
  for (let k = s.tokenStart; k + 2 < s.tokenEnd; k++) {
    if (!HEADS.has(tokens[k].text.toLowerCase()) || !OPENERS.has(tokens[k + 1].text)) continue;
    return !knownPlace(tokens.slice(k + 2, s.tokenEnd).map((t) => t.text).join(' '));
  }
  return false;
}

const endsInHead = (s: NameSpan, tokens: readonly Token[]) => s.label !== 'PER' && HEADS.has(tokens[s.tokenEnd - 1].text.toLowerCase());

/** A person named after the organisation ends it: "… Center for Systems Science Director Lauren Gardner". */
function personOrSentenceEnd(spans: readonly NameSpan[], i: number, lim: number): number {
  for (let j = i + 1; j < spans.length && spans[j].tokenStart < lim; j++) if (spans[j].label === 'PER') return spans[j].tokenStart;
  return lim;
}

/** Token index after the organisation name that starts with span `s`, which ends in a head word (s.tokenEnd when it does not go on). */
function extension(s: NameSpan, tokens: readonly Token[], lim: number, starts: ReadonlySet<number>): number {
  let k = s.tokenEnd;
  if (k + 1 >= lim || !isCapitalised(tokens[k + 1].text)) return s.tokenEnd;
  // "Committee to Protect Journalists", "Campaign to Stop Killer Robots" (not "the Ministry to New York": a place the tagger found).
  const to = tokens[k].text === 'to' && k + 2 < lim && isCapitalised(tokens[k + 2].text) &&
    (!starts.has(k + 1) || PURPOSE_VERBS.has(tokens[k + 1].text.toLowerCase()));
  if (!OPENERS.has(tokens[k].text) && !to) return s.tokenEnd;
  k++;
  let end = s.tokenEnd;
  for (let n = 0; k < lim && n < MAX_RUN; k++, n++) {
    const t = tokens[k].text;
    // "on Wednesday", "on February 21": a date, not part of the name.
    if (MONTHS.has(t.toLowerCase()) || WEEKDAYS.has(t.toLowerCase())) break;
    // "University of Washington and Center for …": a second organisation, not one name.
    if (t === 'and' && k + 1 < lim && HEADS.has(tokens[k + 1].text.toLowerCase())) break;
    if (isCapitalised(t) && /^\p{L}/u.test(t)) end = k + 1;
    else if (!JOINERS.has(t)) break;
  }
  // Title words before the person ("Director") are not part of the name.
  while (end > s.tokenEnd + 2 && isTitleHead(tokens[end - 1].text)) end--;
  return end;
}
