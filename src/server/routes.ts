/**
 * The JSON API: one table of routes, each a method, a path pattern and a handler over the
 * store. The same table feeds the OpenAPI document (openapi.ts), so the two cannot drift.
 */
import { analyze } from '../analyze.js';
import { CUE_TYPES, type CueType } from '../core/layers.js';
import type { Store } from '../store/types.js';
import { HttpError } from './http.js';

export interface Ctx {
  store: Store;
  params: Record<string, string>;
  query: URLSearchParams;
  body: () => Promise<string>;
  contentType: string;
}

export interface Param {
  name: string;
  in: 'path' | 'query';
  description: string;
  type?: 'string' | 'integer';
  enum?: string[];
}

export interface Route {
  method: 'GET' | 'POST';
  path: string;
  summary: string;
  params?: Param[];
  /** JSON Schema of the response body (OpenAPI components ref or inline). */
  response: string;
  body?: boolean;
  handler: (ctx: Ctx) => Promise<unknown>;
}

const PAGE: Param[] = [
  { name: 'limit', in: 'query', description: 'rows per page (1–1000, default 50)', type: 'integer' },
  { name: 'offset', in: 'query', description: 'rows to skip', type: 'integer' },
];

const int = (q: URLSearchParams, name: string): number | undefined => {
  const v = q.get(name);
  if (v === null || v === '') return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new HttpError(400, 'E_USAGE', `${name} must be a non-negative integer`);
  return n;
};
const str = (q: URLSearchParams, name: string) => q.get(name)?.slice(0, 500) || undefined;
const page = (q: URLSearchParams) => ({ limit: int(q, 'limit'), offset: int(q, 'offset') });
const CUE_TYPE: Param = {
  name: 'cueType', in: 'query', enum: [...CUE_TYPES],
  description: 'only quotes whose cue reports this: speech (statements: "said", "told", a quotation), thought ("believes", "fears") or other (acts and stances: "called for", "showed")',
};
/** A query parameter that must be one of `values` (the enum its Param documents), or absent. */
const oneOf = <T extends string>(q: URLSearchParams, name: string, values: readonly T[]): T | undefined => {
  const v = str(q, name);
  if (v !== undefined && !(values as readonly string[]).includes(v)) throw new HttpError(400, 'E_USAGE', `${name} must be one of ${values.join(', ')}`);
  return v as T | undefined;
};
const cueType = (q: URLSearchParams): CueType | undefined => oneOf(q, 'cueType', CUE_TYPES);
const found = <T>(x: T | null, what: string, id: string): T => {
  if (x === null) throw new HttpError(404, 'E_NOT_FOUND', `no ${what} "${id}"`);
  return x;
};

/** Ad-hoc analysis is synchronous; the cap keeps one request from holding the server for long. */
export const ANALYZE_MAX_CHARS = 200_000;

