import { codePointIndex } from '../../record/codepoints.js';
import type { AscribeRecord } from '../../record/types.js';
import type { Span } from '../../core/span.js';

/**
 * brat standoff (.ann) for a record. brat indexes text by code point (Python strings), so
 * offsets are converted; spans that cross a line break become discontinuous fragments.
 */
export function bratAnn(r: AscribeRecord): string {
  const cp = codePointIndex(r.text);
  const lines: string[] = [];
  let t = 0;
  let rel = 0;
  let note = 0;
  const ids = new Map<string, string>();
  const addSpan = (type: string, s: Span, key?: string): string => {
    const id = `T${++t}`;
    const frags: string[] = [];
    let from = s.start;
    for (const piece of s.text.split('\n')) {
      const start = from;
      const end = from + piece.length;
      if (end > start) frags.push(`${cp(start)} ${cp(end)}`);
      from = end + 1;
    }
    lines.push(`${id}\t${type} ${frags.join(';')}\t${s.text.replace(/\n/g, ' ')}`);
    if (key) ids.set(key, id);
    return id;
  };
  const addNote = (target: string, text: string) => lines.push(`#${++note}\tAnnotatorNotes ${target}\t${text}`);

  for (const e of r.entities) {
    e.mentions.forEach((m, i) => {
      const id = addSpan(e.type, m, i === 0 ? e.id : undefined);
      addNote(id, `${e.id} ${e.name}`);
    });
  }
  for (const q of r.quotes) {
    const qid = addSpan(`Quote_${q.kind}`, q.content, q.id);
    if (q.cue) lines.push(`R${++rel}\tCue Arg1:${qid} Arg2:${addSpan('Cue', q.cue)}`);
    if (q.speaker?.mention) lines.push(`R${++rel}\tSource Arg1:${qid} Arg2:${addSpan('Source', q.speaker.mention)}`);
    if (q.speaker) addNote(qid, `speaker=${q.speaker.name}`);
  }
  for (const n of r.quantities) {
    const id = addSpan('Quantity', n.span, n.id);
    const claimant = n.claimant.kind === 'speaker' ? n.claimant.name : `outlet${n.claimant.name ? ':' + n.claimant.name : ''}`;
    addNote(id, `value=${n.value} hedge=${n.hedge} counted=${n.counted}${n.role ? ' role=' + n.role : ''} claimant=${claimant}`);
  }
  for (const tm of r.times) addNote(addSpan(tm.type, tm.span, tm.id), `value=${tm.value}`);
  let ev = 0;
  for (const v of r.events) {
    const trig = addSpan(`Event_${v.type}`, v.trigger);
    const args = v.quantities.map((q, i) => (ids.get(q) ? ` Figure${i ? i + 1 : ''}:${ids.get(q)}` : '')).join('');
    lines.push(`E${++ev}\tEvent_${v.type}:${trig}${args}`);
    if (v.time) addNote(trig, `time=${v.time}`);
  }
  return lines.join('\n') + (lines.length ? '\n' : '');
}
