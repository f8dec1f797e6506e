/** The page's router: #/ home, #/doc/ID, #/event/ID, #/entity/ID, #/search?q=TEXT. */
import { ApiError } from './api.js';
import { articleView } from './article.js';
import { clear, el } from './dom.js';
import { entityView } from './entity.js';
import { homeView, searchView } from './home.js';
import { ledgerView } from './ledger.js';

const main = document.getElementById('main')!;
const form = document.getElementById('search') as HTMLFormElement;
const input = form.querySelector('input')!;

async function route(): Promise<void> {
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path, qs] = hash.split('?', 2);
  const parts = path.split('/').filter(Boolean).map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return p;
    }
  });
  clear(main);
  main.appendChild(el('p', { class: 'muted' }, 'Loading…'));
  let view: HTMLElement;
  try {
    if (parts[0] === 'doc' && parts[1]) view = await articleView(parts.slice(1).join('/'));
    else if (parts[0] === 'event' && parts[1]) view = await ledgerView(parts[1]);
    else if (parts[0] === 'entity' && parts[1]) view = await entityView(parts[1]);
    else if (parts[0] === 'search') {
      const q = new URLSearchParams(qs ?? '').get('q') ?? '';
      input.value = q;
      view = await searchView(q);
    } else view = await homeView();
  } catch (e) {
    view = el('p', { class: 'error' }, e instanceof ApiError ? `${e.code}: ${e.message}` : `Something went wrong: ${(e as Error).message}`);
  }
  clear(main);
  main.appendChild(view);
  document.title = `${main.querySelector('h2')?.textContent ?? 'Corpus'} — Ascribe`;
  if (!parts.length || parts[0] !== 'doc') window.scrollTo(0, 0);
}

form.addEventListener('submit', (ev) => {
  ev.preventDefault();
  location.hash = `#/search?q=${encodeURIComponent(input.value)}`;
});
window.addEventListener('hashchange', () => void route());
void route();
