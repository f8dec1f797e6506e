/**
 * The real Postgres and Redis these tests run against, and the rule for when they are missing:
 * on a developer's machine without them the tests are skipped with a printed reason; in CI
 * (CI set) they always run, and fail if the services cannot be reached.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { Redis } from 'ioredis';

export const PG_URL = process.env.ASCRIBE_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
export const REDIS_URL = process.env.ASCRIBE_TEST_REDIS ?? 'redis://127.0.0.1:6379';

async function pgUp(): Promise<string | null> {
  const c = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    await c.query('SELECT 1');
    return null;
  } catch (e) {
    return `Postgres at ${PG_URL}: ${(e as Error).message || (e as { code?: string }).code}`;
  } finally {
    await c.end().catch(() => {});
  }
}

async function redisUp(): Promise<string | null> {
  const r = new Redis(REDIS_URL, { lazyConnect: true, connectTimeout: 2000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  r.on('error', () => {});
  try {
    await r.connect();
    await r.ping();
    return null;
  } catch (e) {
    return `Redis at ${REDIS_URL}: ${(e as Error).message}`;
  } finally {
    r.disconnect();
  }
}

/**
 * Whether the tests that need `which` should run. Prints why when they are skipped; in CI
 * returns true even when a service is down, so that the tests fail instead of vanishing.
 */
export async function servicesFor(suite: string, which: Array<'postgres' | 'redis'>): Promise<{ run: boolean; missing: string[] }> {
  const missing = (await Promise.all(which.map((w) => (w === 'postgres' ? pgUp() : redisUp())))).filter((x): x is string => x !== null);
  if (missing.length === 0) return { run: true, missing };
  if (process.env.CI) return { run: true, missing };
  console.warn(`\n[skipped] ${suite}: ${missing.join('; ')} — unreachable. Start the services (see docs/scaling.md) or set CI=1 to make this a failure.\n`);
  return { run: false, missing };
}

/** A Postgres URL of a fresh schema of its own (created by the store on first use). */
export function freshSchema(created: string[]): string {
  const name = `t_${randomBytes(6).toString('hex')}`;
  created.push(name);
  return `${PG_URL}${PG_URL.includes('?') ? '&' : '?'}schema=${name}`;
}

export async function dropSchemas(names: string[]): Promise<void> {
  if (names.length === 0) return;
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  try {
    for (const n of names.splice(0)) await c.query(`DROP SCHEMA IF EXISTS "${n}" CASCADE`);
  } finally {
    await c.end();
  }
}

/** A BullMQ key prefix of its own. */
export const freshPrefix = () => `ascribe-test-${randomBytes(5).toString('hex')}`;

/** Removes every Redis key under a prefix (SCAN, never KEYS). */
export async function dropPrefix(prefix: string): Promise<void> {
  const r = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await r.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) await r.del(...keys);
    } while (cursor !== '0');
  } finally {
    r.disconnect();
  }
}
