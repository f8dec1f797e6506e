import { MIGRATIONS } from '../../schema.js';
import { createTableSql } from '../ddl.js';
import type { SqliteMigration } from './index.js';

const def = MIGRATIONS.find((m) => m.version === 1)!;

/**
 * Version 1: the portable tables, plus FTS5 indexes over article titles and texts and over
 * quotes and their speakers. Both are external-content tables (the text is stored once, in
 * documents / quotes) keyed by the owner's rowid; the store keeps them in step on write.
 */
export const migration001: SqliteMigration = {
  version: 1,
  name: def.name,
  statements: [
    ...def.creates.flatMap(createTableSql),
    `CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')`,
    `CREATE VIRTUAL TABLE quotes_fts USING fts5(text, speaker, content='quotes', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')`,
  ],
};
