/**
 * The cue's type (core/layers.ts CueType): PolNeAR counts acts and stances as attributions ("called for an
 * investigation", "declined the request"); users who want only what someone said or thought filter on it.
 * A quotation is speech whatever its cue; otherwise the cue's words are looked up by their stem.
 */
import type { CueType, QuoteKind } from '../../core/layers.js';

const SPEECH = new Set(('say tell add note state claim announce report write tweet post explain warn insist deny confirm admit ' +
  'acknowledge argue ask answer reply respond comment declare promise vow pledge threaten urge describe predict estimate allege ' +
  'accuse blame criticize criticise praise condemn reveal disclose indicate suggest propose recommend demand question testify ' +
  'recall mention repeat reiterate stress emphasize emphasise concede complain quote cite according tout insist assert contend ' +
  'maintain dispute reject dismiss denounce decry lament apologize apologise thank hail welcome forecast project ' +
  'speculate guess caution advise inform notify brief remark observe exclaim shout chant yell whisper joke quip boast brag ' +
  'pronounce proclaim publish release issue signal hint imply charge contest counter retort rebut rebuke slam blast attack ' +
  'mock label dub call characterize characterise term brand concur agree disagree speak talk discuss express defend endorse ' +
  'request encourage plead allegation refer advocate conclude').split(' '));

const THOUGHT = new Set(('believe think feel know hope fear expect worry doubt suspect assume consider understand wonder ' +
  'seem appear want wish prefer suppose imagine reckon trust regret hesitate figure realize realise learn remember guess ' +
  'intend plan aim seek').split(' '));

/** Past forms that do not end in -ed. */
const IRREGULAR: Record<string, string> = {
  said: 'say', says: 'say', told: 'tell', wrote: 'write', written: 'write', thought: 'think', felt: 'feel', knew: 'know',
  // ("known as" names; "known" is no belief.)
  known: 'known', understood: 'understand', spoke: 'speak', spoken: 'speak', sought: 'seek', saw: 'see', seen: 'see',
};

/** "warned" → warn, "insists" → insist, "arguing" → argue, "criticised" → criticise. */
function stem(word: string): string[] {
  const w = word.toLowerCase();
  if (IRREGULAR[w]) return [IRREGULAR[w]];
  const out = [w];
  for (const [suffix, repl] of [['ies', 'y'], ['ied', 'y'], ['es', ''], ['s', ''], ['ed', ''], ['ed', 'e'], ['d', ''], ['ing', ''], ['ing', 'e']] as const)
    if (w.endsWith(suffix) && w.length > suffix.length + 2) out.push(w.slice(0, -suffix.length) + repl);
  // "admitted", "committed": a doubled final consonant.
  if (/(\w)\1(?:ed|ing)$/.test(w)) out.push(w.replace(/(\w)\1(?:ed|ing)$/, '$1'));
  return out;
}

export function cueTypeOf(cue: string | null, kind: QuoteKind): CueType {
  if (kind === 'direct' || !cue) return 'speech';
  let thought = false;
  for (const word of cue.split(/[\s-]+/)) {
    for (const s of stem(word)) {
      if (SPEECH.has(s)) return 'speech';
      if (THOUGHT.has(s)) thought = true;
    }
  }
  return thought ? 'thought' : kind === 'mixed' ? 'speech' : 'other';
}
