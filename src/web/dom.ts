/**
 * Building DOM without markup strings: every piece of text becomes a text node, so nothing an
 * article says can turn into HTML or script. There is no innerHTML anywhere in the page.
 */
export type Child = Node | string | number | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | undefined> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) node.setAttribute(k, v);
  append(node, ...children);
  return node;
}

export function append(node: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    node.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

export function link(href: string, ...children: Child[]): HTMLAnchorElement {
  return el('a', { href }, ...children);
}

/** A table from a header row and rows of cells (strings become text nodes). */
export function table(head: string[], rows: Child[][], cls?: string): HTMLTableElement {
  return el(
    'table',
    { class: cls },
    el('thead', {}, el('tr', {}, ...head.map((h) => el('th', {}, h)))),
    el('tbody', {}, ...rows.map((r) => el('tr', {}, ...r.map((c) => el('td', {}, c))))),
  );
}

export function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/** A search snippet: matches arrive between \u0002 and \u0003 and become <mark> elements. */
export function snippet(s: string): HTMLElement {
  const out = el('span', { class: 'snippet' });
  let i = 0;
  while (i < s.length) {
    const a = s.indexOf('\u0002', i);
    if (a < 0) {
      append(out, s.slice(i));
      break;
    }
    const b = s.indexOf('\u0003', a);
    append(out, s.slice(i, a), el('mark', {}, s.slice(a + 1, b < 0 ? s.length : b)));
    i = b < 0 ? s.length : b + 1;
  }
  return out;
}

export const docHref = (id: string) => `#/doc/${encodeURIComponent(id)}`;
export const eventHref = (id: string) => `#/event/${encodeURIComponent(id)}`;
export const entityHref = (id: string) => `#/entity/${encodeURIComponent(id)}`;

/**
 * The mark of a quote whose cue reports no statement ("believes", "nominated"), so a reader can
 * tell; statements (and quotes stored without a label) carry none. `cue`: the cue's words, as a tooltip.
 */
export function cueTypeBadge(cueType: string | null | undefined, cue?: string): HTMLElement | null {
  return cueType && cueType !== 'speech' ? el('span', { class: `cue-type cue-type-${cueType}`, title: cue }, cueType) : null;
}

/** A quotation shown in <q> (which adds its own marks): without the marks of a direct quote ('“"We are out of fuel,"”'). */
export function quotation(text: string): HTMLElement {
  // Only a matched outer pair whose inside is balanced: '“… the “Justice for Khojaly!” campaign …”' loses its outer marks,
  // '"Oppenheimer" won seven awards' and '“A,” and “b”' stay as they are.
  const m = /^\s*(["“«„])([\s\S]*?)[,\s]*(["”»“])\s*$/.exec(text);
  const pairs: Record<string, string> = { '"': '"', '“': '”', '«': '»', '„': '“' };
  return el('q', {}, m && pairs[m[1]] === m[3] && balanced(m[2]) ? m[2] : text);
}

/** Whether every curly or angle quotation inside a text closes after it opens. */
function balanced(inner: string): boolean {
  let depth = 0;
  for (const c of inner) {
    if (c === '“' || c === '«' || c === '„') depth++;
    else if (c === '”' || c === '»') depth--;
    else if (c === '"') return false;
    if (depth < 0) return false;
  }
  return depth === 0;
}
