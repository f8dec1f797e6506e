import type { AscribeRecord } from '../../record/types.js';

export const CSV_COLUMNS = [
  'doc_id', 'layer', 'id', 'start', 'end', 'text', 'type', 'value', 'low', 'high', 'hedge', 'counted',
  'role', 'claimant', 'speaker', 'cue', 'entity', 'event', 'cue_type',
] as const;
type Row = Partial<Record<(typeof CSV_COLUMNS)[number], string | number | null | undefined>>;

/** RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled, CRLF line ends. */
export function csvField(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(values: readonly (string | number | null | undefined)[]): string {
  return values.map(csvField).join(',') + '\r\n';
}

export function csvHeader(): string {
  return csvLine(CSV_COLUMNS);
}

/** One row per entity mention, quote, figure and date of a record. */
export function csvRows(r: AscribeRecord): string {
  const rows: Row[] = [];
  const doc_id = r.doc.id;
  for (const e of r.entities) {
    for (const m of e.mentions) rows.push({ doc_id, layer: 'entity', id: e.id, start: m.start, end: m.end, text: m.text, type: e.type, entity: e.name });
  }
  for (const q of r.quotes) {
    rows.push({
      doc_id, layer: 'quote', id: q.id, start: q.content.start, end: q.content.end, text: q.content.text, type: q.kind,
      speaker: q.speaker?.name, entity: q.speaker?.entity, cue: q.cue?.text, cue_type: q.cueType,
    });
  }
  for (const n of r.quantities) {
    rows.push({
      doc_id, layer: 'figure', id: n.id, start: n.span.start, end: n.span.end, text: n.span.text, value: n.value, low: n.low, high: n.high,
      hedge: n.hedge, counted: n.counted, role: n.role, event: n.event,
      claimant: n.claimant.kind === 'speaker' ? n.claimant.name : (n.claimant.name ?? 'outlet'),
      speaker: n.claimant.kind === 'speaker' ? n.claimant.name : undefined, entity: n.claimant.kind === 'speaker' ? n.claimant.entity : undefined,
    });
  }
  for (const t of r.times) rows.push({ doc_id, layer: 'time', id: t.id, start: t.span.start, end: t.span.end, text: t.span.text, type: t.type, value: t.value });
  rows.sort((a, b) => Number(a.start) - Number(b.start));
  return rows.map((row) => csvLine(CSV_COLUMNS.map((c) => row[c]))).join('');
}
