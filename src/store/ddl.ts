import type { ColumnDef, ColumnType, TableDef } from './schema.js';

/** SQL type names of the portable column types, per dialect. */
export type ColumnTypes = Record<ColumnType, string>;

const q = (name: string) => `"${name}"`;

/** CREATE TABLE and CREATE INDEX statements for one portable table definition (./schema.ts). */
export function renderTableSql(t: TableDef, types: ColumnTypes): string[] {
  const cols = t.columns.map((c) => `${q(c.name)} ${types[c.type]}${c.notNull ? ' NOT NULL' : ''}`);
  cols.push(`PRIMARY KEY (${t.primaryKey.map(q).join(', ')})`);
  const out = [`CREATE TABLE ${q(t.name)} (\n  ${cols.join(',\n  ')}\n)`];
  for (const ix of t.indexes ?? []) out.push(`CREATE INDEX ${q(ix.name)} ON ${q(t.name)} (${ix.columns.map(q).join(', ')})`);
  return out;
}

/** ALTER TABLE … ADD COLUMN for a column a later version adds (nullable: old rows get NULL until backfilled). */
export function renderAddColumnSql(table: string, c: ColumnDef, types: ColumnTypes): string {
  return `ALTER TABLE ${q(table)} ADD COLUMN ${q(c.name)} ${types[c.type]}`;
}
