import pg from 'pg';
import { createError } from '../../core/errors.js';

export interface PgLocation {
  /** The connection string pg gets (our own parameters removed). */
  connectionString: string;
  /** Schema holding the corpus tables ("public" unless `?schema=` names another). */
  schema: string;
  /** The URL with any password hidden, for messages. */
  display: string;
}

const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

export const isPostgresUrl = (s: string): boolean => /^postgres(ql)?:\/\//i.test(s);

/**
 * `postgres://user@host:5432/db?schema=name`: `schema` is ours (one database can hold many
 * corpora, and each test its own); every other parameter is passed to pg unchanged.
 */
export function parseLocation(location: string): PgLocation {
  let url: URL;
  try {
    url = new URL(location);
  } catch {
    throw createError('E_USAGE', `not a valid postgres:// URL: ${location}`);
  }
  const schema = url.searchParams.get('schema') ?? 'public';
  if (!SCHEMA_NAME.test(schema)) throw createError('E_USAGE', `schema must be a plain SQL identifier, not "${schema}"`);
  url.searchParams.delete('schema');
  const display = new URL(url.href);
  if (display.password) display.password = '***';
  return { connectionString: url.href, schema, display: display.href };
}

/** A pool whose every connection works in the corpus schema (set at connect, before any query). */
export function createPool(loc: PgLocation, opts: { max?: number; readonly?: boolean } = {}): pg.Pool {
  const options = [`-c search_path=${loc.schema}`];
  if (opts.readonly) options.push('-c default_transaction_read_only=on');
  const pool = new pg.Pool({ connectionString: loc.connectionString, max: opts.max ?? 8, options: options.join(' '), connectionTimeoutMillis: 10_000, idleTimeoutMillis: 30_000 });
  // An idle connection dropped by the server must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  return pool;
}
