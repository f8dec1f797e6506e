/**
 * Links a source phrase to the entities layer: the mention overlapping it (pronouns there are
 * already resolved), or for an unresolved he/she the nearest preceding person named whom the text does not give the other sex.
 */
import type { Entity, EntitiesLayer, Mention, Speaker } from '../../core/layers.js';
import { span, type Range } from '../../core/span.js';
import { PERSONAL_PRONOUNS, RELATIVE } from './words.js';
import { BODY_NOUNS } from './pronouns.js';
// Words that give the person named after them a sex, as the events stage reads them.
import { FEMALE_BEFORE_NAME, MALE_BEFORE_NAME } from '../events/context.js';

const RELATIVE_SOURCE = /^(?:who|which)$/i;
const CLAUSE_VERBS = new Set('is are was were be been has have had will would can could says said'.split(' '));
const POSSESSIVE = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

const FORM_RANK: Record<Mention['form'], number> = { name: 3, acronym: 2, nominal: 1, pronoun: 0 };
const MALE = new Set(['he', 'him', 'his', 'himself']);
const FEMALE = new Set(['she', 'her', 'hers', 'herself']);

type Sex = 'm' | 'f';
/**
 * Lower-case words after an organisation's name ending in a body of it: " human rights office", " regional committee";
 * not what kind of organisation it is (" news agency").
 */
const BODY_AFTER_ORG = /^(?!\s+news\b)(?:\s+\p{Ll}[\p{Ll}-]*){0,3}\s+(?:office|ministry|agency|department|commission|committee|council|mission|bureau|directorate|administration|command|secretariat|panel|tribunal)$/u;

export class SpeakerLinker {
  private readonly byId = new Map<string, Entity>();
  /** What the document itself says of each person's sex, read when an unresolved he/she first needs it. */
  private sexes: Map<string, Set<Sex>> | null = null;

  constructor(
    private readonly text: string,
    private readonly layer: EntitiesLayer,
  ) {
    for (const e of layer.entities) this.byId.set(e.id, e);
  }

  /** Pronouns the entities layer resolved to each person, and honorifics before their names. */
  private sexesOf(): Map<string, Set<Sex>> {
    if (this.sexes) return this.sexes;
    const sexes = new Map<string, Set<Sex>>();
    for (const m of this.layer.mentions) {
      if (m.type !== 'PERSON') continue;
      const w = m.text.toLowerCase();
      // The word before a name: "Mr.", "Queen", "his daughter" (the events stage's lists).
      const before = m.form === 'name' ? (/(\S+)\s+$/.exec(this.text.slice(Math.max(0, m.start - 20), m.start))?.[1].toLowerCase() ?? '') : '';
      const sex: Sex | null =
        m.form === 'pronoun' ? (MALE.has(w) ? 'm' : FEMALE.has(w) ? 'f' : null)
        : MALE_BEFORE_NAME.has(before) ? 'm' : FEMALE_BEFORE_NAME.has(before) ? 'f' : null;
      if (!sex) continue;
      let set = sexes.get(m.entity);
      if (!set) sexes.set(m.entity, (set = new Set()));
      set.add(sex);
    }
    return (this.sexes = sexes);
  }

  /** A person the text calls only "he" is no antecedent for "she" (and the other way round). */
  private contradicts(m: Mention, pronoun: string): boolean {
    const want: Sex | null = MALE.has(pronoun) ? 'm' : FEMALE.has(pronoun) ? 'f' : null;
    const known = this.sexesOf().get(m.entity);
    return want !== null && known !== undefined && known.size === 1 && !known.has(want);
  }

  /** Speakers linked to an entity so far, latest last, for "the same study" / "the report". */
  private readonly linked: Array<{ words: string[]; entity: Entity }> = [];

  speaker(source: Range): Speaker {
    const mention = span(this.text, source.start, source.end);
    // "the spokesman, who …": the phrase right before the relative pronoun, when no name ends there.
    const before = RELATIVE_SOURCE.test(mention.text) ? this.relativeAntecedent(source.start) : null;
    const m = this.bestOverlapping(source) ?? this.antecedent(source, mention.text, before?.start);
    // "the princess, 67,": an age appositive and stray commas are not part of the name.
    const phrase = mention.text.replace(/(?:,\s*\d{1,3})?[\s,]+$/u, '');
    const entity = m ? this.byId.get(m.entity) : (this.definiteAntecedent(phrase) ?? this.titledAntecedent(phrase, source.start));
    // The words just before the phrase count too: the tagger's source is often only the name ("One study in [the Journal]").
    if (entity && m) this.linked.push({ words: this.text.slice(Math.max(0, source.start - 30), source.end).toLowerCase().split(/[^\p{L}]+/u), entity });
    // "the spokesman, who declined to be named, said": with no name to go to, "who" is the phrase it follows.
    const name = entity?.name ?? before?.text ?? this.unnamedAntecedent(phrase) ?? phrase;
    if (!entity && !before && /\s/.test(phrase)) this.unnamed.push(phrase);
    return { name, entity: entity ? entity.id : null, mention };
  }

