/**
 * Coarse word classes for the counted-noun finder: a table derived from tagged news
 * (wordclass.data.ts), then suffix guesses for words it has not seen.
 */
import { WORD_CLASSES } from './wordclass.data.js';

/** N noun, S plural noun, J adjective, V finite verb, G -ing form, P past participle, R adverb, F function word. */
export type WordClass = 'N' | 'S' | 'J' | 'V' | 'G' | 'P' | 'R' | 'F';

let table: Map<string, WordClass> | null = null;

function load(): Map<string, WordClass> {
  const m = new Map<string, WordClass>();
  for (const line of WORD_CLASSES.split('\n')) {
    const words = line.split(' ');
    const cls = words[0] as WordClass;
    for (let i = 1; i < words.length; i++) m.set(words[i], cls);
  }
  // Closed-class words the counted-noun finder must stop at, whatever the table says.
  for (const w of FUNCTION_WORDS) m.set(w, 'F');
  for (const [w, c] of OVERRIDES) m.set(w, c);
  return m;
}

const FUNCTION_WORDS = (
  'the a an this that these those of in on at by for with from to into onto over under about after before ' +
  'and or but nor so yet as than then there here who whom whose which what when where why how it its they them ' +
  'their he him his she her we us our you your i me my mine each every any all both either neither some no not ' +
  'is are was were be been being am has have had do does did will would shall should can could may might must ' +
  'since until till while during between among against without within via per including like unlike despite'
).split(' ');

/** Words the tagged data gets wrong for our purpose (plural nouns it rarely saw as nouns). */
const OVERRIDES: Array<[string, WordClass]> = [
  ['people', 'S'], ['police', 'S'], ['children', 'S'], ['women', 'S'], ['men', 'S'], ['personnel', 'S'],
  ['staff', 'S'], ['cattle', 'S'], ['livestock', 'S'], ['sheep', 'S'], ['fish', 'S'], ['aircraft', 'S'],
  ['troops', 'S'], ['forces', 'S'], ['attacks', 'S'], ['deaths', 'S'], ['dead', 'J'], ['wounded', 'P'],
  ['injured', 'P'], ['killed', 'V'], ['died', 'V'], ['lost', 'V'], ['percent', 'N'], ['hostage', 'N'],
  ['hostages', 'S'], ['civilians', 'S'], ['residents', 'S'], ['families', 'S'], ['countries', 'S'],
  ['old', 'J'], ['live', 'J'], ['elderly', 'J'], ['young', 'J'], ['innocent', 'J'], ['surrounding', 'G'],
];

export function classOf(lower: string): WordClass {
  if (table === null) table = load();
  const c = table.get(lower);
  if (c !== undefined) return c;
  return guess(lower);
}

function guess(w: string): WordClass {
  const n = w.length;
  if (n > 3 && w.endsWith('ly')) return 'R';
  if (n > 4 && w.endsWith('ing')) return 'G';
  if (n > 3 && w.endsWith('ed')) return 'P';
  if (n > 5 && (w.endsWith('ous') || w.endsWith('ful') || w.endsWith('ive') || w.endsWith('ical') || w.endsWith('able') || w.endsWith('ible'))) return 'J';
  if (n > 2 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return 'S';
  return 'N';
}
