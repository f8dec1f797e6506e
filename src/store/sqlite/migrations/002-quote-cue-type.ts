import { QUOTE_CUE_TYPE } from '../../schema.js';
import { addColumnsSql } from '../ddl.js';
import type { SqliteMigration } from './index.js';

/**
 * Each stored quote's cue type as its document's record JSON holds it (`quotes[].cueType`; no
 * row, hence NULL, where a record has none), one row per (doc_id, local_id), each record parsed
 * once. The migration below fills the column from it; a reader of a version 1 corpus that could
 * not be upgraded joins it instead (../read.ts).
 */
export const RECORD_CUE_TYPES = `SELECT d.id AS doc_id, json_extract(j.value, '$.id') AS local_id, json_extract(j.value, '$.cueType') AS cue_type
           FROM documents d, json_each(d.record, '$.quotes') j WHERE d.status = 'ok' AND d.record IS NOT NULL`;

/** Version 2: quotes.cue_type, filled for the quotes already stored (RECORD_CUE_TYPES), found by primary key. */
export const migration002: SqliteMigration = {
  version: QUOTE_CUE_TYPE.version,
  name: QUOTE_CUE_TYPE.name,
  statements: [
    ...addColumnsSql(QUOTE_CUE_TYPE),
    `UPDATE quotes SET cue_type = b.cue_type
     FROM (${RECORD_CUE_TYPES}) b
     WHERE quotes.doc_id = b.doc_id AND quotes.local_id = b.local_id`,
  ],
};
