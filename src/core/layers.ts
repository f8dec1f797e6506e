/**
 * The layers that stages add to a document. Each stage provides exactly one layer;
 * the public output record (schema ascribe/v1) is assembled from them.
 * Every offset is a half-open UTF-16 index into the normalised `text`.
 */
import type { Range, Span } from './span.js';

export interface NormalizeLayer {
  /** The analysed text: every offset of every later layer indexes this string. */
  text: string;
}

export interface Token extends Range {
  text: string;
}

export interface Sentence extends Range {
  /** Index of the first token of the sentence in `tokens`. */
  tokenStart: number;
  /** Index one past the last token of the sentence. */
  tokenEnd: number;
  /** Index into `paragraphs`. */
  paragraph: number;
}

export interface SegmentLayer {
  paragraphs: Range[];
  sentences: Sentence[];
  tokens: Token[];
}

export const ENTITY_TYPES = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'EVENT', 'MISC'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export interface Mention extends Span {
  type: EntityType;
  /** Id of the document entity this mention belongs to. */
  entity: string;
  /** How the entity is named here: a name, an acronym, a pronoun, or a descriptive noun phrase. */
  form: 'name' | 'acronym' | 'pronoun' | 'nominal';
}

export interface Entity {
  id: string;
  type: EntityType;
  /** Canonical name: the fullest name used in the document. */
  name: string;
  mentions: Span[];
  /** Other names of the entity in this document (surnames, acronyms, alternate spellings). */
  aliases?: string[];
  /** Titles and roles attached to the entity in the text ("Head of the ... community"). */
  titles?: string[];
}

export interface EntitiesLayer {
  entities: Entity[];
  /** All mentions, pronouns included, sorted by start. */
  mentions: Mention[];
}

export const TIMEX_TYPES = ['DATE', 'TIME', 'DURATION', 'SET'] as const;
export type TimexType = (typeof TIMEX_TYPES)[number];

export interface Timex {
  id: string;
  span: Span;
  type: TimexType;
  /** TIMEX3 value, e.g. 1992-02-26, 2020-W09, P3Y, PRESENT_REF, XXXX-02-26. */
  value: string;
  /** TIMEX3 mod: APPROX, START, END, BEFORE, AFTER, LESS_THAN, MORE_THAN, ... */
  mod?: string;
}

export const QUOTE_KINDS = ['direct', 'indirect', 'mixed'] as const;
export type QuoteKind = (typeof QUOTE_KINDS)[number];

/**
 * What the cue reports: speech ("said", "told", "according to", a quotation), thought (a belief, hope or fear:
 * "believes", "fears"), or other (PolNeAR-style attributions of acts and stances: "called for", "declined", "showed").
 */
export const CUE_TYPES = ['speech', 'thought', 'other'] as const;
export type CueType = (typeof CUE_TYPES)[number];

export interface Speaker {
  /** Canonical name when the speaker is a known entity, else the source phrase as written. */
  name: string;
  entity: string | null;
  /** The source phrase in the text (a name, a pronoun, "officials"), or null for a continued quote. */
  mention: Span | null;
}

export interface Quote {
  id: string;
  kind: QuoteKind;
  content: Span;
  cue: Span | null;
  speaker: Speaker | null;
  /** Set by the quotes stage on every quote it writes; hand-made quotes may leave it out. */
  cueType?: CueType;
}

export const HEDGES = ['exact', 'approx', 'at-least', 'at-most', 'range'] as const;
export type Hedge = (typeof HEDGES)[number];

export type Claimant =
  | { kind: 'speaker'; name: string; entity: string | null; quote: string | null }
  | { kind: 'outlet'; name: string | null };

export interface Quantity {
  id: string;
  span: Span;
  value: number;
  low?: number;
  high?: number;
  hedge: Hedge;
  /** Head noun of what is counted: "people", "children", "percent". */
  counted: string;
  claimant: Claimant;
  /** Id of the event the figure measures. */
  event?: string;
  /** The figure's role in that event: killed, wounded, hostages, ... */
  role?: string;
  /** Id of the larger figure this one is a subset of ("including 63 children"). */
  partOf?: string;
  /** Unit for money and measures, e.g. "USD", "km". */
  unit?: string;
}

export interface EventParticipant {
  entity: string;
  role: string;
}

export interface Event {
  id: string;
  type: string;
  trigger: Span;
  /** TIMEX3 value of when it happened. */
  time?: string;
  places: string[];
  participants: EventParticipant[];
  quantities: string[];
}

export interface Layers {
  normalize: NormalizeLayer;
  segment: SegmentLayer;
  entities: EntitiesLayer;
  times: Timex[];
  quotes: Quote[];
  quantities: Quantity[];
  events: Event[];
}

export type LayerName = keyof Layers;
