/**
 * The storage interface: everything ingest, query, the server and the page need from a corpus
 * database. Implementations (sqlite/ today, postgres/ later) keep the tables of ../schema.ts and
 * pass the same contract tests (test/corpus/store-contract.ts). Methods are async so that a
 * networked database fits the same shape; the SQLite one answers synchronously underneath.
 */
import type { CueType, Hedge } from '../core/layers.js';
import type { AscribeRecord } from '../record/types.js';
import type { Ledger } from '../corpus/ledger.js';
import type { LinkEvidence } from '../corpus/evidence.js';

/** What a document looked like when it was read, for idempotent re-ingest. */
export interface DocumentMeta {
  id: string;
  title?: string;
  published?: string;
  source?: string;
  url?: string;
}

/** One document to store: an analysed record, or the reason it could not be analysed. */
export type PutItem =
  | { hash: string; record: AscribeRecord }
  | { hash: string | null; error: { id: string; code: string; message: string } };

export interface PutResult {
  added: number;
  replaced: number;
  unchanged: number;
  errors: number;
}

export interface DocumentSummary {
  id: string;
  title: string | null;
  published: string | null;
  source: string | null;
  url: string | null;
  status: 'ok' | 'error';
  error: { code: string; message: string } | null;
  quotes: number;
  figures: number;
  events: number;
}

export interface StoredDocument extends DocumentSummary {
  /** The full ascribe/v1 record (null for an error document). */
  record: AscribeRecord | null;
  /** For each document entity id, the corpus entity it was linked to. */
  entityLinks: Record<string, string>;
  /** For each document event id, the corpus event it was linked to. */
  eventLinks: Record<string, string>;
}

export interface CorpusEntitySummary {
  id: string;
  type: string;
  name: string;
  aliases: string[];
  docs: number;
  mentions: number;
  quotes: number;
  figures: number;
}

export interface EntityMember {
  doc: string;
  title: string | null;
  published: string | null;
  local: string;
  name: string;
  evidence: LinkEvidence[];
}

export interface CorpusEntityDetail extends CorpusEntitySummary {
  members: EntityMember[];
}

export interface QuoteRow {
  doc: string;
  title: string | null;
  source: string | null;
  published: string | null;
  id: string;
  kind: string;
  start: number;
  end: number;
  text: string;
  speaker: string | null;
  /** Corpus entity of the speaker, when the speaker was resolved to an entity. */
  entity: string | null;
  cue: string | null;
  /** What the cue reports (speech, thought or other); null for a record that carries no label. */
  cueType: CueType | null;
}

export interface FigureRow {
  doc: string;
  title: string | null;
  source: string | null;
  published: string | null;
  id: string;
  start: number;
  end: number;
  text: string;
  value: number;
  low: number | null;
  high: number | null;
  hedge: Hedge;
  counted: string;
  role: string | null;
  unit: string | null;
  claimant: string;
  claimantKind: 'speaker' | 'outlet';
  /** Corpus entity of the claimant when it is a resolved speaker. */
  entity: string | null;
  /** The quote the figure was said in, if any. */
  quote: string | null;
  /** Corpus event the figure measures, if its document event was linked. */
  event: string | null;
}

export interface CorpusEventSummary {
  id: string;
  type: string;
  /** Day (YYYY-MM-DD) or coarser TIMEX3 value the linked mentions agree on, if any. */
  time: string | null;
  places: string[];
  label: string;
  docs: number;
  mentions: number;
  firstReported: string | null;
  lastReported: string | null;
}

export interface EventMember {
  doc: string;
  title: string | null;
  source: string | null;
  published: string | null;
  local: string;
  trigger: string;
  time: string | null;
  evidence: LinkEvidence[];
}

export interface CorpusEventDetail extends CorpusEventSummary {
  members: EventMember[];
}

export interface SearchHit {
  kind: 'document' | 'quote';
  doc: string;
  title: string | null;
  published: string | null;
  /** Quote id for a quote hit. */
  id: string | null;
  speaker: string | null;
  /** A short excerpt with the matches between \u0002 and \u0003 (rendered as marks by the page). */
  snippet: string;
  rank: number;
}

export interface Page {
  limit?: number;
  offset?: number;
}

export interface QuoteQuery extends Page {
  /** Part of the speaker's name (any name of a linked entity). */
  speaker?: string;
  entity?: string;
  doc?: string;
  /** Only quotes whose cue reports this (e.g. 'speech': statements, not beliefs or acts). */
  cueType?: CueType;
}

export interface LedgerQuery {
  /** Only the ledger's quotes of this cue type (figures stay; each figure's quote carries its own). */
  cueType?: CueType;
}

export interface StoreStats {
  documents: number;
  errors: number;
  entities: number;
  events: number;
  quotes: number;
  figures: number;
  schemaVersion: number;
}

export interface Store {
  /** Stored content hash of each id in `ids` (absent when the id is not stored). */
  hashes(ids: readonly string[]): Promise<Map<string, string | null>>;
  /** Stores a batch in one transaction: all of it is committed, or none. */
  putBatch(items: readonly PutItem[]): Promise<PutResult>;
  deleteDocument(id: string): Promise<boolean>;

  stats(): Promise<StoreStats>;
  documents(q?: Page & { status?: 'ok' | 'error' }): Promise<DocumentSummary[]>;
  document(id: string): Promise<StoredDocument | null>;
  entities(q?: Page & { type?: string; name?: string }): Promise<CorpusEntitySummary[]>;
  entity(id: string): Promise<CorpusEntityDetail | null>;
  quotes(q?: QuoteQuery): Promise<QuoteRow[]>;
  figures(q?: Page & { role?: string; entity?: string; event?: string; doc?: string }): Promise<FigureRow[]>;
  events(q?: Page & { type?: string; minDocs?: number }): Promise<CorpusEventSummary[]>;
  event(id: string): Promise<CorpusEventDetail | null>;
  ledger(eventId: string, q?: LedgerQuery): Promise<Ledger | null>;
  search(text: string, q?: Page & { kind?: 'document' | 'quote' }): Promise<SearchHit[]>;
  close(): Promise<void>;
}
