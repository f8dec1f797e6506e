import { describe, expect, it } from 'vitest';
import { extractHtml } from './html.js';

const page = `<!doctype html><html><head>
<title>Site | Headline</title>
<meta property="og:title" content="Officials give toll">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2021-05-04T08:00:00Z">
<link rel="canonical" href="https://example.org/a">
<style>body { color: red }</style>
<script>window.evil = "said the script";</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Officials give toll</h1>
<p>At least 24 people were hospitalised on Monday, officials said. The figure could rise, according to the regional health ministry, which has sent teams to the area.</p>
<p>“We are doing everything we can,” the governor told reporters in the capital after visiting the wounded in hospital.</p>
<script>document.write("injected text")</script>
<p>Rescue workers searched the rubble through the night while relatives waited outside the cordon for news.</p>
</article>
<footer>© Example News</footer>
</body></html>`;

describe('extractHtml', () => {
  it('extracts the article text with paragraphs and the metadata', () => {
    const out = extractHtml(page);
    expect(out.title).toBe('Officials give toll');
    expect(out.source).toBe('Example News');
    expect(out.published).toBe('2021-05-04');
    expect(out.url).toBe('https://example.org/a');
    expect(out.text).toContain('At least 24 people were hospitalised');
    expect(out.text).toMatch(/officials said\.[^\n]*\n\n“We are doing/);
  });

  it('never lets scripts, styles or navigation into the text', () => {
    const out = extractHtml(page);
    expect(out.text).not.toMatch(/evil|injected|color: red|Home/);
  });

  it('falls back to the body text of a page Readability cannot parse', () => {
    const out = extractHtml('<p>Short note.</p><script>x()</script>');
    expect(out.text).toBe('Short note.');
  });
});
