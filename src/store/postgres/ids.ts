import { fold } from '../../corpus/names.js';
import type { Sql } from './sql.js';

/** The slug a name gives ("Nancy Pelosi" → "nancy-pelosi"), before any numeric suffix. */
export const slugBase = (words: string): string => fold(words).replace(/ /g, '-').slice(0, 60).replace(/-+$/, '');

/**
 * Readable ids ("nancy-pelosi", "killing-khojaly-1992-02-26"), unique in their table by a
 * numeric suffix, as the SQLite store makes them. One instance lives for one write
 * transaction (other workers add ids between transactions). Every id a base can produce
 * (the base, or base-N) is read by one probe, so after it the taken ids of a base are known
 * without asking again.
 */
export class SlugIds {
  private readonly taken = new Map<string, Set<string>>();
  /** Ids made in this transaction: another base's range may hold them ("a-2019-01" + "-10" = "a-2019-01-10"). */
  private readonly made = new Set<string>();

  constructor(private readonly sql: Sql) {}

  /** Reads the taken ids of many bases in one query. */
  async prefetch(table: 'entities' | 'events', bases: readonly string[]): Promise<void> {
    const fresh = [...new Set(bases.filter((b) => b && !this.taken.has(`${table}|${b}`)))];
    if (fresh.length === 0) return;
    for (const b of fresh) this.taken.set(`${table}|${b}`, new Set());
    const rows = await this.sql.all<{ b: string; id: string }>(
      // base, base-1, base-2…: an index range scan from base to base-: (':' follows '9'), never
      // the ids of longer bases ("killing-varnel-…" for "killing"), however many there are.
      `SELECT b, t.id FROM unnest($1::text[]) b JOIN ${table} t ON t.id >= b AND t.id < b || '-:' WHERE t.id = b OR t.id >= b || '-0'`,
      [fresh],
    );
    for (const r of rows) this.taken.get(`${table}|${r.b}`)!.add(r.id);
  }

  async make(table: 'entities' | 'events', words: string, fallback: string): Promise<string> {
    const base = slugBase(words) || fallback;
    const key = `${table}|${base}`;
    if (!this.taken.has(key)) await this.prefetch(table, [base]);
    const taken = this.taken.get(key)!;
    let n = 1;
    for (const id of taken) {
      if (id === base) n = Math.max(n, 2);
      const m = /-(\d+)$/.exec(id.slice(base.length));
      if (m && id.length === base.length + m[0].length) n = Math.max(n, Number(m[1]) + 1);
    }
    let id = n === 1 ? base : `${base}-${n}`;
    while (taken.has(id) || this.made.has(id)) id = `${base}-${++n}`;
    taken.add(id);
    this.made.add(id);
    return id;
  }
}
