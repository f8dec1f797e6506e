import { createError } from '../core/errors.js';
import { queueStatus, retryFailed } from '../queue/status.js';
import { openStore } from '../store/index.js';

export interface StatusCliOptions {
  queue?: string;
  db?: string;
  format?: string;
  retryFailed?: boolean;
}

/** `ascribe status --queue redis://…`: waiting, active, done and dead-lettered jobs (and the store's counts with --db). */
export async function runStatus(opts: StatusCliOptions): Promise<number> {
  if (!opts.queue) throw createError('E_USAGE', 'give the queue: --queue redis://HOST:6379');
  const format = opts.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw createError('E_FORMAT', format, 'text, json');
  const retried = opts.retryFailed ? await retryFailed(opts.queue) : null;
  const s = await queueStatus(opts.queue);
  let store = null;
  if (opts.db) {
    const st = openStore(opts.db, { readonly: true });
    try {
      store = await st.stats();
    } finally {
      await st.close();
    }
  }
  if (format === 'json') {
    process.stdout.write(JSON.stringify({ ...s, ...(retried !== null && { retried }), ...(store && { store }) }) + '\n');
    return 0;
  }
  const lines = [
    `queue     ${s.queue}, ${s.workers} worker connection${s.workers === 1 ? '' : 's'}`,
    `waiting   ${s.waiting}`,
    `active    ${s.active}`,
    `delayed   ${s.delayed} (waiting to retry)`,
    `completed ${s.totalCompleted} (${s.completed} kept)`,
    `failed    ${s.failed} dead-lettered${s.totalFailed > s.failed ? ` (${s.totalFailed} ever)` : ''}`,
  ];
  if (retried !== null) lines.push(`retried   ${retried} dead-lettered jobs moved back to waiting`);
  if (store) lines.push(`store     ${store.documents} documents, ${store.errors} errors, ${store.entities} entities, ${store.events} events, ${store.quotes} quotes, ${store.figures} figures`);
  for (const d of s.deadLetters) lines.push(`  dead ${d.doc} (job ${d.job}, ${d.attempts} attempts${d.failedAt ? `, ${d.failedAt}` : ''}): ${d.error}`);
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}
