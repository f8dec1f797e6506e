/** The corpus store: open one by path. Today SQLite; a postgres:// URL would pick postgres/. */
import { createError } from '../core/errors.js';
import { SqliteStore } from './sqlite/store.js';
import type { Store } from './types.js';

export type * from './types.js';
export { contentHash } from './hash.js';
export { SCHEMA_VERSION } from './schema.js';

export const DEFAULT_DB = 'ascribe.db';

export function openStore(location: string = DEFAULT_DB, opts: { readonly?: boolean } = {}): Store {
  if (/^postgres(ql)?:\/\//.test(location)) throw createError('E_USAGE', 'postgres stores are not built in yet; use a SQLite file path');
  return new SqliteStore(location, opts);
}
