import { renderTableSql, type ColumnTypes } from '../ddl.js';
import type { TableDef } from '../schema.js';

const TYPES: ColumnTypes = { text: 'TEXT', integer: 'INTEGER', real: 'REAL', json: 'TEXT' };

/** SQLite DDL for one portable table definition. */
export function createTableSql(t: TableDef): string[] {
  return renderTableSql(t, TYPES);
}
