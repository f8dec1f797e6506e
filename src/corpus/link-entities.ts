/**
 * Entity linking across documents: which corpus entity (if any) a document entity is.
 * The store looks candidates up by the keys below and this module decides, returning the
 * evidence with the decision so a reader can see why two names were joined. Conservative:
 * when two corpus entities fit equally well, a weak cue (surname, transliteration) links to
 * neither and the mention starts a new entity.
 */
import type { Entity, EntityType } from '../core/layers.js';
import type { LinkEvidence } from './evidence.js';
import { fold, initials, isAcronym, lastWord, similarity, skeleton, wordSkeleton } from './names.js';
import { groupKey } from '../stages/entities/find/groups.js';
import { fold as foldName, loadLexicons } from '../stages/entities/lexicons.js';

/** "Israeli forces" / "Israeli troops": the armed or state body a people's group name stands for. */
const bodyOf = (name: string): string | null => groupKey(name, (w) => loadLexicons().norp.has(foldName(w)));

export interface DocEntityInput {
  type: EntityType;
  name: string;
  aliases?: string[];
}

/** What the store keeps of a corpus entity to decide a link. */
export interface EntityCandidate {
  id: string;
  type: string;
  name: string;
  /** Every name it has been seen under (display forms). */
  names: string[];
  docs: number;
}

export interface EntityDecision {
  /** The corpus entity to join, or null to create a new one. */
  join: string | null;
  evidence: LinkEvidence[];
}

const NAME_SUFFIX = /\s(jr|sr|ii|iii|iv)$/;
const FUZZY_TYPES = new Set<string>(['PERSON', 'ORG', 'GPE', 'LOC', 'NORP']);

/** Places are GPE or LOC depending on the tagger's mood; treat them as one kind here. */
export function typeGroup(type: string): string {
  return type === 'GPE' || type === 'LOC' ? 'PLACE' : type;
}

function personCore(folded: string): string {
  return folded.replace(NAME_SUFFIX, '');
}

function namesOf(e: DocEntityInput): string[] {
  const out = [e.name];
  for (const a of e.aliases ?? []) if (a && !out.includes(a)) out.push(a);
  return out;
}

/** Keys under which a corpus entity is filed (computed from each name it has). */
export function indexKeys(type: string, names: readonly string[]): string[] {
  const g = typeGroup(type);
  const keys = new Set<string>();
  for (const n of names) {
    const f = fold(n);
    if (!f) continue;
    keys.add(`${g}|n:${f}`);
    if (!FUZZY_TYPES.has(type)) continue;
    const sk = skeleton(n);
    if (sk.replace(/ /g, '').length >= 4) keys.add(`${g}|k:${sk}`);
    if (g === 'PERSON') keys.add(`${g}|l:${wordSkeleton(lastWord(personCore(f)))}`);
    const body = g === 'ORG' ? bodyOf(n) : null;
    if (body) keys.add(`${g}|g:${body}`);
    if (isAcronym(n)) keys.add(`${g}|a:${f.replace(/ /g, '')}`);
    else {
      const ini = initials(n);
      if (ini.length >= 2) keys.add(`${g}|a:${ini}`);
    }
  }
  return [...keys];
}

/** Keys to look candidates up by, for a document entity. */
export function lookupKeys(e: DocEntityInput): string[] {
  return indexKeys(e.type, namesOf(e));
}

interface Scored {
  c: EntityCandidate;
  score: number;
  evidence: LinkEvidence;
}

