/** A half-open range of UTF-16 code units into a document's `text`. */
export interface Range {
  start: number;
  end: number;
}

/** A range with its text: `text === doc.text.slice(start, end)`, always. */
export interface Span extends Range {
  text: string;
}

export function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** Shrink a range so that it neither starts nor ends with whitespace. */
export function trimRange(text: string, start: number, end: number): Range {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

export function contains(outer: Range, inner: Range): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Index of the last range in `sorted` whose start <= offset (binary search), or -1. */
export function lastStartingAtOrBefore(sorted: readonly Range[], offset: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Index of the first range in `sorted` whose start >= offset (binary search), or sorted.length. */
export function firstStartingAtOrAfter(sorted: readonly Range[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
