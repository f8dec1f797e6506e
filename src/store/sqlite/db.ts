import Database from 'better-sqlite3';
import { createError } from '../../core/errors.js';
import { SQLITE_MIGRATIONS } from './migrations/index.js';

export type Db = Database.Database;

/**
 * Opens (creating if needed) a corpus database and brings its schema up to date. WAL mode:
 * readers never block the writer, and a killed process loses at most the transaction in flight.
 */
export function openDb(file: string, opts: { readonly?: boolean } = {}): Db {
  let db: Db;
  try {
    db = new Database(file, { readonly: opts.readonly ?? false, fileMustExist: opts.readonly ?? false });
  } catch (e) {
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
  if (!opts.readonly) migrate(db);
  return db;
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Applies every migration newer than the database, each in its own transaction. */
export function migrate(db: Db): void {
  const current = schemaVersion(db);
  const latest = SQLITE_MIGRATIONS[SQLITE_MIGRATIONS.length - 1].version;
  if (current > latest) throw createError('E_USAGE', `database schema version ${current} is newer than this ascribe (${latest}); upgrade ascribe`);
  for (const m of SQLITE_MIGRATIONS) {
    if (m.version <= current) continue;
    db.transaction(() => {
      for (const sql of m.statements) db.exec(sql);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
}
