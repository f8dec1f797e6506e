import { QUOTE_CUE_TYPE } from '../../schema.js';
import { addColumnsSql } from '../ddl.js';
import type { SqliteMigration } from './index.js';

/**
 * Version 2: quotes.cue_type, filled for the quotes already stored from the record JSON each
 * document keeps (its `quotes[].cueType`; NULL where a record has none). Each record is parsed
 * once, and its quotes found by primary key.
 */
export const migration002: SqliteMigration = {
  version: QUOTE_CUE_TYPE.version,
  name: QUOTE_CUE_TYPE.name,
  statements: [
    ...addColumnsSql(QUOTE_CUE_TYPE),
    `UPDATE quotes SET cue_type = b.cue_type
     FROM (SELECT d.id AS doc_id, json_extract(j.value, '$.id') AS local_id, json_extract(j.value, '$.cueType') AS cue_type
           FROM documents d, json_each(d.record, '$.quotes') j WHERE d.status = 'ok' AND d.record IS NOT NULL) b
     WHERE quotes.doc_id = b.doc_id AND quotes.local_id = b.local_id`,
  ],
};
