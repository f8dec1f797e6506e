import { fold } from '../../corpus/names.js';
import type { Db } from './db.js';

/**
 * Readable ids ("nancy-pelosi", "killing-khojaly-1992-02-26"), unique in their table by a
 * numeric suffix. The next free suffix of each base is remembered, so a name used by
 * thousands of entities or events costs one range scan, not thousands of probes.
 */
export class SlugIds {
  private readonly next = new Map<string, number>();
  private readonly probes;
  private readonly exists;

  constructor(db: Db) {
    this.probes = {
      entities: db.prepare("SELECT id FROM entities WHERE id = @b OR (id >= @b || '-' AND id < @b || '.')").pluck(),
      events: db.prepare("SELECT id FROM events WHERE id = @b OR (id >= @b || '-' AND id < @b || '.')").pluck(),
    };
    this.exists = {
      entities: db.prepare('SELECT 1 FROM entities WHERE id = ?').pluck(),
      events: db.prepare('SELECT 1 FROM events WHERE id = ?').pluck(),
    };
  }

  make(table: 'entities' | 'events', words: string, fallback: string): string {
    const base = fold(words).replace(/ /g, '-').slice(0, 60).replace(/-+$/, '') || fallback;
    const key = `${table}|${base}`;
    let n = this.next.get(key);
    if (n === undefined) {
      n = 1;
      for (const id of this.probes[table].all({ b: base }) as string[]) {
        if (id === base) n = Math.max(n, 2);
        const m = /-(\d+)$/.exec(id.slice(base.length));
        if (m && id.length === base.length + m[0].length) n = Math.max(n, Number(m[1]) + 1);
      }
    }
    // Another base can own the same text ("killing-2019-01" + "-10" is "killing-2019-01-10"): skip taken ones.
    let id = n === 1 ? base : `${base}-${n}`;
    while (this.exists[table].get(id)) id = `${base}-${++n}`;
    this.next.set(key, n + 1);
    return id;
  }
}
