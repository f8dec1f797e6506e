import type { ColumnType, TableDef } from '../schema.js';

const TYPES: Record<ColumnType, string> = { text: 'TEXT', integer: 'INTEGER', real: 'REAL', json: 'TEXT' };

const q = (name: string) => `"${name}"`;

/** SQLite DDL for one portable table definition. */
export function createTableSql(t: TableDef): string[] {
  const cols = t.columns.map((c) => `${q(c.name)} ${TYPES[c.type]}${c.notNull ? ' NOT NULL' : ''}`);
  cols.push(`PRIMARY KEY (${t.primaryKey.map(q).join(', ')})`);
  const out = [`CREATE TABLE ${q(t.name)} (\n  ${cols.join(',\n  ')}\n)`];
  for (const ix of t.indexes ?? []) out.push(`CREATE INDEX ${q(ix.name)} ON ${q(t.name)} (${ix.columns.map(q).join(', ')})`);
  return out;
}
