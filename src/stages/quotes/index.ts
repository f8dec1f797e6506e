/**
 * The quotes stage: who said what. Finds quotations by their marks and reported speech by its
 * cue (find: quote-marks.ts, windows.ts, cues.ts), works out each content span and source
 * (attribute.ts, source.ts), then links sources to entities (speaker.ts).
 */
import { need, textOf } from '../../core/doc.js';
import type { EntitiesLayer, Quote, SegmentLayer, Speaker } from '../../core/layers.js';
import { defineStage } from '../../core/pipeline.js';
import { overlaps, span } from '../../core/span.js';
import { attributeWindow, type Draft, type Opener } from './attribute.js';
import { learnedDrafts } from './learned.js';
import { cueLexicon } from './lexicon.js';
import { quoteModel, type QuoteModel } from './model.js';
import { attacksPlace, claimsNothing, lonePronoun, cleanedSource } from './narration.js';
import { pastDateline } from './parenthetical.js';
import { cueTypeOf } from './cue-type.js';
import { accordingAfterClaim, accordingClauses, extendLists, keepOuterWhole, participlesAfterCues, sourcesBeforeCues, splitCoordinated } from './nested.js';
import { SpeakerLinker } from './speaker.js';
import { buildWindows } from './windows.js';
import { pollDrafts } from './polls.js';
import { RULES } from './ablations.js';
import { findTurns } from './turns.js';
import { countWordsInRange } from './words.js';
import { appositiveToSource, finishDangling } from './edges.js';
import { isNamed } from './naming.js';
import { runOnQuotations } from './run-on.js';
import { FIRST_PERSON_SINGULAR, mentionedBetween, pronounFor, sameSexRole } from './pronouns.js';

/** Tuning knobs, for training scripts; the stage uses the defaults. */
export interface QuoteOptions {
  cueThreshold?: number;
  /** The learned model; defaults to the committed one. */
  model?: QuoteModel | null;
  /**
   * rules: the hand-written rules alone. learned: the model finds every cued attribution.
   * hybrid: direct quotes by the rules (quote marks are reliable), everything else by the model.
   */
  mode?: QuoteMode;
}

export type QuoteMode = 'rules' | 'learned' | 'hybrid';

/** The mode the stage runs in (chosen on PolNeAR train held-out slices, see models/quotes/README.md). */
export const DEFAULT_MODE: QuoteMode = 'hybrid';

