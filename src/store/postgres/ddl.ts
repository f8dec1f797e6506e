import { renderAddColumnSql, renderTableSql, type ColumnTypes } from '../ddl.js';
import type { MigrationDef, TableDef } from '../schema.js';

// JSON stays text: the record must come back byte for byte as written (jsonb reorders keys),
// and both dialects then read it the same way. Text compares bytewise (COLLATE "C"), as in
// SQLite, so ordering, paging and the slug range scans agree between the two stores.
const TYPES: ColumnTypes = { text: 'TEXT COLLATE "C"', integer: 'INTEGER', real: 'DOUBLE PRECISION', json: 'TEXT' };

/** Postgres DDL for one portable table definition (../schema.ts). */
export function createTableSql(t: TableDef): string[] {
  return renderTableSql(t, TYPES);
}

/** Postgres DDL for the columns a migration adds to existing tables. */
export function addColumnsSql(m: MigrationDef): string[] {
  return (m.adds ?? []).map((a) => renderAddColumnSql(a.table, a.column, TYPES));
}
