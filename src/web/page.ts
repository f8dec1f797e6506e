/** The page shell and its style sheet (served by src/server; the scripts are app.ts and its imports). */
export const INDEX_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ascribe</title>
<link rel="stylesheet" href="/style.css">
<script type="module" src="/app.js"></script>
</head>
<body>
<header class="top">
  <a class="brand" href="#/">Ascribe</a>
  <span class="tagline">who said what, and who claims which figure</span>
  <form id="search" role="search"><input type="search" name="q" placeholder="Search articles and quotes" aria-label="search"><button>Search</button></form>
</header>
<main id="main"></main>
</body>
</html>
`;

export const STYLE_CSS = `
:root { --ink: #1b1f24; --muted: #6a737d; --line: #e1e4e8; --quote: #fff3c4; --entity: #dbeafe; --figure: #fde2e1; --date: #dcfce7; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); background: #fafbfc; }
.top { display: flex; gap: 1rem; align-items: center; padding: .6rem 1.2rem; background: #24292f; color: #fff; flex-wrap: wrap; }
.top a.brand { color: #fff; font-weight: 700; font-size: 1.2rem; text-decoration: none; }
.tagline { color: #c9d1d9; font-size: .9rem; flex: 1; }
#search input { padding: .35rem .5rem; width: 18rem; border-radius: 4px; border: 0; }
#search button { padding: .35rem .7rem; margin-left: .3rem; }
main { padding: 1rem 1.2rem 3rem; max-width: 1400px; margin: 0 auto; }
a { color: #0550ae; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1.2rem; background: #fff; }
th, td { border-bottom: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: #f6f8fa; font-weight: 600; }
.meta, .muted { color: var(--muted); }
.error { color: #b42318; }
.columns { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5rem; }
.article { display: grid; grid-template-columns: minmax(0, 3fr) minmax(260px, 1.3fr); gap: 1.5rem; align-items: start; }
.article-text { white-space: pre-wrap; background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 1rem 1.2rem; line-height: 1.9; }
.hl { border-radius: 3px; cursor: pointer; }
.hl-quote { background: var(--quote); }
.hl-entity { background: var(--entity); border-bottom: 2px solid #93c5fd; }
.hl-figure { background: var(--figure); border-bottom: 2px solid #f87171; font-weight: 600; }
.hl-date { background: var(--date); border-bottom: 2px dotted #22c55e; }
.speaker-tag { font-size: .72rem; font-weight: 600; background: #b7791f; color: #fff; border-radius: 3px; padding: 0 .3rem; margin-right: .25rem; vertical-align: .15em; }
.flash { outline: 3px solid #f59e0b; }
.legend .hl { padding: 0 .3rem; }
.panel { position: sticky; top: .5rem; max-height: calc(100vh - 1rem); overflow: auto; background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .3rem .9rem; }
.panel h3 { font-size: .95rem; margin: .8rem 0 .3rem; }
.panel-list { padding-left: 1.2rem; margin: 0; font-size: .88rem; }
.panel-list .item { cursor: pointer; padding: .1rem 0; }
.who { font-weight: 600; }
.hedge { font-size: .75rem; border: 1px solid var(--line); border-radius: 8px; padding: 0 .35rem; margin-left: .3rem; color: var(--muted); }
.hedge-approx, .hedge-at-least, .hedge-at-most, .hedge-range { border-color: #f59e0b; color: #92400e; }
.cue-type { font-size: .75rem; border: 1px dashed var(--line); border-radius: 8px; padding: 0 .35rem; margin-left: .3rem; color: var(--muted); }
.etype { font-size: .7rem; background: #eef2f7; border-radius: 3px; padding: 0 .25rem; color: #374151; }
q { quotes: "“" "”"; }
.evidence { margin: 0; padding-left: 1rem; font-size: .85rem; }
.chart { background: #fff; border: 1px solid var(--line); border-radius: 6px; max-width: 100%; height: auto; }
.chart .axis { stroke: #9ca3af; }
.chart .tick { font-size: 11px; fill: #4b5563; }
.hits .kind { font-size: .75rem; background: #eef2f7; border-radius: 3px; padding: 0 .3rem; }
.snippet { color: #374151; }
mark { background: #fde68a; }
@media (max-width: 900px) { .article, .columns { grid-template-columns: 1fr; } .panel { position: static; max-height: none; } }
`;