export function findQuotes(text: string, seg: SegmentLayer, entities: EntitiesLayer, options: QuoteOptions = {}): Quote[] {
  const lexicon = cueLexicon();
  const model = options.model === undefined ? quoteModel() : options.model;
  const mode = model ? (options.mode ?? DEFAULT_MODE) : 'rules';
  const drafts: Draft[] = [];
  let opener: Opener | null = null;
  for (const w of buildWindows(text, seg)) {
    const found = attributeWindow(text, seg.tokens, w, lexicon, options.cueThreshold);
    if (model && mode !== 'rules') found.drafts = mergeDrafts(text, found.drafts, learnedDrafts(seg.tokens, w, model), mode);
    if (RULES.polls) {
      const polls = pollDrafts(seg.tokens, w).filter((p) => !found.drafts.some((d) => overlaps(d.content, p.content)));
      if (polls.length) found.drafts = [...found.drafts, ...polls].sort((x, y) => x.content.start - y.content.start);
    }
    for (const d of found.drafts) {
      // The first quotation after "X said:" belongs to that cue, whatever its own window holds.
      if (opener && d.continued && d.paragraph === opener.paragraph + 1) {
        d.cue = opener.cue;
        d.source = opener.source;
        d.continued = false;
      }
      opener = null;
      drafts.push(d);
    }
    if (found.opener) opener = found.opener;
    else if (opener && w.paragraph > opener.paragraph + 1) opener = null;
  }
  runOnQuotations(text, seg, drafts);
  const linker = new SpeakerLinker(text, entities);
  const entityTypes = new Map(entities.entities.map((e) => [e.id, e.type]));
  // Interview answers: what the interviewee said, and whom "I" there names.
  const turns = findTurns(text, seg);
  const turnOf = new Map(turns.map((t) => [t.paragraph, t]));
  for (const t of turns) {
    if (!t.name || countWordsInRange(text, t.content.start, t.content.end) < MIN_ANSWER_WORDS) continue;
    // A turn already in quotation marks ('"WALLACE: Let's start …"') is that quotation, spoken by the label's speaker; a
    // quotation inside an answer ('… people went like “Are you Shi'a or Sunni?”') is not the answer.
    const quoted = drafts.filter((d) => !d.cue && d.paragraph === t.paragraph && d.content.start <= t.content.start && t.content.start < d.content.end);
    for (const d of quoted) {
      d.source = t.name;
      d.continued = false;
      if (d.content.start < t.content.start) d.content = { start: t.content.start, end: d.content.end };
    }
    if (!quoted.length) drafts.push({ kind: 'direct', content: t.content, cue: null, source: t.name, continued: false, paragraph: t.paragraph });
  }
  if (turns.length) drafts.sort((a, b) => a.content.start - b.content.start || b.content.end - a.content.end);
  const stillAbout = (who: Speaker, fromParagraph: number, toParagraph: number): boolean => {
    if (!who.entity || toParagraph - fromParagraph > 2) return false;
    for (let p = fromParagraph; p < toParagraph; p++) {
      if (firstPersonIn(seg, entities, p) !== who.entity) return false;
    }
    return true;
  };
  // A place name filling a range (punctuation aside): "southern | Israel", "Kharkiv".
  const places = entities.mentions.filter((m) => m.type === 'GPE' || m.type === 'LOC');
  const isPlace = (start: number, end: number): boolean =>
    places.some((m) => m.start === start && /^[\s.,;:!?]*$/.test(text.slice(m.end, end)));
  // Where each paragraph's wire dateline ends (its start when it has none), read once per paragraph.
  const datelines = new Map<number, number>();
  const datelineOf = (p: number): number => {
    let at = datelines.get(p);
    if (at === undefined) {
      const para = seg.paragraphs[p];
      at = para ? pastDateline(text, para.start, Math.min(para.end, para.start + 200)) : -1;
      datelines.set(p, at);
    }
    return at;
  };
  const out: Quote[] = [];
  let prevSpeaker: Speaker | null = null;
  let prevParagraph = -1;
  let prevStart = -1;
  for (const d of drafts) {
    // "TOBRIN, Oct 3 - Officials said …": the dateline is no part of the source, nor of the content (the tagger may start
    // either inside it: "3 - Officials", "Wire) - Hamas released …").
    const datelineEnd = datelineOf(d.paragraph);
    if (d.source && datelineEnd > d.source.start && datelineEnd < d.source.end) d.source = { start: datelineEnd, end: d.source.end };
    if (datelineEnd > d.content.start && datelineEnd < d.content.end) d.content = { start: datelineEnd, end: d.content.end };
    let speaker: Speaker | null = d.source ? linker.speaker(d.source) : null;
    // "Japanese officials said …; his death, they reported, …", "NASA interrupted … It also credited …": a plural or
    // impersonal pronoun is the group or organisation that spoke just before, in this paragraph or the one before.
    if (speaker && !speaker.entity && prevSpeaker && d.paragraph - prevParagraph <= 1 && pronounFor(speaker.name, prevSpeaker, entityTypes))
      speaker = { name: prevSpeaker.name, entity: prevSpeaker.entity, mention: speaker.mention };
    // "“…,” a spokeswoman for the aid group told AP. She said …": he / she right after an unnamed speaker of that sex is that
    // speaker, not a person named further back (whom the entities layer had resolved it to).
    if (speaker?.mention && prevSpeaker && !prevSpeaker.entity && prevStart >= 0 && d.paragraph - prevParagraph <= 1 &&
      sameSexRole(speaker.mention.text, prevSpeaker.name) && !(speaker.entity && mentionedBetween(entities, speaker.entity, prevStart, speaker.mention.start)))
      speaker = { name: prevSpeaker.name, entity: null, mention: speaker.mention };
    const turn = turnOf.get(d.paragraph);
    if (speaker && turn?.name && !speaker.entity && FIRST_PERSON_SINGULAR.test(speaker.name)) {
      const who = linker.speaker(turn.name);
      speaker = { name: who.name, entity: who.entity, mention: speaker.mention };
    }
    // A quotation with no cue continues the speaker of the quote just before it: in the same or
    // the previous paragraph, or further back when every paragraph in between is still about
    // that speaker (its first person named is the speaker: "X made the remarks at ...").
    if (d.continued && prevSpeaker && (d.paragraph - prevParagraph <= 1 || stillAbout(prevSpeaker, prevParagraph + 1, d.paragraph))) {
      speaker = { name: prevSpeaker.name, entity: prevSpeaker.entity, mention: null };
    }
    if (attacksPlace(text, d, isPlace)) continue;
    const cueType = cueTypeOf(d.cue ? text.slice(d.cue.start, d.cue.end) : null, d.kind);
    // "was identified as Michael Ferazzi", "is known for his tapping", "is expected to launch": an act or stance with nobody
    // behind it is narration, not an attribution.
    if (RULES.dropSourcelessActs && !speaker && d.kind === 'indirect' && cueType === 'other') continue;
    // "Talks are expected to continue", "he is believed to have fled": a passive belief with nobody holding it hedges the
    // outlet's own sentence.
    if (RULES.dropSourcelessActs && !speaker && d.kind === 'indirect' && cueType === 'thought' && d.cue &&
      PASSIVE_BEFORE.test(text.slice(Math.max(0, d.cue.start - 30), d.cue.start))) continue;
    const from = d.content.start;
    // "… was diverted, the | office said": a run that took the next clause's first word ends before it.
    const loose = d.kind === 'indirect' ? LOOSE_END.exec(text.slice(from, d.content.end)) : null;
    const to = loose && loose.index > 0 ? from + loose.index : d.content.end;
    out.push({
      id: `q${out.length + 1}`,
      kind: d.kind,
      content: span(text, from, to),
      cue: d.cue ? span(text, d.cue.start, (d.shownCue ?? d.cue).end) : null,
      speaker,
      cueType,
    });
    prevSpeaker = speaker;
    prevParagraph = d.paragraph;
    prevStart = d.content.start;
  }
  return out;
}

