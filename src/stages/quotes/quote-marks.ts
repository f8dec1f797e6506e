/**
 * Finds quotations by their marks inside one paragraph: “…”, "…", NYT's ''…'', «…», „…“ and
 * ‘…’ and British '…' (only where the marks cannot be apostrophes). Nested quotes stay inside the outer one;
 * an unclosed double quote runs to the end of the paragraph and never beyond it.
 */
export interface Quoted {
  /** Offset of the opening mark. */
  start: number;
  /** Offset just past the closing mark, or the paragraph end when unclosed. */
  end: number;
  closed: boolean;
}

type Kind = 'curly' | 'low' | 'straight' | 'nyt' | 'guillemet' | 'single' | 'straightSingle';

const MAX_DEPTH = 4;
const MARK = /[“”„«»"'‘’]/g;

function isLetterOrDigit(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

function isSpaceOrOpen(c: string | undefined): boolean {
  return c === undefined || /[\s([{\u2014\u2013/“‘«„-]/u.test(c);
}

/**
 * A straight ' closes a British quotation after a stop or comma ("…ever.'", "…,' he said"), or after a word
 * when a space or a stop follows ("called it 'a disgrace' and"), but not a plural possessive ("the students' union").
 */
function closesStraightSingle(text: string, i: number, to: number): boolean {
  const before = text[i - 1];
  const after = i + 1 < to ? text[i + 1] : undefined;
  if (isLetterOrDigit(after)) return false;
  if (before !== undefined && /[.,!?;:—–-]/.test(before)) return true;
  return isLetterOrDigit(before) && before !== 's' && (after === undefined || /[\s.,;:!?)]/.test(after));
}

/** An opening straight ' is a quotation only when a closing one follows in the paragraph with a space between ('90s, 'n' are not). */
function straightSingleCloses(text: string, i: number, to: number): boolean {
  for (let k = text.indexOf("'", i + 1); k >= 0 && k < to; k = text.indexOf("'", k + 1)) {
    if (closesStraightSingle(text, k, to)) return /\s/.test(text.slice(i + 1, k));
  }
  return false;
}

export function findQuoted(text: string, from: number, to: number): Quoted[] {
  const out: Quoted[] = [];
  const stack: Array<{ kind: Kind; start: number }> = [];
  const open = (kind: Kind, at: number) => {
    if (stack.length < MAX_DEPTH) stack.push({ kind, start: at });
  };
  // Close the innermost open quote of this kind; emits a quotation when the outermost closes.
  const close = (kinds: readonly Kind[], end: number): boolean => {
    for (let k = stack.length - 1; k >= 0; k--) {
      if (!kinds.includes(stack[k].kind)) continue;
      const outer = stack[0];
      stack.length = k;
      if (k === 0) out.push({ start: outer.start, end, closed: true });
      return true;
    }
    return false;
  };
  const top = () => (stack.length ? stack[stack.length - 1].kind : null);
  const hasOpen = (kind: Kind) => stack.some((s) => s.kind === kind);

  // A ‘ opens a quote only if a closing ’ follows somewhere in the paragraph ("‘90s" does not).
  let lastSingleClose = -1;
  for (let i = text.lastIndexOf('’', to - 1); i >= from; i = i > 0 ? text.lastIndexOf('’', i - 1) : -1) {
    if (!isLetterOrDigit(text[i + 1])) {
      lastSingleClose = i;
      break;
    }
  }

  // Jump from mark to mark: the native regex scan skips ordinary text far faster than a char loop.
  MARK.lastIndex = from;
  for (let m = MARK.exec(text); m !== null && m.index < to; m = MARK.exec(text)) {
    let i = m.index;
    const c = m[0];
    switch (c) {
      case '“':
        if (top() === 'low') close(['low'], i + 1);
        else open('curly', i);
        break;
      case '„':
        open('low', i);
        break;
      case '”':
        close(['curly', 'low'], i + 1);
        break;
      case '«':
        open('guillemet', i);
        break;
      case '»':
        close(['guillemet'], i + 1);
        break;
      case '"':
        if (hasOpen('straight')) close(['straight'], i + 1);
        else if (isSpaceOrOpen(text[i - 1]) || i === from) open('straight', i);
        break;
      case "'":
        // Two apostrophes are the NYT's double quote.
        if (text[i + 1] === "'") {
          if (hasOpen('nyt')) close(['nyt'], i + 2);
          else open('nyt', i);
          i++;
          MARK.lastIndex = i + 1;
        } else if (hasOpen('straightSingle')) {
          if (closesStraightSingle(text, i, to)) close(['straightSingle'], i + 1);
        } else if ((isSpaceOrOpen(text[i - 1]) || i === from) && isLetterOrDigit(text[i + 1]) && straightSingleCloses(text, i, to)) open('straightSingle', i);
        break;
      case '‘':
        if (!isLetterOrDigit(text[i - 1]) && i < lastSingleClose) open('single', i);
        break;
      case '’':
        if (hasOpen('single') && !isLetterOrDigit(text[i + 1])) close(['single'], i + 1);
        break;
      default:
        break;
    }
  }
  // Unclosed: the outermost double quote runs to the paragraph end; stray single quotes are apostrophes.
  if (stack.length) {
    const outer = stack.find((s) => s.kind !== 'single' && s.kind !== 'straightSingle');
    if (outer) out.push({ start: outer.start, end: to, closed: false });
  }
  return out;
}
