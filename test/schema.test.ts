import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordSchema } from '../src/record/schema.js';
import { ROOT, schemaErrors } from './helpers.js';

describe('schema/ascribe-v1.schema.json', () => {
  it('is the file generated from src/record/schema.ts (run npm run schema after changing it)', () => {
    const committed = JSON.parse(fs.readFileSync(path.join(ROOT, 'schema', 'ascribe-v1.schema.json'), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(recordSchema)));
  });

  it('rejects records that break the contract', () => {
    const base = { schema: 'ascribe/v1', doc: { id: 'x', lang: 'en' }, text: 'a', entities: [], quotes: [], quantities: [], times: [], events: [] };
    expect(schemaErrors(base)).toEqual([]);
    expect(schemaErrors({ ...base, schema: 'ascribe/v2' })).not.toEqual([]);
    expect(schemaErrors({ ...base, doc: { id: 'x', lang: 'en', published: '26/02/2020' } })).not.toEqual([]);
    const unknownSpeaker = { id: 'q1', kind: 'direct', content: { start: 0, end: 1, text: 'a' }, cue: null, speaker: { name: 'Unknown', entity: null, mention: null } };
    expect(schemaErrors({ ...base, quotes: [unknownSpeaker] })).not.toEqual([]);
    expect(schemaErrors({ schema: 'ascribe/v1', doc: { id: 'x' }, error: { code: 'E_EMPTY', message: 'empty document: x' } })).toEqual([]);
    expect(schemaErrors({ schema: 'ascribe/v1', doc: { id: 'x' }, error: { code: 'E_MADE_UP', message: 'm' } })).not.toEqual([]);
  });
});
