import type pg from 'pg';

import type { Row } from '../rows.js';

export type { Row };

const names = new Map<string, string>();

/**
 * A connection (or the pool) with the few calls the store makes. Statements run repeatedly are
 * prepared once per connection under a stable name, so a hot write path parses nothing.
 */
export class Sql {
  constructor(readonly conn: pg.PoolClient | pg.Pool) {}

  async all<T = Row>(text: string, values: unknown[] = []): Promise<T[]> {
    return (await this.conn.query({ text, values, name: nameOf(text) })).rows as T[];
  }

  async one<T = Row>(text: string, values: unknown[] = []): Promise<T | undefined> {
    return (await this.all<T>(text, values))[0];
  }

  /** First column of every row. */
  async col<T = unknown>(text: string, values: unknown[] = []): Promise<T[]> {
    const r = await this.conn.query({ text, values, name: nameOf(text), rowMode: 'array' });
    return r.rows.map((x: unknown[]) => x[0] as T);
  }

  async run(text: string, values: unknown[] = []): Promise<number> {
    return (await this.conn.query({ text, values, name: nameOf(text) })).rowCount ?? 0;
  }

  /** Dynamic SQL (filters built per call): not prepared under a name. */
  async dynamic<T = Row>(text: string, values: unknown[] = []): Promise<T[]> {
    return (await this.conn.query(text, values)).rows as T[];
  }

  /** Many rows in one statement per chunk, staying under the protocol's 65,535 parameters. */
  async insertMany(table: string, columns: readonly string[], rows: readonly unknown[][], suffix = ''): Promise<void> {
    if (rows.length === 0) return;
    const per = Math.max(1, Math.floor(60_000 / columns.length));
    const cols = columns.map((c) => `"${c}"`).join(', ');
    for (let i = 0; i < rows.length; i += per) {
      const chunk = rows.slice(i, i + per);
      const values: unknown[] = [];
      const tuples = chunk.map((r) => `(${r.map((v) => (values.push(v), `$${values.length}`)).join(', ')})`);
      await this.conn.query(`INSERT INTO "${table}" (${cols}) VALUES ${tuples.join(', ')} ${suffix}`, values);
    }
  }
}

function nameOf(text: string): string {
  let n = names.get(text);
  if (!n) names.set(text, (n = `ascribe_${names.size}`));
  return n;
}

/** Days and other integers stored as INTEGER stay inside its range. */
export const int4 = (n: number): number => Math.max(-2_000_000_000, Math.min(2_000_000_000, Math.trunc(n)));
