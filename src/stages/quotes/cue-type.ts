/**
 * The cue's type (core/layers.ts CueType): PolNeAR counts acts and stances as attributions ("called for an
 * investigation", "declined the request"); users who want only what someone said or thought filter on it.
 * A quotation is speech whatever its cue; otherwise the cue's words are looked up among the inflected forms of
 * two verb lists (the events stage's inflector; irregular forms written out as "lemma:form,form").
 */
import type { CueType, QuoteKind } from '../../core/layers.js';
import { verbForms } from '../events/inflect.js';

const SPEECH = ('say:said tell:told add note state claim announce report write:wrote,written tweet post explain warn insist ' +
  'deny confirm admit:admitted,admitting acknowledge argue ask answer reply respond comment declare promise vow pledge threaten ' +
  'urge describe predict estimate allege accuse blame criticize criticise praise condemn reveal disclose indicate suggest propose ' +
  'recommend demand question testify recall mention repeat reiterate stress emphasize emphasise concede complain quote cite ' +
  'according tout assert contend maintain dispute reject dismiss denounce decry lament apologize apologise thank hail welcome ' +
  'forecast project speculate caution advise inform notify brief remark observe exclaim shout chant yell whisper joke quip boast ' +
  'brag pronounce proclaim publish release issue signal hint imply charge contest counter retort rebut rebuke slam blast attack ' +
  'mock label dub call characterize characterise term brand concur agree disagree speak:spoke,spoken talk discuss express defend ' +
  'endorse request encourage plead allegation refer:referred,referring advocate conclude').split(' ');

const THOUGHT = ('believe think:thought feel:felt know:knew hope fear expect worry doubt suspect assume consider ' +
  'understand:understood wonder seem appear want wish prefer:preferred,preferring suppose imagine reckon trust ' +
  'regret:regretted hesitate figure realize realise learn:learnt remember guess intend plan aim seek:sought').split(' ');

/** Every form of every lemma of a list. */
function forms(specs: string[]): Set<string> {
  const out = new Set<string>();
  for (const spec of specs) {
    const [lemma, extra] = spec.split(':');
    for (const f of Object.values(verbForms(lemma))) out.add(f);
    for (const f of extra ? extra.split(',') : []) out.add(f);
  }
  return out;
}

let tables: { speech: Set<string>; thought: Set<string> } | null = null;

export function cueTypeOf(cue: string | null, kind: QuoteKind): CueType {
  if (kind === 'direct' || !cue) return 'speech';
  tables ??= { speech: forms(SPEECH), thought: forms(THOUGHT) };
  let thought = false;
  for (const word of cue.toLowerCase().split(/[\s-]+/)) {
    if (tables.speech.has(word)) return 'speech';
    if (tables.thought.has(word)) thought = true;
  }
  return thought ? 'thought' : kind === 'mixed' ? 'speech' : 'other';
}
