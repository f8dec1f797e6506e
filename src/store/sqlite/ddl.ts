import { renderAddColumnSql, renderTableSql, type ColumnTypes } from '../ddl.js';
import type { MigrationDef, TableDef } from '../schema.js';

const TYPES: ColumnTypes = { text: 'TEXT', integer: 'INTEGER', real: 'REAL', json: 'TEXT' };

/** SQLite DDL for one portable table definition. */
export function createTableSql(t: TableDef): string[] {
  return renderTableSql(t, TYPES);
}

/** SQLite DDL for the columns a migration adds to existing tables. */
export function addColumnsSql(m: MigrationDef): string[] {
  return (m.adds ?? []).map((a) => renderAddColumnSql(a.table, a.column, TYPES));
}