/** The best reason to think `e` is candidate `c`, or null when nothing agrees. */
function scoreCandidate(e: DocEntityInput, c: EntityCandidate): Scored | null {
  if (typeGroup(e.type) !== typeGroup(c.type)) return null;
  const mine = namesOf(e);
  const theirs = c.names.length ? c.names : [c.name];
  const theirFolded = new Map(theirs.map((n) => [fold(n), n]));
  const eName = fold(e.name);
  const cName = fold(c.name);
  if (typeGroup(e.type) === 'PERSON' && differentPeople(mine, theirs)) return null;
  if (eName && eName === cName) return { c, score: 4, evidence: { rule: 'same-name', detail: `both named "${c.name}"` } };
  for (const n of mine) {
    const hit = theirFolded.get(fold(n));
    if (!hit || !fold(n)) continue;
    // A lone surname shared as an alias is weaker than a full alias.
    const single = !fold(n).includes(' ');
    return {
      c,
      score: single && typeGroup(e.type) === 'PERSON' ? 2 : 3,
      evidence: { rule: 'alias', detail: n === e.name ? `"${e.name}" is a name already used for "${c.name}"` : `alias "${n}" of "${e.name}" is a name of "${c.name}"` },
    };
  }
  if (!FUZZY_TYPES.has(e.type)) return null;
  if (typeGroup(e.type) === 'ORG') {
    const body = bodyOf(e.name);
    const same = body && theirs.find((n) => bodyOf(n) === body);
    if (same) return { c, score: 2.5, evidence: { rule: 'same-body', detail: `"${e.name}" and "${same}" name the same body` } };
  }
  // Romanisation variants: same consonant skeleton, same number of words, similar spelling.
  const eSk = skeleton(e.name);
  for (const [f, n] of theirFolded) {
    if (eSk.replace(/ /g, '').length < 4) break;
    if (skeleton(n) === eSk && f.split(' ').length === eName.split(' ').length && similarity(f, eName) >= 0.6) {
      return { c, score: 2.5, evidence: { rule: 'transliteration', detail: `"${e.name}" and "${n}" are spelling variants (key "${eSk}")` } };
    }
  }
  const g = typeGroup(e.type);
  if (g === 'PERSON') {
    const ep = personCore(eName);
    const eLast = wordSkeleton(lastWord(ep));
    for (const [f, n] of theirFolded) {
      const cp = personCore(f);
      if (wordSkeleton(lastWord(cp)) !== eLast || eLast.length < 2) continue;
      const eWords = ep.split(' ');
      const cWords = cp.split(' ');
      if (eWords.length === 1 || cWords.length === 1) {
        return { c, score: 1, evidence: { rule: 'surname', detail: `"${e.name}" is the surname of "${n}"` } };
      }
      if (eWords[0][0] === cWords[0][0]) {
        return { c, score: 1.5, evidence: { rule: 'surname', detail: `"${e.name}" and "${n}" share surname and first initial` } };
      }
    }
  }
  if (g !== 'PERSON') {
    for (const n of mine) {
      for (const m of theirs) {
        const a = isAcronym(n) ? fold(n).replace(/ /g, '') : '';
        const b = isAcronym(m) ? fold(m).replace(/ /g, '') : '';
        if (a && a === initials(m)) return { c, score: 2, evidence: { rule: 'acronym', detail: `"${n}" is the acronym of "${m}"` } };
        if (b && b === initials(n)) return { c, score: 2, evidence: { rule: 'acronym', detail: `"${m}" is the acronym of "${n}"` } };
      }
    }
  }
  return null;
}

/**
 * Two people whose full names disagree on the first name ("Boris Johnson", "Andrew Johnson")
 * are different people, whatever surname they share.
 */
function differentPeople(a: readonly string[], b: readonly string[]): boolean {
  const full = (xs: readonly string[]) => xs.map((x) => personCore(fold(x)).split(' ')).filter((w) => w.length >= 2);
  const fa = full(a);
  const fb = full(b);
  if (fa.length === 0 || fb.length === 0) return false;
  for (const x of fa) {
    for (const y of fb) {
      if (wordSkeleton(x[x.length - 1]) !== wordSkeleton(y[y.length - 1])) continue;
      if (x[0][0] === y[0][0]) return false;
    }
  }
  // No full name of one shares surname and first initial with a full name of the other.
  return fa.some((x) => fb.some((y) => wordSkeleton(x[x.length - 1]) === wordSkeleton(y[y.length - 1])));
}

export function decideEntity(e: DocEntityInput, candidates: readonly EntityCandidate[]): EntityDecision {
  const scored = candidates.map((c) => scoreCandidate(e, c)).filter((s): s is Scored => s !== null);
  if (scored.length === 0) return { join: null, evidence: [{ rule: 'new', detail: 'no earlier entity with this name, an alias, a spelling variant or the surname' }] };
  scored.sort((a, b) => b.score - a.score || b.c.docs - a.c.docs);
  const [best, next] = scored;
  if (next && next.score === best.score && best.score < 4) {
    // Equally good weak cues to two entities: a clear favourite (far more documents) may win.
    if (best.c.docs < 3 * next.c.docs) {
      return {
        join: null,
        evidence: [{ rule: 'ambiguous', detail: `"${e.name}" fits ${scored.filter((s) => s.score === best.score).map((s) => `"${s.c.name}"`).join(', ')} equally; kept apart` }],
      };
    }
    return { join: best.c.id, evidence: [best.evidence, { rule: 'prominence', detail: `"${best.c.name}" is in ${best.c.docs} documents, "${next.c.name}" in ${next.c.docs}` }] };
  }
  return { join: best.c.id, evidence: [best.evidence] };
}

/** The display name a corpus entity should carry: its fullest name (most words; the earliest on a tie). */
export function preferredName(names: readonly string[]): string {
  let best = names[0] ?? '';
  for (const n of names) if (n.split(/\s+/).length > best.split(/\s+/).length && !isAcronym(n)) best = n;
  return best;
}

/** Only names worth linking: a pronoun-only or one-letter entity is not a corpus entity. */
export function linkable(e: Entity): boolean {
  return fold(e.name).length >= 2;
}
