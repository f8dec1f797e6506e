/**
 * Content runs the tagger broke at an appositive (learned.ts): "NPR reported Adil Abdul-Mahdi, | the caretaker Prime
 * Minister, recommended …", "Trump said Hamza bin Laden, son of …, | has been killed".
 */
import type { Token } from '../../core/layers.js';
import type { Range } from '../../core/span.js';
import type { Draft } from './attribute.js';
import { firstTokenAt, kindOf, type Window } from './windows.js';
import { isWordToken } from './words.js';

/** An appositive between a subject and its verb: ", son of the late founder Osama bin Laden,". */
const APPOSITIVE_GAP = /^,[^,;:.?!"“”()]{1,100},$/;
const MAX_APPOSITIVE_WORDS = 12;
/** A subject the tagger left before an appositive: a short name or noun phrase. */
const MAX_SUBJECT_WORDS = 6;

/**
 * "NPR reported Adil Abdul-Mahdi, | the caretaker Prime Minister, recommended …", "Trump said Hamza bin Laden,
 * son of …, | has been killed": two content runs of one cue with only a comma, or a short subject and an
 * appositive set off by commas, between them are one content the tagger broke at the appositive.
 */
export function joinedAtCommas(tokens: Token[], w: Window, ds: Draft[], cue: Range): Draft[] {
  const out: Draft[] = [];
  for (const d of ds) {
    const prev = out[out.length - 1];
    // Both on one side of the cue: "The death toll, officials said, has risen" is two fragments around it.
    const oneSide = prev && (prev.content.start >= cue.end || d.content.end <= cue.start);
    const gap = oneSide && prev.kind !== 'direct' && d.kind !== 'direct' && d.content.start > prev.content.end ? gapText(tokens, w, prev.content.end, d.content.start) : null;
    // "said Hamza Khan, son of …, | has been killed": the subject and its appositive were left out altogether.
    if (!prev && d.kind === 'indirect' && d.content.start > cue.end && !(d.source && d.source.start >= cue.end) && opensVerbPhrase(tokens, w, d)) {
      const lead = tokensIn(tokens, w, cue.end, d.content.start);
      const comma = lead.findIndex((t) => t.text === ',');
      if (comma > 0 && APPOSITIVE_GAP.test(gapText(tokens, w, lead[comma].start, d.content.start)) && isWordToken(lead[0].text)) {
        const subject = { ...d, content: { start: lead[0].start, end: lead[comma - 1].end } };
        if (appositiveBreak(tokens, w, subject, d)) d.content = { start: lead[0].start, end: d.content.end };
      }
    }
    if (gap !== null && (gap === ',' || (APPOSITIVE_GAP.test(gap) && appositiveBreak(tokens, w, prev!, d)))) {
      prev.content = { start: prev.content.start, end: d.content.end };
      prev.kind = kindOf(w, prev.content);
    } else out.push(d);
  }
  return out;
}

/** The text between two offsets of a window, rebuilt from its tokens, spaced (the window holds no text). */
function gapText(tokens: Token[], w: Window, from: number, to: number): string {
  return tokensIn(tokens, w, from, to).map((t) => t.text).join(' ').replace(/ ,/g, ',');
}

/** Tokens of a window lying in [from, to). */
function tokensIn(tokens: Token[], w: Window, from: number, to: number): Token[] {
  const out: Token[] = [];
  for (let k = firstTokenAt(tokens, w, from); k < w.t1 && tokens[k].end <= to; k++) out.push(tokens[k]);
  return out;
}

/** Words that open a verb phrase: auxiliaries, and past forms ("recommended", "died"). */
const AUXILIARIES = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'does', 'do']);
function opensVerbPhrase(tokens: Token[], w: Window, d: Draft): boolean {
  const k = firstTokenAt(tokens, w, d.content.start);
  const first = k < w.t1 ? tokens[k].text : '';
  return AUXILIARIES.has(first) || /^\p{Ll}{3,}ed$/u.test(first);
}

/** A short subject before the appositive, a verb phrase after it. */
function appositiveBreak(tokens: Token[], w: Window, subject: Draft, rest: Draft): boolean {
  const before = tokensIn(tokens, w, subject.content.start, subject.content.end).filter((t) => isWordToken(t.text));
  const between = tokensIn(tokens, w, subject.content.end, rest.content.start).filter((t) => isWordToken(t.text));
  return before.length <= MAX_SUBJECT_WORDS && between.length <= MAX_APPOSITIVE_WORDS && opensVerbPhrase(tokens, w, rest);
}
