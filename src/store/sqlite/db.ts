import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { createError } from '../../core/errors.js';
import { reason, warnOnStderr, type Warn } from '../warn.js';
import { SQLITE_MIGRATIONS } from './migrations/index.js';

export type Db = Database.Database;

/**
 * Opens (creating if needed) a corpus database and brings its schema up to date. WAL mode:
 * readers never block the writer, and a killed process loses at most the transaction in flight.
 * A read-only open of a database an older ascribe made upgrades it first when the file can be
 * written; when it cannot, it is read as it is (the reader computes what the newer columns
 * would hold, ./read.ts), with a warning, and writing to it fails (./store.ts).
 */
export function openDb(file: string, opts: { readonly?: boolean; warn?: Warn } = {}): Db {
  const db = connect(file, opts);
  if (!opts.readonly) migrate(db);
  else if (isOlder(db)) {
    const from = schemaVersion(db);
    db.close();
    try {
      const w = new Database(file, { fileMustExist: true });
      try {
        w.pragma('busy_timeout = 5000');
        migrate(w);
      } finally {
        w.close();
      }
    } catch (e) {
      (opts.warn ?? warnOnStderr)(`corpus ${file} is schema version ${from}; reading it without upgrading (${reason(e)}; open it once with write access to upgrade)`);
    }
    return connect(file, opts);
  }
  return db;
}

const LATEST = SQLITE_MIGRATIONS[SQLITE_MIGRATIONS.length - 1].version;

/** An ascribe database (version 1 or later) that an older ascribe made, and not upgraded. */
export function isOlder(db: Db): boolean {
  const v = schemaVersion(db);
  return v > 0 && v < LATEST;
}

function connect(file: string, opts: { readonly?: boolean }): Db {
  let db: Db;
  try {
    db = new Database(file, { readonly: opts.readonly ?? false, fileMustExist: opts.readonly ?? false });
  } catch (e) {
    // A query on a corpus nobody has made yet: say so, rather than SQLite's "unable to open database file".
    if (opts.readonly && !existsSync(file)) throw createError('E_UNREADABLE', file, `no such corpus (make one with: ascribe ingest PATH --db ${file})`);
    throw createError('E_UNREADABLE', file, (e as Error).message);
  }
  if (!opts.readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
  }
  db.pragma('foreign_keys = OFF');
  db.pragma('cache_size = -65536');
  db.pragma('temp_store = MEMORY');
  db.pragma('busy_timeout = 5000');
  return db;
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Applies every migration newer than the database, each in its own transaction. */
export function migrate(db: Db): void {
  const current = schemaVersion(db);
  if (current > LATEST) throw createError('E_USAGE', `database schema version ${current} is newer than this ascribe (${LATEST}); upgrade ascribe`);
  for (const m of SQLITE_MIGRATIONS) {
    if (m.version <= current) continue;
    // Immediate: the write lock is taken first and the version read again under it, so two processes opening an old
    // database at once migrate it once (the second finds it done) instead of both adding the same column.
    db.transaction(() => {
      if (schemaVersion(db) >= m.version) return;
      for (const sql of m.statements) db.exec(sql);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
}
