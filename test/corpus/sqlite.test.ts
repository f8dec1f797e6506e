import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { SQLITE_MIGRATIONS } from '../../src/store/sqlite/migrations/index.js';
import { storeContract } from './store-contract.js';
import { FLOOD_A, FLOOD_B, FLOOD_CUES, record } from './fixtures.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ascribe-store-'));
let n = 0;
const fresh = () => path.join(dir, `t${n++}.db`);

storeContract('sqlite', () => openStore(fresh()));

describe('SQLite specifics', () => {
  it('migrates a new file to the latest version, in WAL mode, and refuses a newer schema', async () => {
    const file = fresh();
    const s = openStore(file);
    expect((await s.stats()).schemaVersion).toBe(SQLITE_MIGRATIONS[SQLITE_MIGRATIONS.length - 1].version);
    await s.close();
    const db = new Database(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.pragma('user_version = 999');
    db.close();
    expect(() => openStore(file)).toThrow(/newer/);
  });

  it('opens an existing database read-only and reports a missing one as a coded error', async () => {
    const file = fresh();
    await openStore(file).close();
    const ro = openStore(file, { readonly: true });
    expect((await ro.stats()).documents).toBe(0);
    await ro.close();
    expect(() => openStore(path.join(dir, 'missing.db'), { readonly: true })).toThrow(expect.objectContaining({ code: 'E_UNREADABLE' }));
  });
});

/** The columns of each table, as PRAGMA table_info lists them. */
function columns(db: Database.Database): Record<string, string[]> {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%' ORDER BY name").pluck().all() as string[];
  return Object.fromEntries(tables.map((t) => [t, (db.prepare(`PRAGMA table_info("${t}")`).all() as Array<{ name: string }>).map((c) => c.name)]));
}

/**
 * A corpus as version 1 (before quotes.cue_type) left it: stored by this version, then the
 * column dropped and the version set back, which must give exactly the tables version 1 creates.
 */
async function versionOneCorpus(): Promise<string> {
  const file = fresh();
  const s = openStore(file);
  await s.putBatch([FLOOD_A, FLOOD_B, FLOOD_CUES].map((x) => ({ hash: x.id, record: record(x) })));
  await s.close();
  const db = new Database(file);
  db.exec('ALTER TABLE quotes DROP COLUMN cue_type');
  db.pragma('user_version = 1');
  const v1 = new Database(':memory:');
  for (const sql of SQLITE_MIGRATIONS[0].statements) v1.exec(sql);
  expect(columns(db)).toEqual(columns(v1));
  v1.close();
  db.close();
  return file;
}

describe('SQLite upgrade of a version 1 corpus (no quotes.cue_type)', () => {
  const latest = SQLITE_MIGRATIONS[SQLITE_MIGRATIONS.length - 1].version;
  const labels = (db: Database.Database) => db.prepare('SELECT doc_id, local_id, cue_type FROM quotes ORDER BY doc_id, local_id').raw().all();
  const expected = [['a', 'q1', null], ['b', 'q1', 'speech'], ['d', 'q1', 'speech'], ['d', 'q2', 'thought'], ['d', 'q3', 'other']];

  it('adds the column and fills it from the stored records on open', async () => {
    const file = await versionOneCorpus();
    const s = openStore(file);
    expect((await s.stats()).schemaVersion).toBe(latest);
    expect((await s.quotes({ cueType: 'thought' })).map((q) => [q.doc, q.text])).toEqual([['d', 'the dam failed']]);
    await s.close();
    const db = new Database(file, { readonly: true });
    expect(labels(db)).toEqual(expected);
    db.close();
  });

  it('upgrades on a read-only open too (ascribe query), since the queries need the column', async () => {
    const file = await versionOneCorpus();
    const ro = openStore(file, { readonly: true });
    expect((await ro.stats()).schemaVersion).toBe(latest);
    expect((await ro.quotes({ cueType: 'speech' })).map((q) => q.doc)).toEqual(['d', 'b']);
    await ro.close();
  });

  it('reads it as it is when it cannot be upgraded, cue types computed from the records, with one warning line; writes refuse', async () => {
    const file = await versionOneCorpus();
    const upgraded = openStore(await versionOneCorpus()); // the same corpus upgraded, to compare with
    const holder = new Database(file);
    holder.exec('BEGIN EXCLUSIVE'); // the upgrade cannot take the write lock (WAL: reading still can)
    const warnings: string[] = [];
    let ro: ReturnType<typeof openStore>;
    try {
      ro = openStore(file, { readonly: true, warn: (l) => warnings.push(l) });
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
    expect(warnings).toEqual([`corpus ${file} is schema version 1; reading it without upgrading (database is locked; open it once with write access to upgrade)`]);
    expect((await ro.stats()).schemaVersion).toBe(1);
    expect((await ro.quotes()).map((q) => [q.doc, q.id, q.cueType])).toEqual((await upgraded.quotes()).map((q) => [q.doc, q.id, q.cueType]));
    expect((await ro.quotes({ cueType: 'thought' })).map((q) => [q.doc, q.text])).toEqual([['d', 'the dam failed']]);
    const [flood] = await ro.events();
    expect(await ro.ledger(flood.id, { cueType: 'speech' })).toEqual(await upgraded.ledger(flood.id, { cueType: 'speech' }));
    await expect(ro.putBatch([{ hash: 'x', record: record(FLOOD_A) }])).rejects.toThrow(
      `corpus ${file} is schema version 1, opened without upgrading: it cannot be written (open it once with write access to upgrade)`,
    );
    await ro.close();
    await upgraded.close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(1); // nothing half-applied
    db.close();
  }, 20_000);
});