/** Shortest interview answer taken as a quote ("Yes." and "No, no." are not claims). */
const MIN_ANSWER_WORDS = 4;

const overlapsAny = (d: Draft, ds: Draft[]) => ds.some((e) => e.content.start < d.content.end && d.content.start < e.content.end);

/** A form of "be" (and an adverb) right before a cue: "are expected", "is widely believed". */
const PASSIVE_BEFORE = /\b(?:is|are|was|were|be|been|being)\s+(?:\p{L}+ly\s+)?$/iu;

/** A comma and a lone article or conjunction closing a content ("…, the"). */
const LOOSE_END = /\s*[,;]\s*(?:the|a|an|and|or|but)?$/i;

/**
 * Rule drafts and learned drafts of one window as one list. Uncued quotations (continuations)
 * come from the rules unless the model attributed them; in hybrid mode the rules keep their
 * cued direct quotes and the model adds whatever does not overlap them.
 */
function mergeDrafts(text: string, rules: Draft[], learned: Draft[], mode: QuoteMode): Draft[] {
  // A mixed draft of the model holding the rules' quotation and words around it is the fuller reading.
  const fuller = (d: Draft) =>
    learned.some((e) => e.kind === 'mixed' && e.cue!.start === d.cue!.start && e.content.start <= d.content.start && d.content.end <= e.content.end);
  const kept = mode === 'hybrid' ? rules.filter((d) => d.cue && d.kind === 'direct' && !fuller(d)) : [];
  // A cue the rules already attributed by its quotation marks is theirs.
  const keptCues = new Set(kept.map((d) => d.cue!.start));
  // (A quotation fragment the rules left out of it still joins it: "“A,” he told the press, “B”" when the rules gave
  // "“A” to an "According to" the sentence before.)
  const added = learned.filter((d) => !overlapsAny(d, kept) && (!keptCues.has(d.cue!.start) || d.kind === 'direct'));
  const sourced = participlesAfterCues(text, sourcesBeforeCues(text, resolveSourceless(text, [...kept, ...added].sort((x, y) => x.cue!.start - y.cue!.start))));
  const cued = onePerContent(dropNested(accordingAfterClaim(text, extendLists(text, keepOuterWhole(text, splitCoordinated(text, accordingClauses(text, withoutCuesInSources(text, sourced))))))))
    .map((d) => cleanedSource(text, d))
    .filter((d) => !isNamed(text, d) && !claimsNothing(text, d) && !lonePronoun(text, d));
  finishDangling(text, cued);
  appositiveToSource(text, cued);
  const uncued = rules.filter((d) => !d.cue && !overlapsAny(d, cued));
  return [...cued, ...uncued].sort((x, y) => x.content.start - y.content.start);
}

/**
 * "…,” said Sandra Sucher, a professor who focuses on ethics. “…”": a cue word inside another attribution's
 * source, or in a relative clause right after it, is the speaker's description, not an attribution of its own.
 */
