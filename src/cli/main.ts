#!/usr/bin/env node
import { Command } from 'commander';
import { asAscribeError } from '../core/errors.js';
import { warn } from './output.js';

// Each command's module loads when the command runs, so `analyze` does not pay for the store or server.

// Nothing reaches the user as a stack trace: unexpected failures are one coded line.
const fail = (e: unknown) => {
  const err = asAscribeError(e, 'ascribe');
  warn(err.code, err.message);
  process.exitCode = err.code === 'E_USAGE' || err.code === 'E_FORMAT' || err.code === 'E_DATE' ? 2 : 1;
};
process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);

const program = new Command();
program
  .name('ascribe')
  .description('Structured, source-attributed records from news articles: entities, quotes, figures, dates, events.')
  .version('0.1.0');

program
  .command('analyze')
  .description('analyse articles (.txt, .html, .jsonl, directories, or stdin) and print their records')
  .argument('[paths...]', 'files or directories; "-" or nothing reads stdin')
  .option('--published <date>', 'publication date (YYYY-MM-DD) for documents that carry none')
  .option('--format <format>', 'json | jsonl | text | csv | brat (default: json for one document, jsonl for several)')
  .option('--offsets <kind>', 'utf16 (default, JavaScript string indices) or codepoint (Python string indices)')
  .option('--out <dir>', 'with --format brat: write <name>.txt and <name>.ann files here')
  .action(async (paths: string[], opts) => {
    process.exitCode = await (await import('./analyze.js')).runAnalyze(paths, opts);
  });

program
  .command('ner')
  .description('tag CoNLL-format tokens: prints each line unchanged plus a column with the predicted IOB2 tag')
  .requiredOption('--conll <file>', 'CoNLL file (token in column 1, blank line between sentences); "-" for stdin')
  .action(async (opts) => {
    process.exitCode = await (await import('./ner.js')).runNer(opts.conll);
  });

program
  .command('ingest')
  .description('analyse articles and store them in a corpus database (idempotent: unchanged articles are skipped)')
  .argument('<paths...>', 'files or directories (.txt, .html, .jsonl)')
  .option('--db <file>', 'SQLite database file, or a postgres:// URL', 'ascribe.db')
  .option('--published <date>', 'publication date (YYYY-MM-DD) for documents that carry none')
  .option('--batch <n>', 'documents per transaction (default 64), or per enqueue call with --queue (default 500)')
  .option('--queue <url>', 'enqueue the documents on this Redis (redis://HOST:6379) and return; `ascribe worker` stores them')
  .action(async (paths: string[], opts) => {
    process.exitCode = await (await import('./ingest.js')).runIngest(paths, opts);
  });

program
  .command('worker')
  .description('process the documents enqueued by `ingest --queue` into a store, until SIGTERM (which finishes the jobs in hand)')
  .requiredOption('--queue <url>', 'Redis URL (redis://HOST:6379[?prefix=NAME])')
  .option('--db <file>', 'store: a postgres:// URL shared by all workers, or a SQLite file', 'ascribe.db')
  .option('--concurrency <n>', 'jobs in flight in this process (default 1; run one process per core)')
  .option('--lock-ms <n>', "job lock in ms: a dead worker's jobs are retried after about this long (default 30000)")
  .action(async (opts) => {
    process.exitCode = await (await import('./worker.js')).runWorker(opts);
  });

program
  .command('status')
  .description('counts of the ingest queue: waiting, active, delayed, completed and failed (dead-lettered) jobs')
  .requiredOption('--queue <url>', 'Redis URL (redis://HOST:6379[?prefix=NAME])')
  .option('--db <file>', 'also show the counts of this store')
  .option('--format <format>', 'text | json', 'text')
  .option('--retry-failed', 'move dead-lettered jobs back to waiting first')
  .action(async (opts) => {
    process.exitCode = await (await import('./status.js')).runStatus(opts);
  });

program
  .command('query')
  .description('query a corpus: events | ledger EVENT [--cue-type T] | quotes [--speaker NAME] [--cue-type T] | figures [--role ROLE] | search TEXT | entities | documents')
  .argument('<what>', 'events, ledger, quotes, figures, search, entities or documents')
  .argument('[args...]', 'the event id for ledger, the text for search')
  .option('--db <file>', 'SQLite database file, or a postgres:// URL', 'ascribe.db')
  .option('--format <format>', 'table | jsonl | csv', 'table')
  .option('--speaker <name>', 'quotes: only this speaker (any of their names)')
  .option('--role <role>', 'figures: only this role (killed, injured, ...)')
  .option('--entity <id>', 'quotes, figures: only this corpus entity')
  .option('--cue-type <type>', "quotes, ledger: only quotes whose cue reports speech, thought or other ('speech': statements only)")
  .option('--event <id>', 'figures: only this corpus event')
  .option('--type <type>', 'events, entities: only this type')
  .option('--min-docs <n>', 'events: only events reported by at least n documents')
  .option('--limit <n>', 'at most n rows (default 50)')
  .action(async (what: string, args: string[], opts) => {
    process.exitCode = await (await import('./query.js')).runQuery(what, args, opts);
  });

program
  .command('serve')
  .description('serve the JSON API (OpenAPI at /openapi.json) and the web page for a corpus')
  .option('--db <file>', 'SQLite database file, or a postgres:// URL', 'ascribe.db')
  .option('--port <n>', 'port (default 8787; 0 picks a free one)', '8787')
  .option('--host <host>', 'interface to listen on', '127.0.0.1')
  .action(async (opts) => {
    process.exitCode = await (await import('./serve.js')).runServe(opts);
  });

program.parseAsync(process.argv).catch(fail);
