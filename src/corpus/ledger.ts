/**
 * The claim ledger of one corpus event: for every source that reports it, each figure (role,
 * value, range, hedge, claimant) and the quotes about it; then the spread per role, the
 * earliest and latest report, and who claims what. Figures are listed, never merged or
 * averaged: two sources that disagree stay side by side, and so do two claimants in one source.
 */
import type { CueType, Hedge } from '../core/layers.js';
import type { LinkEvidence } from './evidence.js';

export interface LedgerFigure {
  id: string;
  text: string;
  start: number;
  end: number;
  role: string;
  value: number;
  low: number | null;
  high: number | null;
  hedge: Hedge;
  counted: string;
  unit: string | null;
  claimant: string;
  claimantKind: 'speaker' | 'outlet';
  /** Corpus entity of the claimant, when resolved. */
  entity: string | null;
  /** The quote the figure was said in, with what its cue reports (null: no label in the record). */
  quote: { id: string; text: string; speaker: string | null; cueType: CueType | null } | null;
  /** Id (in its document) of the larger figure this one is part of ("including four children"), or null. Such a part
   * counts something else than the whole: its role reads "killed (children)", so it has a spread of its own. */
  partOf: string | null;
  /** 'event': the analysis tied the figure to this event; 'document': the figure has a role
   * but no event, in a document whose only linked event is this one. */
  attached: 'event' | 'document';
}

export interface LedgerQuote {
  id: string;
  kind: string;
  text: string;
  start: number;
  end: number;
  speaker: string | null;
  entity: string | null;
  /** What the cue reports: speech, thought or other (null: no label in the record). */
  cueType: CueType | null;
}

export interface LedgerSource {
  doc: string;
  outlet: string | null;
  title: string | null;
  published: string | null;
  url: string | null;
  /** Why this document's mention was linked to the event. */
  evidence: LinkEvidence[];
  triggers: string[];
  figures: LedgerFigure[];
  quotes: LedgerQuote[];
}

export interface RoleSpread {
  role: string;
  /** Lowest and highest number any source gives for the role (ranges count by their ends). */
  min: number;
  max: number;
  figures: number;
  sources: number;
  /** Every distinct claim, e.g. "at least 24", as written by hedge. */
  claims: string[];
  earliest: { value: string; published: string | null; doc: string };
  latest: { value: string; published: string | null; doc: string };
}

export interface Claim {
  claimant: string;
  kind: 'speaker' | 'outlet';
  entity: string | null;
  role: string;
  claims: string[];
  docs: string[];
}

export interface LedgerEventHead {
  id: string;
  type: string;
  time: string | null;
  places: string[];
  label: string;
}

export interface Ledger {
  event: LedgerEventHead;
  sources: LedgerSource[];
  spread: RoleSpread[];
  earliest: { published: string; doc: string } | null;
  latest: { published: string; doc: string } | null;
  claims: Claim[];
}

/** A figure as a claim a reader recognises: "about 600", "at least 24", "20–30". */
export function claimText(f: Pick<LedgerFigure, 'value' | 'low' | 'high' | 'hedge' | 'unit'>): string {
  const n = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 2 });
  const unit = f.unit ? ` ${f.unit}` : '';
  switch (f.hedge) {
    case 'approx':
      return `about ${n(f.value)}${unit}`;
    case 'at-least':
      return `at least ${n(f.low ?? f.value)}${unit}`;
    case 'at-most':
      return `at most ${n(f.high ?? f.value)}${unit}`;
    case 'range':
      return `${n(f.low ?? f.value)}–${n(f.high ?? f.value)}${unit}`;
    default:
      return `${n(f.value)}${unit}`;
  }
}

const byDate = (a: { published: string | null }, b: { published: string | null }) => (a.published ?? '9999').localeCompare(b.published ?? '9999');

/** Assembles the ledger from the event's sources (each with its figures and quotes already chosen). */
export function buildLedger(event: LedgerEventHead, sources: LedgerSource[]): Ledger {
  const ordered = [...sources].sort((a, b) => byDate(a, b) || a.doc.localeCompare(b.doc));
  const dated = ordered.filter((s) => s.published);
  const spreadOf = new Map<string, RoleSpread & { docs: Set<string> }>();
  const claimOf = new Map<string, Claim>();
  for (const s of ordered) {
    for (const f of s.figures) {
      const claim = claimText(f);
      const lo = f.low ?? f.value;
      const hi = f.high ?? f.value;
      let sp = spreadOf.get(f.role);
      if (!sp) {
        sp = { role: f.role, min: lo, max: hi, figures: 0, sources: 0, claims: [], earliest: { value: claim, published: s.published, doc: s.doc }, latest: { value: claim, published: s.published, doc: s.doc }, docs: new Set() };
        spreadOf.set(f.role, sp);
      }
      sp.min = Math.min(sp.min, lo);
      sp.max = Math.max(sp.max, hi);
      sp.figures++;
      sp.docs.add(s.doc);
      if (!sp.claims.includes(claim)) sp.claims.push(claim);
      // Sources are in date order, so the last one seen is the latest report.
      sp.latest = { value: claim, published: s.published, doc: s.doc };
      const key = `${f.claimantKind}|${f.entity ?? f.claimant}|${f.role}`;
      let c = claimOf.get(key);
      if (!c) {
        c = { claimant: f.claimant, kind: f.claimantKind, entity: f.entity, role: f.role, claims: [], docs: [] };
        claimOf.set(key, c);
      }
      if (!c.claims.includes(claim)) c.claims.push(claim);
      if (!c.docs.includes(s.doc)) c.docs.push(s.doc);
    }
  }
  const spread = [...spreadOf.values()].map(({ docs, ...sp }) => ({ ...sp, sources: docs.size }));
  spread.sort((a, b) => b.figures - a.figures || a.role.localeCompare(b.role));
  return {
    event,
    sources: ordered,
    spread,
    earliest: dated.length ? { published: dated[0].published!, doc: dated[0].doc } : null,
    latest: dated.length ? { published: dated[dated.length - 1].published!, doc: dated[dated.length - 1].doc } : null,
    claims: [...claimOf.values()].sort((a, b) => a.role.localeCompare(b.role) || a.claimant.localeCompare(b.claimant)),
  };
}

/** A short label for a corpus event: "killing in Khojaly, 1992-02-26"; without a place, who took part. */
export function eventLabel(type: string, places: readonly string[], time: string | null, participants: readonly string[] = []): string {
  let s = type;
  if (places.length) s += ` in ${places.slice(0, 2).join(', ')}`;
  else if (participants.length) s += ` involving ${participants.slice(0, 2).join(', ')}`;
  if (time) s += `, ${time}`;
  return s;
}
