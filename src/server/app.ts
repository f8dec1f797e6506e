/**
 * The HTTP server: the JSON API under /api (described at /openapi.json) and the web page at /.
 * Listens on 127.0.0.1 unless told otherwise; every error is a JSON body with a code.
 */
import http from 'node:http';
import type { Store } from '../store/types.js';
import { asset } from './assets.js';
import { HttpError, readBody, SECURITY_HEADERS, sendError, sendJson } from './http.js';
import { openapi } from './openapi.js';
import { match } from './routes.js';

export interface ServerOptions {
  /** Largest request body accepted, in bytes (default 1 MiB). */
  bodyLimit?: number;
  /** Longest a request may take, in ms (default 30 s). */
  requestTimeout?: number;
}

export function createServer(store: Store, opts: ServerOptions = {}): http.Server {
  const bodyLimit = opts.bodyLimit ?? 1 << 20;
  const spec = JSON.stringify(openapi());
  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const method = req.method ?? 'GET';
      if (url.pathname === '/openapi.json') {
        res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8' });
        res.end(spec);
        return;
      }
      if (url.pathname.startsWith('/api/')) {
        const { route, params } = match(method, url.pathname);
        const result = await route.handler({
          store,
          params,
          query: url.searchParams,
          body: () => readBody(req, bodyLimit),
          contentType: String(req.headers['content-type'] ?? '').toLowerCase(),
        });
        sendJson(res, 200, result);
        return;
      }
      if (method !== 'GET' && method !== 'HEAD') throw new HttpError(405, 'E_METHOD', `${method} is not allowed on ${url.pathname}`);
      const name = url.pathname === '/' ? 'index.html' : url.pathname.replace(/^\/(assets\/)?/, '');
      const a = await asset(name);
      if (!a) throw new HttpError(404, 'E_NOT_FOUND', `no page ${url.pathname}`);
      res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': a.type, 'Cache-Control': 'no-cache' });
      res.end(method === 'HEAD' ? undefined : a.body);
    } catch (e) {
      sendError(res, e);
    }
  });
  server.requestTimeout = opts.requestTimeout ?? 30_000;
  server.headersTimeout = Math.min(server.requestTimeout, 15_000);
  server.keepAliveTimeout = 5_000;
  return server;
}

/** Starts listening; resolves with the bound address (port 0 picks a free port). */
export function listen(server: http.Server, port: number, host = '127.0.0.1'): Promise<{ host: string; port: number; url: string }> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const addr = server.address();
      const p = typeof addr === 'object' && addr ? addr.port : port;
      const h = host.includes(':') ? `[${host}]` : host;
      resolve({ host, port: p, url: `http://${h}:${p}/` });
    });
  });
}
