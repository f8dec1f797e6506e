/** Quotations that are names: a title or a nickname right after a verb of naming. */
import type { Draft } from './attribute.js';

/** Verbs that give a name, not a statement: "a report titled “Breaking the Silence”", "a hacker known as “Guccifer”". */
const NAMING = /^(?:titled|entitled|named|dubbed|nicknamed|codenamed|code-named|christened|known as|called)$/i;
const MAX_NAME_WORDS = 8;
const NOT_NAMED = new Set('who whom which that he she they it we i you was were is are be been being has have had also once repeatedly publicly later then'.split(' '));

/**
 * A quotation right after a naming verb is a title or a name, not a quote (the "a quoted title inside a sentence
 * is not a quotation"). "called" only names with nothing between ("a film called “Argo”"); "called it “a disaster”" quotes.
 */
export function isNamed(text: string, d: Draft): boolean {
  // (A mixed reading that is only an article and the quotation, 'the “Kim Kardashian of Pakistan,”', names too.)
  const articleAndQuote = d.kind === 'mixed' && /^(?:the|a|an)\s+["“][^"“”]*["”]$/i.test(text.slice(d.content.start, d.content.end));
  if ((d.kind !== 'direct' && !articleAndQuote) || !d.cue || d.cue.end > d.content.start) return false;
  const between = text.slice(d.cue.end, d.content.start);
  const cue = text.slice(d.cue.start, d.cue.end) + (/^\s+as\s*$/i.test(between) ? ' as' : '');
  // ("nicknamed the “Kim Kardashian of Pakistan”": an article may stand before the name.)
  if (!NAMING.test(cue.replace(/\s+/g, ' ')) || !/^\s*(?:as\s*)?(?:(?:the|a|an)\s+)?,?\s*$/i.test(between)) return false;
  // The thing named stands right before the verb ("a film called", "the report, titled"); a subject or an object
  // there ("Beck called", "who Trump dubbed", "which he called") makes the quotation an epithet someone used.
  const lead = text.slice(Math.max(0, d.cue.start - 40), d.cue.start).trimEnd();
  const before = lead.endsWith(',') ? ',' : (/(\S+)$/.exec(lead)?.[1] ?? '');
  if (before !== ',' && (!/^\p{Ll}+$/u.test(before) || NOT_NAMED.has(before))) return false;
  return text.slice(d.content.start, d.content.end).trim().split(/\s+/).length <= MAX_NAME_WORDS;
}
