import type pg from 'pg';
import { createError } from '../../core/errors.js';
import { PG_MIGRATIONS, VERSION_TABLE } from './migrations.js';

/** The schema version of the corpus (0 when it has no ascribe tables yet). */
export async function schemaVersion(db: pg.Pool | pg.PoolClient): Promise<number> {
  const r = await db.query(`SELECT to_regclass('${VERSION_TABLE}') IS NOT NULL AS present`);
  if (!r.rows[0].present) return 0;
  return Number((await db.query(`SELECT max(version) AS v FROM ${VERSION_TABLE}`)).rows[0].v ?? 0);
}

/**
 * Creates the schema if needed and applies every newer migration, in one transaction under an
 * advisory lock: workers starting together on an empty database migrate it exactly once.
 */
export async function migrate(pool: pg.Pool, schema: string): Promise<void> {
  const latest = PG_MIGRATIONS[PG_MIGRATIONS.length - 1].version;
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query("SELECT pg_advisory_xact_lock(hashtext('ascribe-migrate/' || $1))", [schema]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    await client.query(`CREATE TABLE IF NOT EXISTS ${VERSION_TABLE} (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`);
    const current = await schemaVersion(client);
    if (current > latest) throw createError('E_USAGE', `database schema version ${current} is newer than this ascribe (${latest}); upgrade ascribe`);
    for (const m of PG_MIGRATIONS) {
      if (m.version <= current) continue;
      for (const s of m.statements) await client.query(s);
      await client.query(`INSERT INTO ${VERSION_TABLE} (version, name) VALUES ($1, $2)`, [m.version, m.name]);
    }
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK').catch(() => {});
    throw e;
  } finally {
    client.release();
  }
}
