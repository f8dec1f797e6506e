/**
 * Groups name mentions into document entities: people by name parts ("Tural Ganjaliyev",
 * "Ganjaliyev", "Mr. Ganjaliyev"), other names by folded text or by an alternate-name group
 * of the lexicon ("Kiev"/"Kyiv"). Linear in mentions: candidates come from a word index.
 */
import type { EntityType, Token } from '../../../core/layers.js';
import { fold, type Lexicons } from '../lexicons.js';
import { honorific, nameKeyWords } from '../parse/names.js';
import { isStormName } from '../parse/types.js';
import { groupKey } from '../find/groups.js';

export interface NameMention {
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  sentence: number;
  type: EntityType;
  /** Token texts of the mention. */
  words: string[];
  form: 'name' | 'acronym' | 'pronoun';
}

export interface Cluster {
  type: EntityType;
  mentions: NameMention[];
  /** Folded words of the fullest name so far (honorific dropped). */
  keyWords: string[];
  honorifics: Set<string>;
  titles: string[];
  /** Started by a relative's fuller name ("her mother, Gloria Morgan Vanderbilt"): shorter forms go to the other person first. */
  relative?: boolean;
  /** The owner that tells it from a namesake: "Armenia" of "Armenia's Defence Ministry" when Azerbaijan's is named too. */
  owner?: string;
}

/** "Armenia's | Defence Ministry": the capitalised words before a possessive right before token `at`, as written. */
export function possessorBefore(text: string, tokens: readonly Token[], at: number): string | null {
  if (at < 2 || !/^['’]s$/.test(tokens[at - 1].text)) return null;
  let k = at - 2;
  if (!/^\p{Lu}/u.test(tokens[k].text)) return null;
  while (k - 1 >= 0 && k > at - 4 && /^\p{Lu}\p{L}*$/u.test(tokens[k - 1].text) && tokens[k - 1].end + 1 >= tokens[k].start) k--;
  return text.slice(tokens[k].start, tokens[at - 2].end);
}

/**
 * Same type for the same name: a name's type is the one most of its mentions got, and a
 * one-word name that is the surname of a person named in full in the document is that person
 * ("Donald Trump" … "Trump"), whatever the tagger said.
 */
export function harmoniseTypes(mentions: NameMention[]): void {
  const surnames = new Set<string>();
  for (const m of mentions) if (m.type === 'PERSON' && m.words.length > 1) surnames.add(fold(m.words[m.words.length - 1]));
  for (const m of mentions) if (m.type !== 'PERSON' && m.words.length === 1 && surnames.has(fold(m.words[0]))) m.type = 'PERSON';
  // "Typhoon Phanfone" … "Phanfone": the storm's own name is the storm.
  const storms = new Set<string>();
  for (const m of mentions) if (m.type === 'EVENT' && isStormName(m.words.map(fold))) storms.add(fold(m.words[m.words.length - 1]));
  for (const m of mentions) if (m.words.length === 1 && storms.has(fold(m.words[0]))) m.type = 'EVENT';
  const votes = new Map<string, Map<EntityType, number>>();
  const keys = mentions.map((m) => fold(m.words.join(' ')));
  mentions.forEach((m, i) => {
    const k = keys[i];
    let v = votes.get(k);
    if (!v) votes.set(k, (v = new Map()));
    v.set(m.type, (v.get(m.type) ?? 0) + 1);
  });
  mentions.forEach((m, i) => {
    const v = votes.get(keys[i])!;
    if (v.size < 2) return;
    let best = m.type;
    for (const [t, n] of v) if (n > (v.get(best) ?? 0)) best = t;
    m.type = best;
  });
}

/** Relatives named after their kin word: "her widowed mother, Gloria Morgan Vanderbilt", "his son Hunter Biden". */
const KIN = new Set(('mother father son daughter wife husband brother sister grandmother grandfather grandson granddaughter ' +
  'aunt uncle niece nephew cousin widow widower parents stepmother stepfather stepson stepdaughter').split(' '));

/** Whether a kin word stands right before token `at`, with at most two lower-case words or a comma between ("her late father, …"). */
export function afterKinWord(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 3; k--) {
    const t = tokens[k].text;
    if (KIN.has(t.toLowerCase()) && /^\p{Ll}/u.test(t)) return true;
    if (t !== ',' && !/^\p{Ll}+$/u.test(t)) return false;
  }
  return false;
}

const sameWords = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((w, i) => w === b[i]);

function matchesWord(short: string, long: string): boolean {
  if (short === long) return true;
  // An initial matches a word: "r." / "r" ~ "robert".
  const s = short.replace(/\.$/, '');
  return s.length === 1 && long.startsWith(s);
}

/** Can a person named `a` (folded words) be the same as one named `b`? */
export function samePerson(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length === 0) return false;
  if (short.length === 1) return short[0] === long[long.length - 1] || short[0] === long[0];
  // Multi-word: same last name, and every other word of the shorter found in order in the longer.
  if (short[short.length - 1] !== long[long.length - 1]) return false;
  let j = 0;
  for (let i = 0; i < short.length - 1; i++) {
    while (j < long.length - 1 && !matchesWord(short[i], long[j])) j++;
    if (j >= long.length - 1) return false;
    j++;
  }
  return true;
}

