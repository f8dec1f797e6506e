/**
 * Resolves he/she/him/her/his... to a person of the document: a compatible person earlier in
 * the same sentence (its first one, usually the subject), else the first compatible person of
 * the previous sentence, else the most recent compatible person within a few sentences.
 * Compatibility is sex: from an honorific, a known first name, or earlier pronouns. A pronoun outside quotation
 * marks never refers to a person named only inside a quotation of its own sentence ("“…Petro was inside,” she said").
 * A pronoun with no person before it stays unresolved.
 */
import type { PronounToken } from '../find/pronouns.js';
import type { Cluster } from './merge.js';

const LOOKBACK_SENTENCES = 4;

export interface PersonRef {
  token: number;
  sentence: number;
  cluster: Cluster;
}

export function sexOf(c: Cluster, firstNameSex: ReadonlyMap<string, 'm' | 'f'>, learned: Map<Cluster, 'm' | 'f'>): 'm' | 'f' | null {
  if (c.honorifics.has('mr')) return 'm';
  if (c.honorifics.has('mrs') || c.honorifics.has('ms') || c.honorifics.has('miss')) return 'f';
  if (c.keyWords.length > 1) {
    const s = firstNameSex.get(c.keyWords[0]);
    if (s) return s;
  }
  return learned.get(c) ?? null;
}

/**
 * `persons`: person name mentions in text order. Returns, per pronoun, the cluster it refers to (or null).
 */
export function resolvePronouns(
  pronouns: readonly PronounToken[],
  persons: readonly PersonRef[],
  sentenceOf: (token: number) => number,
  firstNameSex: ReadonlyMap<string, 'm' | 'f'>,
  quoted: (token: number) => boolean = () => false,
): (Cluster | null)[] {
  const learned = new Map<Cluster, 'm' | 'f'>();
  // Person references by sentence, in order; resolved pronouns join them so chains work.
  const bySentence = new Map<number, PersonRef[]>();
  const add = (r: PersonRef) => {
    let l = bySentence.get(r.sentence);
    if (!l) bySentence.set(r.sentence, (l = []));
    l.push(r);
  };
  const out: (Cluster | null)[] = [];
  let p = 0;
  let outside = true;
  const ok = (c: Cluster, sex: 'm' | 'f', token = -1) => {
    // '"My neighbour, Petro, was inside," she said': a name the quotation speaks of is not who speaks it.
    if (outside && token >= 0 && quoted(token)) return false;
    const s = sexOf(c, firstNameSex, learned);
    return s === null || s === sex;
  };
  for (const pr of pronouns) {
    outside = !quoted(pr.token);
    while (p < persons.length && persons[p].token < pr.token) add(persons[p++]);
    const s = sentenceOf(pr.token);
    let found: Cluster | null = null;
    const same = bySentence.get(s);
    if (same) found = same.find((r) => r.token < pr.token && ok(r.cluster, pr.sex, r.token))?.cluster ?? null;
    for (let back = 1; !found && back <= LOOKBACK_SENTENCES; back++) {
      const refs = bySentence.get(s - back);
      if (!refs) continue;
      // Previous sentence: its first person (the subject); further back: the most recent one.
      // (In sentences before, a name inside a quotation may be what the story goes on about.)
      const pick = back === 1 ? refs.find((r) => ok(r.cluster, pr.sex)) : [...refs].reverse().find((r) => ok(r.cluster, pr.sex));
      found = pick?.cluster ?? null;
    }
    out.push(found);
    if (found) {
      if (!learned.has(found)) learned.set(found, pr.sex);
      add({ token: pr.token, sentence: s, cluster: found });
    }
  }
  return out;
}
