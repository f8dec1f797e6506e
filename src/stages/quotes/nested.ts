/**
 * Learned drafts whose contents meet: a cue inside another attribution's content, a content the
 * tagger stopped at a list comma, an "according to" closing a sentence another attribution opens, and a
 * participle right after another cue. Runs on the cued drafts of one window, after their sources are resolved
 * and before nested drafts are dropped (index.ts mergeDrafts). Each rule has an env switch (ablation).
 */
import type { Draft } from './attribute.js';
import { STRONG_CUE } from './cues.js';
import { cueLexicon } from './lexicon.js';
import { RULES } from './ablations.js';
import { GROUP_NOUNS } from './pronouns.js';
import { isTitleHead } from '../entities/attribute/titles.js';

/** Longest list tail taken in (words); 5 took in too few, 12 scored the same. */
const MAX_LIST_WORDS = 8;

/**
 * "… sanctions against Iran over its ballistic missile program, human rights violations and support for
 * terrorism.": the tagger often stops an indirect content at the first comma of a list. When the rest of
 * the sentence is short, holds an "and" / "or", no quotation mark and no other cue, it is the list's tail.
 */
export function extendLists(text: string, cued: Draft[]): Draft[] {
  if (!RULES.extendLists) return cued;
  for (const d of cued) {
    if (d.kind !== 'indirect' || !d.cue || d.content.start < d.cue.end || text[d.content.end] !== ',') continue;
    const m = /^,([^.?!;:"“”()\n]*?)[.;](?=\s|$)/.exec(text.slice(d.content.end, d.content.end + 200));
    if (!m) continue;
    const tail = m[1];
    const words = tail.trim().split(/\s+/);
    if (words.length > MAX_LIST_WORDS || !/\b(?:and|or)\b/.test(tail) || /\b(?:said|says|according|told|added)\b/.test(tail)) continue;
    const end = d.content.end + 1 + tail.length;
    if (cued.some((e) => e !== d && e.cue!.start >= d.content.end && e.cue!.start < end)) continue;
    d.content = { start: d.content.start, end: end };
  }
  return cued;
}

/** The end of an outer content just before a coordinated cue: ", and", " but also". */
const BEFORE_COORDINATED = /,?\s+(?:and|but)(?:\s+(?:also|then|later|\p{L}+ly))?\s*$/u;

/**
 * "Strategists fear that Clinton has missed a chance and warn that …": a strong cue word (lexicon p ≥ 0.5)
 * coordinated with the cue whose content holds it starts a second attribution; the first content ends
 * before the "and", and the second cue shares the first one's source. (Any cue word: "sharp and
 * relentless attacks" split too, no gain on held-out train.)
 */
export function splitCoordinated(text: string, cued: Draft[]): Draft[] {
  if (!RULES.splitCoordinated) return cued;
  for (const b of cued) {
    if (!b.cue || b.kind === 'direct' || b.content.start < b.cue.end) continue;
    for (const a of cued) {
      if (a === b || !a.cue || a.cue.start >= b.cue.start || a.kind === 'direct') continue;
      if (!(a.content.start < b.cue.start && b.cue.end <= a.content.end)) continue;
      if ((cueLexicon().get(text.slice(b.cue.start, b.cue.end).toLowerCase()) ?? 0) < STRONG_CUE) continue;
      const head = text.slice(a.content.start, b.cue.start);
      const m = BEFORE_COORDINATED.exec(head);
      if (!m || /[.?!;]/.test(head.slice(m.index)) || m.index < 1) continue;
      a.content = { start: a.content.start, end: a.content.start + m.index };
      if (!b.source || (b.source.start >= a.content.start && b.source.end <= b.cue.start)) b.source = a.source;
    }
  }
  return cued;
}

/** What may sit between an outer content cut short and the inner attribution's source: a comma at most. */
const ONLY_COMMA = /^\s*,?\s*$/;
const SENTENCE_BREAK = /[.?!;]/;
/** "that although X", "that sometime in the week that followed": a subordinate clause still waiting for its main clause. */
const PENDING_CLAUSE = /^that\s+(?:although|though|while|because|if|when|whenever|as|since|after|before|unless|once|until|despite|sometime|in|on|at|during|with|without|by|for)\b/i;
/** "including the decision": a source run opening with such a word names no one. */
const NOT_A_NAME = /^(?:including|such|especially|particularly|as|like)\b/;

/**
 * A cue inside another attribution's content is usually a clause of it, and the tagger then cuts the
 * outer content short where the inner one starts. The outer content is made whole again, and the inner
 * attribution goes (dropNested), when
 * - the inner source and cue lie inside the outer content and the inner content runs on past its end,
 *   in the same sentence ("… shift their support to Stein unless Sanders disavows the | endorsement …");
 * - the outer content runs straight (a comma at most) into the inner source, in the same sentence, and
 *   either is a subordinate clause still waiting for its main clause ("Prosecutors argued that although
 *   Lazar confessed, | he showed no remorse …") or the inner "source" names no one ("their Latino voter
 *   strategy, | including the decision not to …").
 */
export function keepOuterWhole(text: string, cued: Draft[]): Draft[] {
  if (!RULES.outerWhole) return cued;
  const gone = new Set<Draft>();
  for (const a of cued) {
    if (gone.has(a) || a.kind === 'direct' || !a.cue || a.content.start < a.cue.end) continue;
    for (const b of cued) {
      if (b === a || gone.has(b) || !b.source || !b.cue || b.cue.start === a.cue.start || b.kind === 'direct') continue;
      if (b.source.end > b.cue.start || b.content.start < b.cue.end || b.source.start < a.content.start) continue;
      const inside = b.cue.end <= a.content.end && b.content.end > a.content.end;
      if (inside) {
        if (SENTENCE_BREAK.test(text.slice(a.content.end, b.content.end))) continue;
      } else {
        if (b.source.start < a.content.end || !ONLY_COMMA.test(text.slice(a.content.end, b.source.start))) continue;
        if (!PENDING_CLAUSE.test(text.slice(a.content.start, a.content.end)) && !NOT_A_NAME.test(text.slice(b.source.start, b.source.end))) continue;
        if (SENTENCE_BREAK.test(text.slice(a.content.end, b.content.start))) continue;
      }
      a.content = { start: a.content.start, end: Math.max(a.content.end, b.content.end) };
      gone.add(b);
    }
  }
  return gone.size ? cued.filter((d) => !gone.has(d)) : cued;
}

/**
 * A source the tagger ran over another attribution's cue, or took from the content of the one before. "The embassy declined the request and said":
 * coordinated verbs share the other's subject; "Republicans continue to say" likewise. "The Post reported
 * that Klein said": the nested speaker is what follows the other cue; "Gowdy released a statement
 * highlighting": a participle shares the other verb's subject. A cue inside a relative clause
 * ("Sandra Sucher, a professor who focuses on …, said") belongs to the phrase and changes nothing.
 */
/** What a nested subject starts with: a name, a determiner or a subject pronoun (not "last year", "them"). */
const SUBJECT_START = /^(?:\p{Lu}|(?:the|a|an|this|that|these|those|his|her|its|their|our|he|she|they|we|i|it)\b)/u;

export function sourcesBeforeCues(text: string, cued: Draft[]): Draft[] {
  if (!RULES.sourceBeforeCue) return cued;
  for (const d of cued) {
    const src = d.source;
    if (!src || !d.cue || d.cue.start < src.end) continue;
    // "Biden referred to himself as the Democratic Party and said …": a "source" inside the content of the
    // attribution before, right before "and <cue>", is that verb's object; the coordinated verb shares its subject.
    const holder = cued.find((e) => e !== d && e.source && e.cue!.end <= src.start && e.content.start <= src.start && src.end <= e.content.end);
    if (holder && /^\s*,?\s*(?:and|but)(?:\s+\p{L}+ly)?\s*$/u.test(text.slice(src.end, d.cue.start))) {
      d.source = holder.source;
      continue;
    }
    const inner = cued.find((e) => e !== d && e.cue && src.start <= e.cue.start && e.cue.end <= src.end);
    if (!inner) continue;
    const cue = inner.cue!;
    if (/\b(?:who|which|that|whom|whose)\b/i.test(text.slice(src.start, cue.start))) continue;
    const own = inner.source && src.start <= inner.source.start && inner.source.end <= cue.start ? inner.source : null;
    const rest = /^\s*(?:that\b|,)?\s*/.exec(text.slice(cue.end, src.end))![0].length + cue.end;
    const coordinated = /^\s*,?\s*(?:and|but)\b/.test(text.slice(src.end, d.cue.start));
    const raising = /^\s*to\s*$/.test(text.slice(cue.end, src.end));
    // "Gowdy released a statement highlighting …": a participle's subject is the other verb's.
    const participle = /ing$/i.test(text.slice(d.cue.start, d.cue.end));
    if (coordinated || raising || participle) d.source = own ?? src;
    else if (rest < src.end && SUBJECT_START.test(text.slice(rest, src.end))) d.source = { start: rest, end: src.end };
  }
  return cued;
}

/**
 * "The Gaza health ministry says more than 30,000 … since October 7, when gunmen killed about 1,200 …, according to
 * Israeli tallies": an "according to" at the end of a sentence that opens with another attribution (its source at
 * the start, its content inside) reaches back only to the end of that content; the opening attribution stays.
 */
export function accordingAfterClaim(text: string, cued: Draft[]): Draft[] {
  return cued.map((o) => {
    if (!o.cue || o.cue.start < o.content.end || !/^according\b/i.test(text.slice(o.cue.start, o.cue.end))) return o;
    const inner = cued.find((i) => i !== o && i.source && i.cue && i.cue.start !== o.cue!.start && i.source.start === o.content.start &&
      i.cue.start < i.content.start && o.content.start <= i.content.start && i.content.end < o.content.end);
    if (!inner) return o;
    let start = inner.content.end;
    while (start < o.content.end && /[\s,;]/.test(text[start])) start++;
    return text.slice(start, o.content.end).trim().split(/\s+/).length >= 2 ? { ...o, content: { start, end: o.content.end } } : o;
  });
}

/** What lies between "According to X" and the next cue of its sentence: ", " and the inner speaker, no sentence end. */
const ACCORDING_GAP = /^\s*,\s*[^.?!;:"“”]{1,160}$/;

/**
 * "According to GMA News, Salceda said the talks …": the tagger cuts the "according to" content into
 * fragments around the inner speaker ("Salceda", "the talks"). The whole clause after "X," is the outer
 * content, and the inner attribution stays, marked as reported by the outer one (dropNested keeps it):
 * its speaker starts after that comma. Likewise with the aside inside: "Witnesses, according to The Telegraph, said …".
 */
export function accordingClauses(text: string, cued: Draft[]): Draft[] {
  if (!RULES.accordingClause) return cued;
  const gone = new Set<Draft>();
  for (const o of cued) {
    if (gone.has(o) || !o.cue || !o.source || o.source.start < o.cue.end || !/^according to$/i.test(text.slice(o.cue.start, o.cue.end))) continue;
    const inner = cued.find((i) => i.cue && i.cue.start > o.source!.end && i.content.start >= i.cue.end && ACCORDING_GAP.test(text.slice(o.source!.end, i.cue.start)));
    if (!inner) continue;
    let start = text.indexOf(',', o.source.end) + 1;
    while (/\s/.test(text[start])) start++;
    const speaker = inner.source && inner.source.start >= start ? inner.source : trimmed(text, start, inner.cue!.start);
    // "According to the WHO's report, the virus claimed 6606 lives": the inner "source" must name someone.
    if (!namesSomeone(text.slice(speaker.start, speaker.end))) continue;
    inner.source = speaker;
    inner.reported = true;
    for (const f of cued) if (f !== o && f.cue?.start === o.cue.start) gone.add(f);
    o.content = { start, end: Math.max(inner.content.end, ...cued.filter((f) => f.cue?.start === o.cue!.start).map((f) => f.content.end)) };
    o.kind = inner.kind === 'indirect' ? 'indirect' : 'mixed';
  }
  // "Witnesses, according to The Telegraph, said a man attacked …": the aside sits between the inner speaker and its cue.
  for (const o of cued) {
    if (gone.has(o) || !o.cue || !o.source || o.source.start < o.cue.end || !/^according to$/i.test(text.slice(o.cue.start, o.cue.end))) continue;
    const inner = cued.find((i) => i !== o && i.cue && i.source && i.source.end <= o.cue!.start && i.cue.start >= o.source!.end &&
      /^\s*,\s*$/.test(text.slice(i.source.end, o.cue!.start)) && /^\s*,\s*$/.test(text.slice(o.source!.end, i.cue.start)) && i.content.start >= i.cue.end);
    if (!inner || !namesSomeone(text.slice(inner.source!.start, inner.source!.end))) continue;
    inner.reported = true;
    // The outer's piece that is only the inner speaker ("Witnesses") says nothing of its own.
    for (const f of cued) if (f !== inner && f.cue?.start === o.cue.start && f.content.start >= inner.source!.start && f.content.end <= inner.source!.end) gone.add(f);
  }
  return gone.size ? cued.filter((d) => !gone.has(d)) : cued;
}

/** A name, a personal pronoun, a title ("the regional governor") or a group of people ("officials"). */
function namesSomeone(phrase: string): boolean {
  const words = phrase.split(/\s+/);
  return /\p{Lu}/u.test(phrase) || /^(?:he|she|they|we|i)$/i.test(phrase) || isTitleHead(words[words.length - 1]) || GROUP_NOUNS.test(phrase);
}

/** [start, end) without surrounding spaces and commas. */
function trimmed(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /[\s,]/.test(text[start])) start++;
  while (end > start && /[\s,]/.test(text[end - 1])) end--;
  return { start, end };
}

/**
 * "…, local media reported, citing security sources": a participle right after another cue and its comma
 * shares that cue's source, whatever the tagger took for its own.
 */
export function participlesAfterCues(text: string, cued: Draft[]): Draft[] {
  return cued.map((d, i) => {
    const prev = cued[i - 1];
    if (!prev?.source || !prev.cue || !d.cue || prev.cue.start === d.cue.start || !/^\p{Ll}+ing$/u.test(text.slice(d.cue.start, d.cue.end))) return d;
    return /^\s*,\s*$/.test(text.slice(prev.cue.end, d.cue.start)) ? { ...d, source: prev.source } : d;
  });
}
