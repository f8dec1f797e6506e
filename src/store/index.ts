/** The corpus store: a SQLite file path (the default), or a postgres:// URL (shared by many workers). */
import { isPostgresUrl } from './postgres/connect.js';
import { PgStore } from './postgres/store.js';
import { SqliteStore } from './sqlite/store.js';
import type { Store } from './types.js';
import type { Warn } from './warn.js';

export type * from './types.js';
export { contentHash } from './hash.js';
export { SCHEMA_VERSION } from './schema.js';

export const DEFAULT_DB = 'ascribe.db';

/**
 * `readonly`: the command only reads (a corpus an older ascribe made is still upgraded when it
 * can be written, else read as it is). `warn`: where such notices go (stderr by default).
 */
export function openStore(location: string = DEFAULT_DB, opts: { readonly?: boolean; warn?: Warn } = {}): Store {
  // Postgres connects on first use, so opening stays synchronous for both.
  if (isPostgresUrl(location)) return new PgStore(location, opts);
  return new SqliteStore(location, opts);
}
