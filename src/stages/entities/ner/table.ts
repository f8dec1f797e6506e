/**
 * A read-only string table over sorted "key<TAB>value" lines, searched by binary search.
 * Loading is one split (no per-entry hashing), which keeps model load time low; lookups
 * happen once per distinct word because the featurizer caches per word.
 */
export class SortedTable {
  private readonly lines: string[];

  /** `text`: lines "key\tvalue" sorted by code units (the tab sorts below every printable character). */
  constructor(text: string) {
    this.lines = text.split('\n').filter((l) => l.length > 0);
  }

  get size(): number {
    return this.lines.length;
  }

  /** Index of the first line >= `probe`. */
  private lowerBound(probe: string): number {
    let lo = 0;
    let hi = this.lines.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.lines[mid] < probe) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  get(key: string): string | undefined {
    const probe = key + '\t';
    const line = this.lines[this.lowerBound(probe)];
    return line !== undefined && line.startsWith(probe) ? line.slice(probe.length) : undefined;
  }

  /** Is there a key that starts with `prefix`? */
  hasPrefix(prefix: string): boolean {
    const line = this.lines[this.lowerBound(prefix)];
    return line !== undefined && line.startsWith(prefix);
  }
}

/** Sorts "key\tvalue" lines the way SortedTable expects. */
export function sortLines(lines: string[]): string[] {
  return lines.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