/** `tokens`: the document's tokens, to see kin words before a name (without them every compatible name merges). */
export function mergeMentions(mentions: readonly NameMention[], lex: Lexicons, tokens: readonly Token[] = [], text = ''): Cluster[] {
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  const personsByWord = new Map<string, Cluster[]>();
  const lastSeen = new Map<Cluster, number>();
  const orgHeads = new Map<string, Cluster>();
  const stormNames = new Map<string, Cluster>();

  const newCluster = (m: NameMention, keyWords: string[]): Cluster => {
    const c: Cluster = { type: m.type, mentions: [], keyWords, honorifics: new Set(), titles: [] };
    clusters.push(c);
    return c;
  };
  const indexPerson = (c: Cluster, words: readonly string[]) => {
    for (const w of words) {
      const list = personsByWord.get(w) ?? [];
      if (!list.includes(c)) list.push(c);
      personsByWord.set(w, list);
    }
  };

  // Organisation names that two owners share in this document ("Armenia's Defence Ministry", "Azerbaijan's Defence
  // Ministry") are told apart by owner; a bare later mention goes to the last one named.
  const ownerOf = (m: NameMention) => (m.type === 'ORG' && text ? possessorBefore(text, tokens, m.tokenStart) : null);
  const owners = new Map<string, Set<string>>();
  for (const m of mentions) {
    const o = ownerOf(m);
    if (!o) continue;
    const k = nameKeyWords(m.words).join(' ');
    // ("Melbourne's Lord Mayor" and "Melbourne City's Lord Mayor" have one owner.)
    owners.set(k, (owners.get(k) ?? new Set()).add(fold(o.split(' ')[0])));
  }
  const lastOwned = new Map<string, Cluster>();

  mentions.forEach((m, order) => {
    const keyWords = nameKeyWords(m.words);
    if (keyWords.length === 0) return;
    let cluster: Cluster | undefined;
    if (m.type === 'PERSON') {
      // The person named exactly so; else the most recently mentioned compatible person; for a bare surname the
      // most mentioned one ("Biden" after "Hunter Biden" is still Joe Biden, named ten times before).
      let best = -1;
      let bestCount = -1;
      let bestExact = false;
      let bestOwn = false;
      const bare = keyWords.length === 1;
      for (const w of keyWords) {
        for (const c of personsByWord.get(w) ?? []) {
          const seen = lastSeen.get(c) ?? -1;
          const count = bare ? c.mentions.length : 0;
          const exact = !bare && sameWords(keyWords, c.keyWords);
          const own = bare || !c.relative;
          const better = exact !== bestExact ? exact : own !== bestOwn ? own : count > bestCount || (count === bestCount && seen > best);
          if (better && samePerson(keyWords, c.keyWords)) {
            best = seen;
            bestCount = count;
            bestExact = exact;
            bestOwn = own;
            cluster = c;
          }
        }
      }
      // "Gloria Vanderbilt … her mother, Gloria Morgan Vanderbilt": a relative with a fuller form of the name is someone else.
      if (cluster && !bestExact && !bare && afterKinWord(tokens, m.tokenStart)) {
        cluster = newCluster(m, keyWords);
        cluster.relative = true;
      }
      cluster ??= newCluster(m, keyWords);
      if (keyWords.length > cluster.keyWords.length) cluster.keyWords = keyWords;
      indexPerson(cluster, keyWords);
      const h = honorific(m.words);
      if (h) cluster.honorifics.add(h);
    } else {
      let text = keyWords.join(' ');
      // "Azerbaijani" and "Azerbaijanis" are one group.
      if (m.type === 'NORP' && text.length > 3 && text.endsWith('s')) text = text.slice(0, -1);
      const group = lex.altGroup.get(text);
      const shared = (owners.get(text)?.size ?? 0) > 1;
      const owner = shared ? ownerOf(m) : null;
      // "Israeli forces … Israeli troops": one army.
      const body = m.type === 'ORG' ? groupKey(m.words.join(' '), (w) => lex.norp.has(fold(w))) : null;
      const key = owner ? `${m.type}:${fold(owner.split(' ')[0])}'s ${text}` : group !== undefined ? `alt:${group}` : body ? `group:${body}` : `${m.type}:${text}`;
      cluster = byKey.get(key) ?? (owner ? undefined : byKey.get(`${m.type}:${text}`) ?? (shared ? lastOwned.get(text) : undefined));
      // A one-word organisation name that heads an earlier longer one ("the Academy"); a storm by its name.
      if (!cluster && (m.type === 'ORG' || m.type === 'EVENT') && keyWords.length === 1) cluster = (m.type === 'ORG' ? orgHeads : stormNames).get(text);
      if (!cluster) {
        cluster = newCluster(m, keyWords);
        if (owner) cluster.owner = owner;
        byKey.set(key, cluster);
      }
      if (owner) lastOwned.set(text, cluster);
      if (keyWords.length > cluster.keyWords.length) cluster.keyWords = keyWords;
      if (m.type === 'ORG' && keyWords.length > 1 && !orgHeads.has(keyWords[keyWords.length - 1])) orgHeads.set(keyWords[keyWords.length - 1], cluster);
      if (m.type === 'EVENT' && isStormName(keyWords)) stormNames.set(keyWords[keyWords.length - 1], cluster);
    }
    cluster.mentions.push(m);
    lastSeen.set(cluster, order);
  });
  return clusters;
}
