import type { Ledger } from '../../corpus/ledger.js';
import type { LedgerQuery, PutItem, PutResult, Store } from '../types.js';
import { createError } from '../../core/errors.js';
import type { Warn } from '../warn.js';
import { isOlder, openDb, schemaVersion, type Db } from './db.js';
import { Reader } from './read.js';
import { Writer } from './write.js';

/** The SQLite corpus store (better-sqlite3): one file, WAL mode, every batch one transaction. */
export class SqliteStore implements Store {
  readonly db: Db;
  private readonly reader: Reader;
  private writer: Writer | null = null;

  constructor(private readonly file: string, opts: { readonly?: boolean; warn?: Warn } = {}) {
    this.db = openDb(file, opts);
    this.reader = new Reader(this.db);
  }

  /** The writer; a corpus read without upgrading (./db.ts) refuses, in one line, to be written. */
  private writable(): Writer {
    if (isOlder(this.db)) {
      throw createError('E_USAGE', `corpus ${this.file} is schema version ${schemaVersion(this.db)}, opened without upgrading: it cannot be written (open it once with write access to upgrade)`);
    }
    return (this.writer ??= new Writer(this.db));
  }

  async hashes(ids: readonly string[]) {
    return this.reader.hashes(ids);
  }

  async putBatch(items: readonly PutItem[]): Promise<PutResult> {
    const w = this.writable();
    const result: PutResult = { added: 0, replaced: 0, unchanged: 0, errors: 0 };
    const now = new Date().toISOString();
    this.db.transaction(() => {
      for (const item of items) {
        const o = w.put(item, now);
        if (o === 'error') result.errors++;
        else result[o]++;
      }
    })();
    return result;
  }

  async deleteDocument(id: string) {
    const w = this.writable();
    return this.db.transaction(() => w.remove(id))();
  }

  async stats() {
    return this.reader.stats();
  }
  async documents(q?: Parameters<Reader['documents']>[0]) {
    return this.reader.documents(q);
  }
  async document(id: string) {
    return this.reader.document(id);
  }
  async entities(q?: Parameters<Reader['entities']>[0]) {
    return this.reader.entities(q);
  }
  async entity(id: string) {
    return this.reader.entity(id);
  }
  async quotes(q?: Parameters<Reader['quotes']>[0]) {
    return this.reader.quotes(q);
  }
  async figures(q?: Parameters<Reader['figures']>[0]) {
    return this.reader.figures(q);
  }
  async events(q?: Parameters<Reader['events']>[0]) {
    return this.reader.events(q);
  }
  async event(id: string) {
    return this.reader.event(id);
  }
  async ledger(id: string, q?: LedgerQuery): Promise<Ledger | null> {
    return this.reader.ledger(id, q);
  }
  async search(text: string, q?: Parameters<Reader['search']>[1]) {
    return this.reader.search(text, q);
  }
  async close() {
    if (this.db.open) {
      // Fold the WAL back into the main file so the database is one self-contained file again.
      if (!this.db.readonly) this.db.pragma('wal_checkpoint(TRUNCATE)');
      this.db.close();
    }
  }
}