function withoutCuesInSources(text: string, cued: Draft[]): Draft[] {
  const inRelative = (d: Draft, e: Draft) =>
    !!e.source && e.cue!.start !== d.cue!.start && e.source.start <= d.cue!.start && d.cue!.end <= e.source.end &&
    /\b(?:who|whom|whose|which)\b/i.test(text.slice(e.source.start, d.cue!.start));
  // "said Olga, a volunteer, | who declined to give her surname": the relative clause right after the source.
  const relativeAfter = (d: Draft, e: Draft) =>
    !!e.source && !!d.source && e.cue!.start !== d.cue!.start && /^(?:who|which)$/i.test(text.slice(d.source.start, d.source.end)) &&
    /^\s*,\s*$/.test(text.slice(e.source.end, d.source.start));
  // (A speech verb there still reports: "said Smith, a resident who told Reuters that …".)
  const speech = (d: Draft) => cueTypeOf(text.slice(d.cue!.start, d.cue!.end), 'indirect') === 'speech';
  return cued.filter((d) => speech(d) || !cued.some((e) => e !== d && (inRelative(d, e) || relativeAfter(d, e))));
}

/**
 * Reported speech whose content lies inside another attribution's content (a different cue) is
 * almost always a clause of it the tagger read as a second attribution: on held-out train such
 * drafts were right 8 times in 60. Not an attribution another one reports ("According to X, Y said …").
 */
function dropNested(cued: Draft[]): Draft[] {
  return cued.filter(
    (d) => d.kind === 'direct' || d.reported || !cued.some((e) => e.cue!.start !== d.cue!.start && e.content.start <= d.content.start && d.content.end <= e.content.end),
  );
}

/**
 * One content, one attribution: "Trump almost seemed to agree. “…,” he said" gave the quotation to both
 * cues. The cue nearest the content keeps it ("he said"), unless only the other names a source. On
 * held-out train: exact F1 +0.2, lenient unchanged. A fragment inside a longer content of its own cue
 * goes too (scored as one attribution anyway; shown twice otherwise).
 */
function onePerContent(cued: Draft[]): Draft[] {
  const gap = (d: Draft) => Math.max(d.cue!.start - d.content.end, d.content.start - d.cue!.end, 0);
  const byContent = new Map<string, Draft>();
  for (const d of cued) {
    const key = `${d.content.start}:${d.content.end}`;
    const had = byContent.get(key);
    if (!had || (!!d.source === !!had.source ? gap(d) < gap(had) : !!d.source)) byContent.set(key, d);
  }
  // A fragment inside a longer content of the same cue repeats it ("made a statement, writing “…”" and “…” alone).
  const inSameCue = (d: Draft) =>
    cued.some((e) => e !== d && e.cue!.start === d.cue!.start && e.content.start <= d.content.start && d.content.end <= e.content.end && size(e) > size(d));
  return cued.filter((d) => byContent.get(`${d.content.start}:${d.content.end}`) === d && !inSameCue(d));
}
const size = (d: Draft) => d.content.end - d.content.start;

/** "… and said", "… but added", "… and later told": a verb coordinated with the one before. */
const COORDINATED = /(?:^|[\s,])(?:and|but)(?:\s+(?:also|then|later|\p{L}+ly))?$/u;

/**
 * Learned drafts the tagger gave no source: a cue inside another attribution's content with no
 * subject of its own is part of that content ("said that work is underway towards recognizing
 * it as …"); "X said A, adding that B" / "and added" / "but later told" shares the subject of the cue before it;
 * otherwise the subject the rules find left of the cue (learned.ts subjectBefore) is the source.
 */
function resolveSourceless(text: string, cued: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of cued) {
    if (d.source || !d.cue) {
      out.push(d);
      continue;
    }
    const cue = d.cue;
    if (cued.some((e) => e !== d && e.content.start <= cue.start && cue.end <= e.content.end)) continue;
    const prev = out.length ? out[out.length - 1] : null;
    const before = text.slice(Math.max(0, cue.start - 20), cue.start).trim().toLowerCase();
    const word = text.slice(cue.start, cue.end).toLowerCase();
    if (prev?.source && prev.cue && (word.endsWith('ing') || before.endsWith(',') || COORDINATED.test(before))) d.source = prev.source;
    else if (d.subject) d.source = d.subject;
    out.push(d);
  }
  return out;
}

/** Entity id of the first person named in a paragraph (pronouns included), or null. */
function firstPersonIn(seg: SegmentLayer, entities: EntitiesLayer, paragraph: number): string | null {
  const p = seg.paragraphs[paragraph];
  if (!p) return null;
  const mentions = entities.mentions;
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < p.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < mentions.length && mentions[i].start < p.end; i++) if (mentions[i].type === 'PERSON') return mentions[i].entity;
  return null;
}

const NO_ENTITIES: EntitiesLayer = { entities: [], mentions: [] };

export const quotes = defineStage({
  provides: 'quotes',
  requires: ['segment', 'entities'],
  run: (doc): Quote[] => findQuotes(textOf(doc), need(doc, 'segment'), doc.layers.entities ?? NO_ENTITIES),
});