  /** Speaker phrases no entity names, latest last ("the Hamas-run territory's health ministry"). */
  private readonly unnamed: string[] = [];

  /**
   * "the Hamas-run territory's health ministry said … according to the ministry": "the" + a noun that heads one of the
   * last few unnamed speakers is that speaker (so a ledger groups their claims under one name).
   */
  private unnamedAntecedent(phrase: string): string | undefined {
    const m = /^the\s+(\p{Ll}{3,})$/iu.exec(phrase);
    if (!m || !BODY_NOUNS.has(m[1].toLowerCase())) return undefined;
    const head = m[1].toLowerCase();
    for (let i = this.unnamed.length - 1; i >= 0 && i >= this.unnamed.length - 5; i--) {
      const ws = this.unnamed[i].toLowerCase().split(/\s+/);
      if (ws.length > 2 && ws.length <= 8 && /^(?:the|a|an)$/.test(ws[0]) && ws[ws.length - 1] === head) return this.unnamed[i];
    }
    return undefined;
  }

  /** The noun phrase a relative pronoun at `at` follows ("the spokesman" in "the spokesman, who …"), with its offset. */
  private relativeAntecedent(at: number): { text: string; start: number } | null {
    const from = Math.max(0, at - 80);
    const m = /(?:^|[\s(])((?:the|a|an|one|his|her|their|its)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,4})\s*,\s*$/iu.exec(this.text.slice(from, at));
    // A noun phrase, not a clause: "the state eliminated straight-ticket voting, which" names no one.
    if (!m || m[1].split(/\s+/).slice(1).some((w) => /^\p{Ll}+ed$/u.test(w) || CLAUSE_VERBS.has(w))) return null;
    return { text: m[1], start: from + m.index + m[0].indexOf(m[1]) };
  }

  /**
   * "Princess Ubolratana … the princess said": "the" and a title a person named before carries is that
   * person; the latest one named when several carry it.
   */
  private titledAntecedent(phrase: string, before: number): Entity | undefined {
    const m = /^the\s+(?:(?:former|late|new|then|current|outgoing|incoming)\s+)?(\p{L}+)$/iu.exec(phrase);
    if (!m) return undefined;
    const head = m[1].toLowerCase();
    let best: Entity | undefined;
    let bestAt = -1;
    for (const e of this.layer.entities) {
      if (e.type !== 'PERSON' || !e.titles?.some((t) => t.toLowerCase().split(/\s+/).pop() === head)) continue;
      for (const x of e.mentions) if (x.start < before && x.start > bestAt) [best, bestAt] = [e, x.start];
    }
    return best;
  }

  /**
   * "One study in the Journal of X noted …. The same study also noted …": a definite source with no
   * name of its own is the latest linked speaker whose source phrase had the same head noun.
   */
  private definiteAntecedent(phrase: string): Entity | undefined {
    const ws = phrase.toLowerCase().split(/\s+/);
    if (ws.length < 2 || ws.length > 3 || !/^(the|this|that)$/.test(ws[0])) return undefined;
    const head = ws[ws.length - 1];
    if (!/^\p{Ll}{3,}$/u.test(head) || (ws.length === 3 && !/^(same|new|latest|earlier|original)$/.test(ws[1]))) return undefined;
    for (let i = this.linked.length - 1; i >= 0 && i >= this.linked.length - 5; i--) if (this.linked[i].words.includes(head)) return this.linked[i].entity;
    return undefined;
  }

