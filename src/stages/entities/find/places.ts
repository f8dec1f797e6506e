/**
 * Place names the tagger cut: "Democratic Republic | of the | Congo", "Surigao | del | Sur" and "Deir | al-Balah" become one
 * place, "San Francisco | 49ers" a team (an organisation).
 */
import type { Token } from '../../../core/layers.js';
import type { NameSpan } from './names.js';

/** Forms of state that take their country's name after "of": "Democratic Republic of the Congo", "Kingdom of Saudi Arabia". */
const STATE_FORMS = new Set('republic kingdom emirate emirates federation principality sultanate commonwealth'.split(' '));
/** Romance particles inside place names: "Surigao del Sur", "Río de la Plata", "Santiago de Compostela". */
const PLACE_PARTICLES = new Set('del de della di da do dos das'.split(' '));
/** An Arabic article glued to a name: "al-Balah", "el-Sheikh", "ash-Shati", "as-Sultan". */
const ARTICLE_NAME = /^(?:al|el|ad|adh|an|ar|as|ash|at|az|ath)-\p{Lu}/u;
/** A team named by a number: "49ers", "76ers". */
const NUMBERED_TEAM = /^\d+\p{Ll}*ers$/u;

/** Token index after "of [the]" or a Romance particle (with its article) at the end of span `s`; -1 if neither is there. */
function linkEnd(tokens: readonly Token[], s: NameSpan, lim: number): number {
  let k = s.tokenEnd;
  const t = k < lim ? tokens[k].text : '';
  if (t === 'of') {
    k++;
    if (k < lim && tokens[k].text === 'the') k++;
    return k;
  }
  if (PLACE_PARTICLES.has(t)) {
    k++;
    if (k < lim && /^(la|las|los|le|les)$/.test(tokens[k].text)) k++;
    return k;
  }
  return -1;
}

/** `spans` sorted by start; returns them with cut place names joined. */
export function joinPlaceNames(spans: readonly NameSpan[], tokens: readonly Token[], knownPlace: (name: string) => boolean): NameSpan[] {
  const out: NameSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    const next = spans[i + 1];
    if (s.label === 'LOC' && s.tokenEnd < tokens.length && NUMBERED_TEAM.test(tokens[s.tokenEnd].text)) {
      out.push({ ...s, end: tokens[s.tokenEnd].end, tokenEnd: s.tokenEnd + 1, label: 'ORG' });
      continue;
    }
    // "Deir | al-Balah", "Sharm | el-Sheikh": an Arabic article glued to the next word goes on the place's name, tagged or not.
    if (s.label === 'LOC' && s.tokenEnd < tokens.length && ARTICLE_NAME.test(tokens[s.tokenEnd].text) && tokens[s.tokenEnd].start === s.end + 1) {
      const taggedNext = next && next.tokenStart === s.tokenEnd ? next : null;
      const tokenEnd = taggedNext ? taggedNext.tokenEnd : s.tokenEnd + 1;
      out.push({ ...s, end: tokens[tokenEnd - 1].end, tokenEnd });
      if (taggedNext) i++;
      continue;
    }
    if (s.label === 'LOC' && next && next.label === 'LOC' && next.sentence === s.sentence && linkEnd(tokens, s, next.tokenStart) === next.tokenStart) {
      const joined = { ...s, end: next.end, tokenEnd: next.tokenEnd };
      // After "of" only a state form ("Republic of Artsakh") or a name the lexicon knows whole.
      const viaOf = tokens[s.tokenEnd].text === 'of';
      if (!viaOf || STATE_FORMS.has(tokens[s.tokenEnd - 1].text.toLowerCase()) || knownPlace(tokens.slice(s.tokenStart, next.tokenEnd).map((t) => t.text).join(' '))) {
        out.push(joined);
        i++;
        continue;
      }
    }
    out.push(s);
  }
  return out;
}
