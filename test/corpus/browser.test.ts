/**
 * End to end in a real browser: ingest the sample corpus, serve it, and use the page as a
 * reader would. Debian's chromium driven by playwright-core; screenshots go to test-artifacts/.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Server } from 'node:http';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/core/paths.js';
import { ingest } from '../../src/corpus/ingest.js';
import { readInputs } from '../../src/io/read.js';
import { createServer, listen } from '../../src/server/app.js';
import { openStore } from '../../src/store/index.js';
import type { CorpusEventSummary, Store } from '../../src/store/types.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = path.join(PACKAGE_ROOT, 'test-artifacts');
const SAMPLE = path.join(PACKAGE_ROOT, 'samples', 'wikinews', 'articles.jsonl');
const EXAMPLE = path.join(PACKAGE_ROOT, 'examples', 'khojaly-2020.txt');
const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script> The minister said "nothing <b>bold</b> happened" on Monday.';

let store: Store;
let server: Server;
let base: string;
let browser: Browser;
let page: Page;

const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: false });

// Skipped on a developer machine without chromium; in CI (.ci/run installs it) a missing browser fails.
describe.skipIf(!fs.existsSync(CHROMIUM) && !process.env.CI)('the web page, in chromium', () => {
  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ascribe-e2e-'));
    const hostile = path.join(dir, 'hostile.jsonl');
    fs.writeFileSync(hostile, JSON.stringify({ id: 'hostile', title: '<script>window.__pwned=1</script>', text: HOSTILE, published: '2021-01-01' }) + '\n');
    store = openStore(path.join(dir, 'e2e.db'));
    const sum = await ingest(store, readInputs([SAMPLE, EXAMPLE, hostile]), { published: '2020-02-26' });
    expect(sum.errors).toBe(0);
    server = createServer(store);
    base = (await listen(server, 0)).url;
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu'] });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('pageerror', (e) => {
      throw e;
    });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
    await store?.close();
  });

  it('shows an article with a quote highlighted and its speaker', async () => {
    const doc = (await store.document(path.relative(PACKAGE_ROOT, EXAMPLE))) ?? (await store.document(EXAMPLE));
    expect(doc?.record?.quotes.some((q) => q.speaker)).toBe(true);
    await page.goto(`${base}#/doc/${encodeURIComponent(doc!.id)}`);
    const quote = page.locator('.article-text .hl-quote:has(.speaker-tag)').first();
    await quote.waitFor();
    const speaker = (await quote.locator('.speaker-tag').textContent())!;
    const speakers = doc!.record!.quotes.map((q) => q.speaker?.name).filter(Boolean);
    expect(speakers).toContain(speaker);
    // The highlighted text is the quote's text, character for character.
    const id = await quote.getAttribute('data-id');
    const q = doc!.record!.quotes.find((x) => x.id === id)!;
    const pieces = await page.locator(`.article-text .hl-quote[data-id="${id}"]`).evaluateAll((els) =>
      els.map((e) => Array.from(e.childNodes).map((n) => ((n as Element).classList?.contains('speaker-tag') ? '' : n.textContent)).join('')).join(''),
    );
    expect(pieces).toBe(q.content.text);
    // Figures, entities and dates are highlighted too, and the article text is intact.
    expect(await page.locator('.article-text .hl-figure').count()).toBeGreaterThan(0);
    expect(await page.locator('.article-text .hl-entity').count()).toBeGreaterThan(0);
    const shown = await page.locator('.article-text').evaluate((e) => {
      const c = e.cloneNode(true) as Element;
      c.querySelectorAll('.speaker-tag').forEach((t) => t.remove());
      return c.textContent;
    });
    expect(shown).toBe(doc!.record!.text);
    expect(await page.locator('.panel .item-quote').count()).toBe(doc!.record!.quotes.length);
    // The panel's <q> adds its own marks: a direct quote shows without the marks it carries in the text.
    const panelQuotes = await page.locator('.panel .item-quote q').allTextContents();
    expect(panelQuotes.length).toBe(doc!.record!.quotes.length);
    for (const t of panelQuotes) expect(t).not.toMatch(/^["“]/);
    // Quotes whose cue reports no statement carry a badge saying so; statements carry none.
    const notSpeech = doc!.record!.quotes.filter((x) => x.cueType && x.cueType !== 'speech').length;
    expect(await page.locator('.panel .item-quote .cue-type').count()).toBe(notSpeech);
    await shot('article');
  });

  it('opens an event ledger with at least two sources, a table and a chart', async () => {
    const events = await store.events({ minDocs: 2 });
    expect(events.length).toBeGreaterThan(0);
    const ledgers = await Promise.all(events.map((e) => store.ledger(e.id)));
    // Prefer an event with figures, so the chart has something to show.
    const best: CorpusEventSummary = events[ledgers.findIndex((l) => l!.spread.length > 0)] ?? events[0];
    await page.goto(`${base}#/event/${encodeURIComponent(best.id)}`);
    await page.locator('.ledger-table').waitFor();
    const sources = await page.locator('.ledger-table tbody tr td:nth-child(2) a').evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')))]);
    expect(sources.length).toBeGreaterThanOrEqual(2);
    expect(await page.locator('h2').textContent()).toBe(best.label);
    expect(await page.getByText('Why these reports are one event').count()).toBe(1);
    await shot('ledger');
  });

  it('names the source on every row of a ledger, also for a document with several figures', async () => {
    const events = await store.events();
    const ledgers = await Promise.all(events.map((e) => store.ledger(e.id)));
    const i = ledgers.findIndex((l) => l!.sources.some((x) => x.figures.length >= 2));
    expect(i).toBeGreaterThanOrEqual(0);
    await page.goto(`${base}#/event/${encodeURIComponent(events[i].id)}`);
    await page.locator('.ledger-table').waitFor();
    const rows = await page.locator('.ledger-table tbody tr').count();
    expect(rows).toBeGreaterThanOrEqual(2);
    expect(await page.locator('.ledger-table tbody tr td:nth-child(2) a').count()).toBe(rows);
  });

  it('marks the cue type of a ledger quote and filters the quotes to statements', async () => {
    const events = await store.events({ limit: 1000 });
    const ledgers = await Promise.all(events.map((e) => store.ledger(e.id)));
    const quotesOf = (i: number) => ledgers[i]!.sources.flatMap((s) => s.quotes);
    // Prefer a ledger with statements and other quotes both, so the filter has something to hide.
    let i = ledgers.findIndex((_, k) => quotesOf(k).some((q) => q.cueType === 'speech') && quotesOf(k).some((q) => q.cueType !== 'speech'));
    if (i < 0) i = ledgers.findIndex((_, k) => quotesOf(k).length > 0);
    expect(i).toBeGreaterThanOrEqual(0);
    const quotes = quotesOf(i);
    await page.goto(`${base}#/event/${encodeURIComponent(events[i].id)}`);
    await page.locator('.cue-type-filter').waitFor();
    const items = page.locator('ul.quotes li');
    expect(await items.count()).toBe(quotes.length);
    expect(await page.locator('ul.quotes li .cue-type').count()).toBe(quotes.filter((q) => q.cueType && q.cueType !== 'speech').length);
    await page.locator('.cue-type-filter').selectOption('speech');
    expect(await page.locator('ul.quotes li:visible').count()).toBe(quotes.filter((q) => q.cueType === 'speech').length);
    expect(await page.locator('ul.quotes li:visible .cue-type').count()).toBe(0);
    await page.locator('.cue-type-filter').selectOption('');
    expect(await page.locator('ul.quotes li:visible').count()).toBe(quotes.length);
  });

  it('has entity pages and search', async () => {
    const [person] = await store.entities({ type: 'PERSON', limit: 1 });
    await page.goto(`${base}#/entity/${encodeURIComponent(person.id)}`);
    await page.locator('.entity h2').waitFor();
    expect(await page.locator('.entity h2').textContent()).toContain(person.name);
    await shot('entity');
    await page.goto(`${base}#/`);
    await page.locator('#search input').fill('police');
    await page.locator('#search button').click();
    await page.locator('.hits li').first().waitFor();
    expect(await page.locator('.hits mark').count()).toBeGreaterThan(0);
    await shot('search');
  });

  it('renders a hostile article as text: no markup, no script', async () => {
    await page.goto(`${base}#/doc/hostile`);
    await page.locator('.article-text').waitFor();
    expect(await page.locator('.article-text').textContent()).toContain('<script>window.__pwned=1</script>');
    expect(await page.locator('.article-text img, .article-text script, .article-text b, h2 script').count()).toBe(0);
    expect(await page.locator('h2').textContent()).toBe('<script>window.__pwned=1</script>');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await shot('hostile');
  });
});
