#!/usr/bin/env node
import { Command } from 'commander';
import { AscribeError, asAscribeError } from '../core/errors.js';
import { runAnalyze } from './analyze.js';
import { runNer } from './ner.js';
import { warn } from './output.js';

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
    process.exitCode = await runAnalyze(paths, opts);
  });

program
  .command('ner')
  .description('tag CoNLL-format tokens: prints each line unchanged plus a column with the predicted IOB2 tag')
  .requiredOption('--conll <file>', 'CoNLL file (token in column 1, blank line between sentences); "-" for stdin')
  .action(async (opts) => {
    process.exitCode = await runNer(opts.conll);
  });

program.parseAsync(process.argv).catch((e) => {
  if (e instanceof AscribeError) fail(e);
  else fail(e);
});
