/**
 * The store contract (test/corpus/store-contract.ts, the same suite SQLite passes) against a
 * real Postgres, each test in a schema of its own; then what only Postgres has.
 */
import { afterAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { openStore } from '../../src/store/index.js';
import { PgStore } from '../../src/store/postgres/store.js';
import { PG_MIGRATIONS } from '../../src/store/postgres/migrations.js';
import { storeContract } from '../corpus/store-contract.js';
import { FLOOD_A, FLOOD_B, FLOOD_CUES, record } from '../corpus/fixtures.js';
import { dropSchemas, freshSchema, PG_URL, servicesFor } from './services.js';

const svc = await servicesFor('Postgres store', ['postgres']);
const schemas: string[] = [];
afterAll(() => dropSchemas(schemas));

if (svc.run && svc.missing.length) it('reaches Postgres', () => expect(svc.missing).toEqual([]));

if (svc.run) storeContract('postgres', () => openStore(freshSchema(schemas)));

describe.skipIf(!svc.run)('Postgres specifics', () => {
  it('migrates once even when several processes open an empty schema together, and refuses a newer schema', async () => {
    const url = freshSchema(schemas);
    const stores = [0, 1, 2, 3].map(() => new PgStore(url));
    const stats = await Promise.all(stores.map((s) => s.stats()));
    expect(stats.map((s) => s.schemaVersion)).toEqual(stores.map(() => PG_MIGRATIONS[PG_MIGRATIONS.length - 1].version));
    await Promise.all(stores.map((s) => s.close()));

    const c = new pg.Client({ connectionString: PG_URL });
    await c.connect();
    const schema = new URL(url).searchParams.get('schema')!;
    await c.query(`INSERT INTO "${schema}".ascribe_schema_version (version, name) VALUES (999, 'future')`);
    await c.end();
    const s = new PgStore(url);
    await expect(s.stats()).rejects.toThrow(/newer/);
    await s.close();
  });

  it('indexes search with tsvector + GIN and the ledger queries with btree indexes', async () => {
    const url = freshSchema(schemas);
    const s = new PgStore(url);
    await s.stats();
    const c = new pg.Client({ connectionString: PG_URL });
    await c.connect();
    const schema = new URL(url).searchParams.get('schema')!;
    const ix = (await c.query('SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = $1', [schema])).rows as Array<{ indexname: string; indexdef: string }>;
    await c.end();
    await s.close();
    const def = (name: string) => ix.find((i) => i.indexname === name)?.indexdef ?? '';
    expect(def('documents_fts')).toMatch(/USING gin \(fts\)/);
    expect(def('quotes_fts')).toMatch(/USING gin \(fts\)/);
    for (const name of ['figures_event', 'doc_events_event', 'event_keys_day', 'entity_keys_entity', 'quotes_doc_start']) expect(def(name)).toMatch(/USING btree/);
  });

  it('two stores writing at once link into one corpus, as one writer would', async () => {
    const url = freshSchema(schemas);
    const [x, y] = [new PgStore(url), new PgStore(url)];
    await Promise.all([x.putBatch([{ hash: 'a', record: record(FLOOD_A) }]), y.putBatch([{ hash: 'b', record: record(FLOOD_B) }])]);
    const [flood] = await x.events();
    expect(flood).toMatchObject({ docs: 2, places: ['Varnel'] });
    expect((await x.document('a'))!.entityLinks.e2).toBe((await y.document('b'))!.entityLinks.e2);
    await Promise.all([x.close(), y.close()]);
  });

  it('upgrades a version 1 corpus (no quotes.cue_type): the column is added and filled from the stored records, on a read-only open too', async () => {
    const latest = PG_MIGRATIONS[PG_MIGRATIONS.length - 1].version;
    const c = new pg.Client({ connectionString: PG_URL });
    await c.connect();
    const columnsOf = async (schema: string) =>
      (await c.query("SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'quotes' ORDER BY ordinal_position", [schema])).rows.map((r) => r.column_name);
    // The quotes table as version 1 alone creates it, to check the downgraded corpus below against.
    const v1Url = freshSchema(schemas);
    const v1Schema = new URL(v1Url).searchParams.get('schema')!;
    await c.query(`CREATE SCHEMA "${v1Schema}"; SET search_path = "${v1Schema}"`);
    for (const sql of PG_MIGRATIONS[0].statements) await c.query(sql);
    await c.query('SET search_path = public');

    for (const readonly of [false, true]) {
      const url = freshSchema(schemas);
      const schema = new URL(url).searchParams.get('schema')!;
      const s = new PgStore(url);
      await s.putBatch([FLOOD_A, FLOOD_B, FLOOD_CUES].map((x) => ({ hash: x.id, record: record(x) })));
      await s.close();
      await c.query(`ALTER TABLE "${schema}".quotes DROP COLUMN cue_type; DELETE FROM "${schema}".ascribe_schema_version WHERE version > 1`);
      expect(await columnsOf(schema)).toEqual(await columnsOf(v1Schema));

      const up = new PgStore(url, { readonly });
      expect((await up.stats()).schemaVersion).toBe(latest);
      expect((await up.quotes({ cueType: 'thought' })).map((q) => [q.doc, q.text])).toEqual([['d', 'the dam failed']]);
      const labels = (await c.query(`SELECT doc_id, local_id, cue_type FROM "${schema}".quotes ORDER BY doc_id, local_id`)).rows.map((r) => [r.doc_id, r.local_id, r.cue_type]);
      expect(labels).toEqual([['a', 'q1', null], ['b', 'q1', 'speech'], ['d', 'q1', 'speech'], ['d', 'q2', 'thought'], ['d', 'q3', 'other']]);
      await up.close();
    }
    await c.end();
  });

  it('reads a version 1 corpus a role may only read, cue types computed from the records, with one warning line; writes refuse', async () => {
    const c = new pg.Client({ connectionString: PG_URL });
    await c.connect();
    const url = freshSchema(schemas);
    const schema = new URL(url).searchParams.get('schema')!;
    const role = `${schema}_reader`;
    const s = new PgStore(url);
    await s.putBatch([FLOOD_A, FLOOD_B, FLOOD_CUES].map((x) => ({ hash: x.id, record: record(x) })));
    await s.close();
    await c.query(`ALTER TABLE "${schema}".quotes DROP COLUMN cue_type; DELETE FROM "${schema}".ascribe_schema_version WHERE version > 1`);
    const upgraded = new PgStore(freshSchema(schemas)); // the same corpus at the latest version, to compare with
    await upgraded.putBatch([FLOOD_A, FLOOD_B, FLOOD_CUES].map((x) => ({ hash: x.id, record: record(x) })));
    await c.query(`CREATE ROLE "${role}" LOGIN; GRANT USAGE ON SCHEMA "${schema}" TO "${role}"; GRANT SELECT ON ALL TABLES IN SCHEMA "${schema}" TO "${role}"`);
    const readerUrl = new URL(url);
    readerUrl.username = role;
    const warnings: string[] = [];
    const ro = new PgStore(readerUrl.href, { readonly: true, warn: (l) => warnings.push(l) });
    try {
      expect((await ro.stats()).schemaVersion).toBe(1);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(new RegExp(`^corpus "${schema}" in \\S+ is schema version 1; reading it without upgrading \\(.*(permission denied|must be owner).*; open it once with write access to upgrade\\)$`));
      expect((await ro.quotes()).map((q) => [q.doc, q.id, q.cueType])).toEqual((await upgraded.quotes()).map((q) => [q.doc, q.id, q.cueType]));
      expect((await ro.quotes({ cueType: 'thought' })).map((q) => [q.doc, q.text])).toEqual([['d', 'the dam failed']]);
      const [flood] = await ro.events();
      const [same] = await upgraded.events();
      for (const cueType of [undefined, 'speech'] as const) {
        expect(JSON.stringify(await ro.ledger(flood.id, { cueType }))).toBe(JSON.stringify(await upgraded.ledger(same.id, { cueType })).replaceAll(same.id, flood.id));
      }
      await expect(ro.putBatch([{ hash: 'x', record: record(FLOOD_A) }])).rejects.toThrow(/is schema version 1, opened without upgrading: it cannot be written \(open it once with write access to upgrade\)$/);
      expect((await c.query(`SELECT max(version) AS v FROM "${schema}".ascribe_schema_version`)).rows[0].v).toBe(1); // nothing half-applied
    } finally {
      await ro.close();
      await upgraded.close();
      await c.query(`DROP OWNED BY "${role}"; DROP ROLE "${role}"`);
      await c.end();
    }
  });

  it('reports an unreachable server or a bad URL as a coded error', async () => {
    const s = openStore('postgres://postgres@127.0.0.1:1/test');
    await expect(s.stats()).rejects.toMatchObject({ code: 'E_UNREADABLE' });
    await s.close();
    expect(() => openStore('postgres://postgres@127.0.0.1/test?schema=x;drop')).toThrow(/schema/);
  });
});
