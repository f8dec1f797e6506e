import { createRequire } from 'node:module';
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import type { parseHTML as ParseHTML } from 'linkedom';
import { toIsoDate } from './decode.js';

// The DOM and Readability load on the first HTML document only: linkedom alone costs ~300 ms
// of start-up, which plain-text users should not pay.
const require = createRequire(import.meta.url);
let dom: { parseHTML: typeof ParseHTML; Readability: typeof ReadabilityClass } | undefined;
function loadDom() {
  dom ??= { parseHTML: require('linkedom').parseHTML, Readability: require('@mozilla/readability').Readability };
  return dom;
}

export interface ExtractedHtml {
  text: string;
  title?: string;
  published?: string;
  source?: string;
  url?: string;
}

const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'BLOCKQUOTE',
  'PRE', 'TABLE', 'TR', 'FIGURE', 'FIGCAPTION', 'HEADER', 'FOOTER', 'DL', 'DT', 'DD', 'HR',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'NAV', 'FORM', 'BUTTON', 'SELECT', 'ASIDE']);

/**
 * Main text and metadata of an HTML page. Readability finds the article; its markup is then
 * flattened to plain text with a blank line between blocks, so paragraphs survive (quote
 * continuation and sentence splitting depend on them). Scripts, styles and navigation never
 * reach the text.
 */
export function extractHtml(html: string): ExtractedHtml {
  const { parseHTML, Readability } = loadDom();
  const { document } = parseHTML(/<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`);
  const meta = readMeta(document);
  let text = '';
  try {
    const article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
    if (article?.content) text = blocksToText(parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document.body);
    if (!meta.title && article?.title) meta.title = article.title;
    if (!meta.source && article?.siteName) meta.source = article.siteName;
    if (!meta.published && article?.publishedTime) meta.published = toIsoDate(article.publishedTime);
  } catch {
    text = '';
  }
  if (text.trim().length === 0) {
    const wrapped = /<body[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
    const fallback = parseHTML(wrapped).document;
    text = fallback.body ? blocksToText(fallback.body) : '';
  }
  return { text: text.trim(), ...meta };
}

function readMeta(document: any): Omit<ExtractedHtml, 'text'> {
  const content = (selector: string): string | undefined => {
    const v = document.querySelector(selector)?.getAttribute('content');
    return typeof v === 'string' && v.trim() ? v.trim() : undefined;
  };
  const titleEl = document.querySelector('title')?.textContent?.trim();
  const published =
    toIsoDate(content('meta[property="article:published_time"]')) ??
    toIsoDate(content('meta[name="article:published_time"]')) ??
    toIsoDate(content('meta[name="pubdate"]')) ??
    toIsoDate(content('meta[name="publish-date"]')) ??
    toIsoDate(content('meta[name="date"]')) ??
    toIsoDate(content('meta[itemprop="datePublished"]')) ??
    toIsoDate(document.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined) ??
    jsonLdDate(document);
  const url = content('meta[property="og:url"]') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  return {
    title: content('meta[property="og:title"]') ?? (titleEl || undefined),
    published,
    source: content('meta[property="og:site_name"]') ?? content('meta[name="application-name"]'),
    url: url || undefined,
  };
}

function jsonLdDate(document: any): string | undefined {
  for (const el of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const found = /"datePublished"\s*:\s*"([^"]+)"/.exec(el.textContent ?? '');
      const d = found ? toIsoDate(found[1]) : undefined;
      if (d) return d;
    } catch {
      /* malformed JSON-LD is ignored */
    }
  }
  return undefined;
}

/** Flattens markup to text: blank lines between blocks, one space for runs of inline whitespace. */
function blocksToText(root: any): string {
  const parts: string[] = [];
  const walk = (node: any) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        parts.push(String(child.textContent ?? '').replace(/\s+/g, ' '));
      } else if (child.nodeType === 1) {
        const tag = String(child.tagName).toUpperCase();
        if (SKIP.has(tag)) continue;
        if (tag === 'BR') {
          parts.push('\n');
          continue;
        }
        const block = BLOCK.has(tag);
        if (block) parts.push('\n\n');
        walk(child);
        if (block) parts.push('\n\n');
      }
    }
  };
  walk(root);
  return parts
    .join('')
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