export const ROUTES: Route[] = [
  { method: 'GET', path: '/api/stats', summary: 'Counts of documents, errors, entities, events, quotes and figures', response: 'Stats', handler: ({ store }) => store.stats() },
  {
    method: 'GET', path: '/api/documents', summary: 'Stored documents, newest first', response: 'DocumentSummary[]',
    params: [...PAGE, { name: 'status', in: 'query', description: 'ok or error', enum: ['ok', 'error'] }],
    handler: ({ store, query }) => {
      return store.documents({ ...page(query), status: oneOf(query, 'status', ['ok', 'error'] as const) });
    },
  },
  {
    method: 'GET', path: '/api/documents/{id}', summary: 'One document: its ascribe/v1 record and its links to corpus entities and events', response: 'StoredDocument',
    params: [{ name: 'id', in: 'path', description: 'document id (URL-encoded)' }],
    handler: async ({ store, params }) => found(await store.document(params.id), 'document', params.id),
  },
  {
    method: 'GET', path: '/api/entities', summary: 'Corpus entities (linked across documents), most reported first', response: 'EntitySummary[]',
    params: [...PAGE, { name: 'type', in: 'query', description: 'PERSON, ORG, GPE, LOC, NORP, EVENT or MISC' }, { name: 'name', in: 'query', description: 'part of any of its names' }],
    handler: ({ store, query }) => store.entities({ ...page(query), type: str(query, 'type'), name: str(query, 'name') }),
  },
  {
    method: 'GET', path: '/api/entities/{id}', summary: 'One corpus entity with every document mention it links and the evidence for each link', response: 'EntityDetail',
    params: [{ name: 'id', in: 'path', description: 'corpus entity id' }],
    handler: async ({ store, params }) => found(await store.entity(params.id), 'entity', params.id),
  },
  {
    method: 'GET', path: '/api/quotes', summary: 'Quotes with their speakers', response: 'Quote[]',
    params: [...PAGE, { name: 'speaker', in: 'query', description: 'part of the speaker’s name (any name of a linked entity)' }, { name: 'entity', in: 'query', description: 'corpus entity id of the speaker' }, { name: 'doc', in: 'query', description: 'document id' }, CUE_TYPE],
    handler: ({ store, query }) => store.quotes({ ...page(query), speaker: str(query, 'speaker'), entity: str(query, 'entity'), doc: str(query, 'doc'), cueType: cueType(query) }),
  },
  {
    method: 'GET', path: '/api/figures', summary: 'Figures with role, value, range, hedge and claimant', response: 'Figure[]',
    params: [...PAGE, { name: 'role', in: 'query', description: 'killed, wounded, hostages, missing, ...' }, { name: 'entity', in: 'query', description: 'corpus entity id of the claimant' }, { name: 'event', in: 'query', description: 'corpus event id' }, { name: 'doc', in: 'query', description: 'document id' }],
    handler: ({ store, query }) => store.figures({ ...page(query), role: str(query, 'role'), entity: str(query, 'entity'), event: str(query, 'event'), doc: str(query, 'doc') }),
  },
  {
    method: 'GET', path: '/api/events', summary: 'Corpus events (mentions linked across documents), most reported first', response: 'EventSummary[]',
    params: [...PAGE, { name: 'type', in: 'query', description: 'event type (killing, attack, ...)' }, { name: 'minDocs', in: 'query', description: 'only events reported by at least this many documents', type: 'integer' }],
    handler: ({ store, query }) => store.events({ ...page(query), type: str(query, 'type'), minDocs: int(query, 'minDocs') }),
  },
  {
    method: 'GET', path: '/api/events/{id}', summary: 'One corpus event with every linked mention and its evidence', response: 'EventDetail',
    params: [{ name: 'id', in: 'path', description: 'corpus event id' }],
    handler: async ({ store, params }) => found(await store.event(params.id), 'event', params.id),
  },
  {
    method: 'GET', path: '/api/events/{id}/ledger', summary: 'The claim ledger: every source × figure × quote, the spread per role, earliest and latest report, who claims what', response: 'Ledger',
    params: [{ name: 'id', in: 'path', description: 'corpus event id' }, { ...CUE_TYPE, description: `${CUE_TYPE.description}; filters the listed quotes, figures stay` }],
    handler: async ({ store, params, query }) => found(await store.ledger(params.id, { cueType: cueType(query) }), 'event', params.id),
  },
  {
    method: 'GET', path: '/api/search', summary: 'Full-text search over articles and quotes (all words must match; "quoted phrases"; word* prefixes)', response: 'SearchHit[]',
    params: [{ name: 'q', in: 'query', description: 'search text' }, { name: 'kind', in: 'query', description: 'document or quote', enum: ['document', 'quote'] }, ...PAGE],
    handler: ({ store, query }) => {
      const q = str(query, 'q');
      if (!q) throw new HttpError(400, 'E_USAGE', 'q is required');
      return store.search(q, { ...page(query), kind: oneOf(query, 'kind', ['document', 'quote'] as const) });
    },
  },
  {
    method: 'POST', path: '/api/analyze', summary: `Analyse ad-hoc text (not stored): a JSON body {text, published?, title?, source?, url?} or text/plain; at most ${ANALYZE_MAX_CHARS.toLocaleString('en-US')} characters`, response: 'Record', body: true,
    params: [{ name: 'published', in: 'query', description: 'publication date YYYY-MM-DD (text/plain bodies)' }],
    handler: async ({ body, contentType, query }) => {
      const raw = await body();
      let input: { text?: unknown; published?: unknown; title?: unknown; source?: unknown; url?: unknown; id?: unknown };
      if (contentType.startsWith('application/json')) {
        try {
          input = JSON.parse(raw);
        } catch {
          throw new HttpError(400, 'E_JSON', 'body is not valid JSON');
        }
        if (!input || typeof input !== 'object' || typeof input.text !== 'string') throw new HttpError(400, 'E_FIELD', 'body needs a string "text"');
      } else if (contentType.startsWith('text/plain') || contentType === '') {
        input = { text: raw, published: query.get('published') ?? undefined };
      } else throw new HttpError(415, 'E_MEDIA_TYPE', 'send application/json or text/plain');
      const text = input.text as string;
      if (text.length > ANALYZE_MAX_CHARS) throw new HttpError(413, 'E_TOO_LARGE', `text over ${ANALYZE_MAX_CHARS} characters`);
      const opt = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
      return analyze(text, { id: opt(input.id) ?? 'adhoc', published: opt(input.published), title: opt(input.title), source: opt(input.source), url: opt(input.url) });
    },
  },
];

interface Compiled {
  route: Route;
  re: RegExp;
  names: string[];
}

const compiled: Compiled[] = ROUTES.map((route) => {
  const names: string[] = [];
  const re = new RegExp('^' + route.path.replace(/\{(\w+)\}/g, (_, n) => (names.push(n), '([^/]+)')) + '$');
  return { route, re, names };
});

/** The route for a method and path, with its decoded path parameters; 404 / 405 otherwise. */
export function match(method: string, pathname: string): { route: Route; params: Record<string, string> } {
  let pathMatched = false;
  for (const c of compiled) {
    const m = c.re.exec(pathname);
    if (!m) continue;
    pathMatched = true;
    if (c.route.method !== method && !(method === 'HEAD' && c.route.method === 'GET')) continue;
    const params: Record<string, string> = {};
    c.names.forEach((n, i) => {
      try {
        params[n] = decodeURIComponent(m[i + 1]);
      } catch {
        throw new HttpError(400, 'E_USAGE', 'malformed percent-encoding in the path');
      }
    });
    return { route: c.route, params };
  }
  if (pathMatched) throw new HttpError(405, 'E_METHOD', `${method} is not allowed on ${pathname}`);
  throw new HttpError(404, 'E_NOT_FOUND', `no route ${pathname}`);
}
