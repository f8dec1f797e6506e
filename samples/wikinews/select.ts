/**
 * Rebuilds samples/wikinews/articles.jsonl from ../shared/data/news/wikinews.jsonl (CC BY 2.5):
 * the conflict, casualty and politics stories with the most quotes and figures, preferring
 * stories that share a subject and a fortnight with another (so that events can link across
 * reports), shorter than 12,000 characters. Run: npx tsx samples/wikinews/select.ts
 * Deterministic: the same input gives the same file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedDataPath } from '../../src/core/paths.js';

interface Article {
  id: string;
  title: string;
  date: string;
  url: string;
  source: string;
  license: string;
  text: string;
}

const WANT = Number(process.env.SAMPLE_SIZE ?? 80);
const MAX_CHARS = 12_000;
const TOPIC = /\b(kill(s|ed|ing)?|dead|deaths?|died|injur(ed|ies|es)|wounded|attack(s|ed)?|bomb(s|ing)?|shoot(ing)?|shot|stabb(ed|ing)|crash(es|ed)?|fire|earthquake|storm|hurricane|typhoon|flood(s|ing)?|protest(s|ers)?|police|militar(y|ies)|war|troops|election|parliament|president|minister|court|sentenced|arrested|hostages?|missing|evacuat(e|ed|ion))\b/gi;
const STOP = new Set(['The', 'A', 'An', 'In', 'On', 'Of', 'For', 'To', 'At', 'As', 'And', 'After', 'With', 'By', 'US', 'U.S.', 'UK', 'New', 'Wikinews', 'President', 'Prime', 'Minister']);

const dayNo = (d: string) => Date.parse(d) / 86_400_000;
const subjects = (a: Article) => new Set((a.title.match(/\b[A-Z][\p{L}’'-]+(?:\s+[A-Z][\p{L}’'-]+)*/gu) ?? []).filter((w) => !STOP.has(w)));

const rows = fs
  .readFileSync(sharedDataPath('news', 'wikinews.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as Article)
  .filter((a) => a.text.length <= MAX_CHARS);

const subj = rows.map(subjects);
const score = rows.map((a, i) => {
  const topic = (a.text.match(TOPIC) ?? []).length / Math.sqrt(a.text.length / 1000 + 1);
  const quotes = (a.text.match(/["“”]/g) ?? []).length / 2;
  const figures = (a.text.match(/\b\d[\d,.]*\b/g) ?? []).length;
  let siblings = 0;
  rows.forEach((b, j) => {
    if (i === j || Math.abs(dayNo(a.date) - dayNo(b.date)) > 14) return;
    for (const s of subj[i]) if (subj[j].has(s)) return void siblings++;
  });
  return topic * 2 + Math.min(quotes, 10) * 0.5 + Math.min(figures, 20) * 0.2 + Math.min(siblings, 3) * 4;
});

const chosen = rows
  .map((a, i) => ({ a, s: score[i] }))
  .sort((x, y) => y.s - x.s || x.a.id.localeCompare(y.a.id))
  .slice(0, WANT)
  .map((x) => x.a)
  .sort((x, y) => x.date.localeCompare(y.date) || x.id.localeCompare(y.id));

const here = path.dirname(fileURLToPath(import.meta.url));
const out = chosen.map((a) =>
  JSON.stringify({
    id: a.id,
    title: a.title,
    date: a.date,
    url: a.url,
    // The outlet, as the ledger shows it; where the copy came from stays in `provenance`.
    source: 'Wikinews',
    provenance: a.source,
    license: a.license,
    text: a.text,
  }),
);
fs.writeFileSync(path.join(here, 'articles.jsonl'), out.join('\n') + '\n');
console.log(`wrote ${out.length} articles (${chosen[0]?.date} … ${chosen[chosen.length - 1]?.date})`);
