/**
 * The page's files. Scripts are compiled by `tsc` into dist/web/*.js; when running from src/
 * (tsx, tests) the .ts source is transpiled once on first request with TypeScript itself.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { INDEX_HTML, STYLE_CSS } from '../web/page.js';

const WEB_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'web');
const cache = new Map<string, string>();
const SAFE = /^[a-z][a-z0-9-]*\.js$/;

export interface Asset {
  type: string;
  body: string;
}

export async function asset(name: string): Promise<Asset | null> {
  if (name === 'index.html') return { type: 'text/html; charset=utf-8', body: INDEX_HTML };
  if (name === 'style.css') return { type: 'text/css; charset=utf-8', body: STYLE_CSS };
  if (!SAFE.test(name)) return null;
  const hit = cache.get(name);
  if (hit !== undefined) return { type: 'text/javascript; charset=utf-8', body: hit };
  const js = path.join(WEB_DIR, name);
  const ts = js.replace(/\.js$/, '.ts');
  let body: string;
  if (fs.existsSync(js)) body = fs.readFileSync(js, 'utf8');
  else if (fs.existsSync(ts)) {
    const { default: typescript } = await import('typescript');
    body = typescript.transpileModule(fs.readFileSync(ts, 'utf8'), { compilerOptions: { target: typescript.ScriptTarget.ES2022, module: typescript.ModuleKind.ES2022 } }).outputText;
  } else return null;
  cache.set(name, body);
  return { type: 'text/javascript; charset=utf-8', body };
}
