import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { SQLITE_MIGRATIONS } from '../../src/store/sqlite/migrations/index.js';
import { storeContract } from './store-contract.js';

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