  /** Mentions are sorted by start: binary search to the first that could overlap, scan the few after. */
  private bestOverlapping(r: Range): Mention | null {
    const ms = this.layer.mentions;
    let lo = 0;
    let hi = ms.length;
    // Mentions are short; any overlapping one starts after r.start - 200.
    const from = r.start - 200;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ms[mid].start < from) lo = mid + 1;
      else hi = mid;
    }
    let best: Mention | null = null;
    let bestRank = -1;
    // "The United States, which has retreated from … Bashar al-Assad, has stated": names inside a
    // relative clause are not the phrase's head.
    const rel = /,\s+(?:which|who|whose|that)\b/.exec(this.text.slice(r.start, r.end));
    const relAt = rel ? r.start + rel.index : Infinity;
    for (let i = lo; i < ms.length && ms[i].start < r.end; i++) {
      const m = ms[i];
      if (m.end <= r.start) continue;
      // "Philippine officials", "Israeli police", "the Hamas-run health ministry": a people's or other adjective
      // before a noun is not the speaker; nor is the owner in "his family", "her spokesman".
      if (((m.type === 'NORP' || m.type === 'MISC') || (m.form === 'pronoun' && POSSESSIVE.has(m.text.toLowerCase()))) && m.end < r.end && /^\s+\p{L}/u.test(this.text.slice(m.end, r.end)))
        continue;
      // "Residents of Zarechne", "the mayor of Kharkiv", "people in Gaza": a place after the noun that heads the phrase says where.
      // ("The government of Egypt", "the city of Calabasas" are the place itself.)
      if ((m.type === 'GPE' || m.type === 'LOC') && /\p{Ll}+\s+(?:of|in|from)\s+(?:the\s+)?$/u.test(this.text.slice(r.start, m.start)) &&
        !/\b(?:government|city|town|village|state|republic|kingdom|province|region|county|municipality)\s+of\s+(?:the\s+)?$/iu.test(this.text.slice(r.start, m.start))) continue;
      // "the Gaza health ministry", "Kharkiv regional officials": a place named before a common noun only says whose.
      if ((m.type === 'GPE' || m.type === 'LOC') && m.end < r.end && /^\s+\p{Ll}/u.test(this.text.slice(m.end, r.end))) continue;
      // "the United Nations human rights office", "the WHO regional committee": a body of the organisation speaks, not all of it.
      if (m.type === 'ORG' && m.end < r.end && BODY_AFTER_ORG.test(this.text.slice(m.end, r.end))) continue;
      // "Turkey's defence ministry", "Ukraine's military": the owner named before a common noun is not the speaker either.
      if (m.form !== 'pronoun' && /^['’]s\s+\p{Ll}/u.test(this.text.slice(m.end, r.end)) && !/\s\p{Lu}/u.test(this.text.slice(m.end + 2, r.end))) continue;
      const rank = this.headRank(m) - (m.start > relAt ? 100 : 0);
      // Equal ranks: the first name heads the phrase ("John Smith of the BBC", "Dedi Prasetyo, a spokesperson for the police").
      if (!best || rank > bestRank) {
        best = m;
        bestRank = rank;
      }
    }
    return best;
  }

  /**
   * How likely a mention inside a source phrase is its head: names over pronouns and nominals, a
   * person over an organisation over a place ("the U.S. ambassador to Russia, John Huntsman"), and
   * never a possessor ("the BBC's John Smith").
   */
  private headRank(m: Mention): number {
    const possessor = /^\s*['’]s?\b/u.test(this.text.slice(m.end, m.end + 3));
    const type = m.type === 'PERSON' ? 2 : m.type === 'ORG' ? 1 : 0;
    return FORM_RANK[m.form] * 10 + (possessor ? 0 : 5) + type;
  }

  /** Nearest preceding named person for a pronoun, nearest preceding name for "which"/"who". */
  private antecedent(r: Range, phrase: string, notBefore?: number): Mention | null {
    const w = phrase.toLowerCase();
    // "they" is rarely one person named before: the stage gives it the group that spoke last (index.ts).
    const pronoun = PERSONAL_PRONOUNS.has(w) && w !== 'it' && w !== 'they' && w !== 'them';
    if (!pronoun && !RELATIVE.has(w)) return null;
    const ms = this.layer.mentions;
    let lo = 0;
    let hi = ms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ms[mid].start < r.start) lo = mid + 1;
      else hi = mid;
    }
    // Look back a bounded number of mentions: an antecedent is near.
    for (let i = lo - 1; i >= 0 && i >= lo - 50; i--) {
      const m = ms[i];
      if (m.form === 'pronoun') continue;
      if (pronoun && m.type !== 'PERSON') continue;
      if (pronoun && this.contradicts(m, w)) continue;
      if (!pronoun && r.start - m.end > 200) return null;
      // A relative pronoun after a noun phrase of its own ("the spokesman, who") refers to a name inside that phrase only.
      if (!pronoun && notBefore !== undefined && m.start < notBefore) return null;
      return m;
    }
    return null;
  }
}
