/**
 * Edges of learned attributions after decoding (index.ts mergeDrafts): a reported clause the tagger stopped on a word no
 * statement ends on runs on ("down from | 300 …"), and a title or head noun it left in the content before the speaker's
 * name goes to the source (", the city's mayor, | Ivo Kral, said", "…, officials on | both sides said").
 */
import type { Range } from '../../core/span.js';
import { isTitleHead } from '../entities/attribute/titles.js';
import type { Draft } from './attribute.js';
import { cueTypeOf } from './cue-type.js';
import { isPersonRole } from './pronouns.js';

/** The title before a name that speaks: ", the city's mayor, | Ivo Kral, said", ", a spokesman for the army, | …". */
const TITLE_TAIL = /,\s*((?:the|a|an|its|his|her|their|\p{Lu}[\p{L}.-]*['’]s)\s+[^,;:"“”()]{1,60})$/u;

/**
 * "A, the city's mayor, Ivo Kral, said": the model's content ran over the title set before the speaker's name. The
 * title goes to the source (whose name stays the speaker) and the content ends at the comma before it.
 */
export function appositiveToSource(text: string, drafts: Draft[]): void {
  for (const d of drafts) {
    if (d.kind !== 'indirect' || !d.source || d.source.start < d.content.end) continue;
    const gap = text.slice(d.content.end, d.source.start);
    // "…, including five children, regional | governor Oleh Synyehubov said": the title's first words ran into the content.
    if (/^\s+$/.test(gap) || gap === '') {
      const tail = /,\s*(\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,2})$/u.exec(text.slice(d.content.start, d.content.end));
      // Only modifiers of the title that follows ("regional | governor"), no clause: "…, the party said | Kral said" stays.
      const titleNext = /^\s*\p{Ll}+/u.exec(text.slice(d.source.start, d.source.end));
      // (Or a head noun and its preposition: "…, officials on | both sides said".)
      const modifies = (titleNext && isTitleHead(titleNext[0].trim())) || (tail && /\s(?:on|of|in|from|at|for)$/.test(tail[1]));
      if (tail && tail.index > 0 && modifies && !/\b(?:and|or|but|which|who|that|as|while)\b/.test(tail[1])) {
        d.source = { start: d.content.start + tail.index + tail[0].indexOf(tail[1]), end: d.source.end };
        d.content = { start: d.content.start, end: d.content.start + tail.index };
      }
      continue;
    }
    if (!/^\s*,\s*$/.test(gap)) continue;
    const m = TITLE_TAIL.exec(text.slice(d.content.start, d.content.end));
    // (Not an aside on the statement: ", a move whose rarity, CBS noted".)
    if (!m || m[1].split(/\s+/).length > 6 || /\d/.test(m[1]) || !/\p{Ll}$/u.test(m[1]) || /\b(?:whose|which|who|whom|that|what)\b/i.test(m[1])) continue;
    // A title heads it ("the city's mayor", "a spokesman for the army"), not "the longest run in a decade".
    const head = m[1].split(/\s+(?:of|for|at|in|to|from|with)\s+/)[0].split(/\s+/);
    if (!isTitleHead(head[head.length - 1]) && !isPersonRole(head[head.length - 1])) continue;
    const at = d.content.start + m.index;
    if (at <= d.content.start) continue;
    d.source = { start: at + m[0].indexOf(m[1]), end: d.source.end };
    d.content = { start: d.content.start, end: at };
  }
}

/** Words no statement ends on: "down from | 300", "rose to | 40", "as many as | 32". */
const DANGLING = new Set('from to of about around roughly nearly almost some than at by with for in on into the a an as over under between early late'.split(' '));

/**
 * "… were entering the city, down from | 300 before the blockade began": a reported clause the tagger stopped on a
 * word no statement ends on runs on to the end of its phrase (the next comma or sentence end), when nothing
 * attributed lies in between.
 */
export function finishDangling(text: string, drafts: Draft[]): void {
  for (const d of drafts) {
    // Only what was said or thought: a stance or act the model took for a cue ("experienced", "sang") stays as it is.
    if (d.kind !== 'indirect' || !d.cue || cueTypeOf(text.slice(d.cue.start, d.cue.end), d.kind) === 'other') continue;
    const last = /(\p{L}+)\s*$/u.exec(text.slice(Math.max(d.content.start, d.content.end - 20), d.content.end));
    if (!last || !DANGLING.has(last[1].toLowerCase())) continue;
    // To the phrase's end: a comma, a clause or sentence mark, a quotation mark, a dash, a bracket or a line break ("6.4" goes on).
    const rest = /^(?:[^,;:.!?"“”\n—–()[\]]|\.(?=\d))*/u.exec(text.slice(d.content.end, d.content.end + 200))![0].replace(/\s+$/u, '');
    const end = d.content.end + rest.length;
    if (rest.trim() === '') continue;
    const inside = (r: Range | null | undefined) => !!r && r.start < end && r.end > d.content.end;
    if (inside(d.cue) || inside(d.source) || drafts.some((e) => e !== d && (inside(e.content) || inside(e.cue) || inside(e.source)))) continue;
    d.content = { start: d.content.start, end };
  }
}
