import type { ColumnType, TableDef } from '../schema.js';

// JSON stays text: the record must come back byte for byte as written (jsonb reorders keys),
// and both dialects then read it the same way. Text compares bytewise (COLLATE "C"), as in
// SQLite, so ordering, paging and the slug range scans agree between the two stores.
const TYPES: Record<ColumnType, string> = { text: 'TEXT COLLATE "C"', integer: 'INTEGER', real: 'DOUBLE PRECISION', json: 'TEXT' };

const q = (name: string) => `"${name}"`;

/** Postgres DDL for one portable table definition (../schema.ts). */
export function createTableSql(t: TableDef): string[] {
  const cols = t.columns.map((c) => `${q(c.name)} ${TYPES[c.type]}${c.notNull ? ' NOT NULL' : ''}`);
  cols.push(`PRIMARY KEY (${t.primaryKey.map(q).join(', ')})`);
  const out = [`CREATE TABLE ${q(t.name)} (\n  ${cols.join(',\n  ')}\n)`];
  for (const ix of t.indexes ?? []) out.push(`CREATE INDEX ${q(ix.name)} ON ${q(t.name)} (${ix.columns.map(q).join(', ')})`);
  return out;
}
