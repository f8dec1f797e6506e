import { createError } from '../core/errors.js';
import { createServer, listen } from '../server/app.js';
import { DEFAULT_DB, openStore } from '../store/index.js';

export interface ServeCliOptions {
  db?: string;
  port?: string;
  host?: string;
}

/** `ascribe serve`: the API and the page until Ctrl-C; then the database is closed cleanly. */
export async function runServe(opts: ServeCliOptions): Promise<number> {
  const port = Number(opts.port ?? 8787);
  if (!(Number.isInteger(port) && port >= 0 && port < 65536)) throw createError('E_USAGE', `--port must be 0–65535, not ${opts.port}`);
  const store = openStore(opts.db ?? DEFAULT_DB);
  const server = createServer(store);
  let where;
  try {
    where = await listen(server, port, opts.host ?? '127.0.0.1');
  } catch (e) {
    await store.close();
    throw createError('E_USAGE', `cannot listen on ${opts.host ?? '127.0.0.1'}:${port}: ${(e as Error).message}`);
  }
  const stats = await store.stats();
  process.stderr.write(`ascribe: serving ${opts.db ?? DEFAULT_DB} (${stats.documents} documents, ${stats.events} events) at ${where.url}  — API: ${where.url}openapi.json  — Ctrl-C to stop\n`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      server.close(() => resolve());
      server.closeAllConnections();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await store.close();
  return 0;
}
