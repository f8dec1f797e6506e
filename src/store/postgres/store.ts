import type pg from 'pg';
import { createError } from '../../core/errors.js';
import type { Ledger } from '../../corpus/ledger.js';
import type { LedgerQuery, PutItem, PutResult, Store } from '../types.js';
import { reason, warnOnStderr, type Warn } from '../warn.js';
import { createPool, parseLocation, type PgLocation } from './connect.js';
import { migrate, schemaVersion } from './migrate.js';
import { PG_MIGRATIONS } from './migrations.js';
import { Reader } from './read.js';
import { Sql } from './sql.js';
import { Writer } from './write.js';

/**
 * The Postgres corpus store: any number of processes on any number of machines share one
 * database. Each batch is one transaction that first takes a transaction-scoped advisory lock
 * on the corpus, so linking (which reads and updates corpus-wide rows) sees every earlier
 * commit and never races another writer; readers are never blocked (MVCC). A process killed
 * mid-batch leaves nothing behind: the server rolls the open transaction back.
 */
const LATEST = PG_MIGRATIONS[PG_MIGRATIONS.length - 1].version;

export class PgStore implements Store {
  readonly location: PgLocation;
  private readonly pool: pg.Pool;
  private reader: Reader;
  private ready: Promise<void> | null = null;
  private closed = false;
  /** The schema version of a corpus an older ascribe made that is read without upgrading (0 when none). */
  private older = 0;

  constructor(url: string, opts: { readonly?: boolean; poolSize?: number; warn?: Warn } = {}) {
    this.location = parseLocation(url);
    this.pool = createPool(this.location, { max: opts.poolSize, readonly: opts.readonly });
    this.reader = new Reader(new Sql(this.pool), () => schemaVersion(this.pool));
    this.readonly = opts.readonly ?? false;
    this.warn = opts.warn ?? warnOnStderr;
  }

  private readonly readonly: boolean;
  private readonly warn: Warn;

  /** The corpus, for messages: its schema and the database holding it. */
  private get corpus(): string {
    return `"${this.location.schema}" in ${this.location.display}`;
  }

  /** Connects and brings the schema up to date once, on first use (opening stays synchronous). */
  private init(): Promise<void> {
    this.ready ??= (async () => {
      try {
        if (this.readonly) {
          const v = await schemaVersion(this.pool);
          if (v === 0) throw createError('E_UNREADABLE', this.location.display, `no ascribe corpus in schema "${this.location.schema}"`);
          if (v < LATEST) await this.upgrade(v);
        } else await migrate(this.pool, this.location.schema);
      } catch (e) {
        this.ready = null;
        const err = e as Error & { code?: string };
        if (err.name === 'AscribeError') throw e;
        throw createError('E_UNREADABLE', this.location.display, err.message || String(err.code ?? e));
      }
    })();
    return this.ready;
  }

  /**
   * A read-only store on a corpus an older ascribe made: it is upgraded once through a
   * short-lived writable pool; a role that may not do that reads it as it is, with a warning
   * (the reader computes what the newer columns would hold), and refuses to write.
   */
  private async upgrade(from: number): Promise<void> {
    const pool = createPool(this.location, { max: 1 });
    try {
      await migrate(pool, this.location.schema);
    } catch (e) {
      this.warn(`corpus ${this.corpus} is schema version ${from}; reading it without upgrading (${reason(e)}; open it once with write access to upgrade)`);
      this.older = from;
      this.reader = new Reader(new Sql(this.pool), () => schemaVersion(this.pool), true);
    } finally {
      await pool.end();
    }
  }

  /** Runs `f` in one transaction holding the corpus write lock; rolls back on any error. */
  private async write<T>(f: (w: Writer) => Promise<T>): Promise<T> {
    await this.init();
    if (this.older) {
      throw createError('E_USAGE', `corpus ${this.corpus} is schema version ${this.older}, opened without upgrading: it cannot be written (open it once with write access to upgrade)`);
    }
    const client = await this.pool.connect();
    let broken: unknown = null;
    try {
      // One round trip: open the transaction and wait for the corpus write lock.
      await client.query("BEGIN; SELECT pg_advisory_xact_lock(hashtext(current_schema() || '/ascribe-write'))");
      const out = await f(new Writer(new Sql(client)));
      await client.query('COMMIT');
      return out;
    } catch (e) {
      try {
        await client.query('ROLLBACK');
      } catch (r) {
        broken = r; // the connection itself failed: do not return it to the pool
      }
      throw e;
    } finally {
      client.release(broken ? (broken as Error) : undefined);
    }
  }

  async putBatch(items: readonly PutItem[]): Promise<PutResult> {
    const now = new Date().toISOString();
    return this.write(async (w) => {
      const result: PutResult = { added: 0, replaced: 0, unchanged: 0, errors: 0 };
      for (const item of items) {
        const o = await w.put(item, now);
        if (o === 'error') result.errors++;
        else result[o]++;
      }
      return result;
    });
  }

  async deleteDocument(id: string) {
    return this.write((w) => w.remove(id));
  }

  private async read<T>(f: (r: Reader) => Promise<T>): Promise<T> {
    await this.init();
    return f(this.reader);
  }

  hashes(ids: readonly string[]) {
    return this.read((r) => r.hashes(ids));
  }
  stats() {
    return this.read((r) => r.stats());
  }
  documents(q?: Parameters<Reader['documents']>[0]) {
    return this.read((r) => r.documents(q));
  }
  document(id: string) {
    return this.read((r) => r.document(id));
  }
  entities(q?: Parameters<Reader['entities']>[0]) {
    return this.read((r) => r.entities(q));
  }
  entity(id: string) {
    return this.read((r) => r.entity(id));
  }
  quotes(q?: Parameters<Reader['quotes']>[0]) {
    return this.read((r) => r.quotes(q));
  }
  figures(q?: Parameters<Reader['figures']>[0]) {
    return this.read((r) => r.figures(q));
  }
  events(q?: Parameters<Reader['events']>[0]) {
    return this.read((r) => r.events(q));
  }
  event(id: string) {
    return this.read((r) => r.event(id));
  }
  ledger(id: string, q?: LedgerQuery): Promise<Ledger | null> {
    return this.read((r) => r.ledger(id, q));
  }
  search(text: string, q?: Parameters<Reader['search']>[1]) {
    return this.read((r) => r.search(text, q));
  }

  async close() {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}
