/**
 * The ingest and query commands as a user runs them: idempotent re-runs, interruption by
 * Ctrl-C and by kill -9 (the database stays consistent and a re-run continues), output formats.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/core/paths.js';
import { openStore } from '../../src/store/index.js';
import { FLOOD_A, FLOOD_B, FLOOD_CUES, record } from './fixtures.js';

const MAIN = path.join(PACKAGE_ROOT, 'src', 'cli', 'main.ts');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ascribe-ingest-'));
const args = (xs: string[]) => ['--import', 'tsx', MAIN, ...xs];
const run = (xs: string[]) => {
  const r = spawnSync(process.execPath, args(xs), { cwd: PACKAGE_ROOT, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

/** n short documents cut from the committed sample corpus, under new ids. */
function corpus(n: number): string {
  const lines = fs.readFileSync(path.join(PACKAGE_ROOT, 'samples', 'wikinews', 'articles.jsonl'), 'utf8').split('\n').filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const a = JSON.parse(lines[i % lines.length]);
    out.push(JSON.stringify({ ...a, id: `doc-${i}`, text: a.text.slice(0, 1500) }));
  }
  const file = path.join(tmp, `corpus-${n}.jsonl`);
  fs.writeFileSync(file, out.join('\n') + '\n');
  return file;
}

/** A committed document always has all its rows: quotes and figures match the document's counts. */
function consistent(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const bad = db
      .prepare(`SELECT d.id FROM documents d WHERE d.status = 'ok' AND (d.n_quotes != (SELECT count(*) FROM quotes q WHERE q.doc_id = d.id) OR d.n_figures != (SELECT count(*) FROM figures f WHERE f.doc_id = d.id))`)
      .all();
    expect(bad).toEqual([]);
    return db.prepare('SELECT count(*) FROM documents').pluck().get() as number;
  } finally {
    db.close();
  }
}

function count(file: string): number {
  if (!fs.existsSync(file)) return 0;
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return db.prepare('SELECT count(*) FROM documents').pluck().get() as number;
    } finally {
      db.close();
    }
  } catch {
    return 0;
  }
}

/** Starts an ingest, waits until at least `after` documents are committed, then sends `signal`. */
async function interrupt(input: string, db: string, signal: NodeJS.Signals, after: number) {
  const child = spawn(process.execPath, args(['ingest', input, '--db', db, '--batch', '2']), { cwd: PACKAGE_ROOT });
  let stdout = '';
  child.stdout.on('data', (d) => (stdout += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code, sig) => resolve(code ?? (sig ? -1 : null))));
  let done = false;
  void exited.then(() => (done = true));
  while (!done && count(db) < after) await new Promise((r) => setTimeout(r, 100));
  if (!done) child.kill(signal);
  return { code: await exited, stdout: () => stdout };
}

describe('ascribe ingest', () => {
  it('ingests, skips unchanged documents on a re-run, and replaces a changed one', () => {
    const db = path.join(tmp, 'idem.db');
    const input = corpus(4);
    const first = run(['ingest', input, '--db', db]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/ingested 4 documents .*: 4 added, 0 replaced, 0 unchanged, 0 errors/);
    const again = run(['ingest', input, '--db', db]);
    expect(again.stdout).toMatch(/0 added, 0 replaced, 4 unchanged, 0 errors/);
    const lines = fs.readFileSync(input, 'utf8').trim().split('\n');
    const changed = JSON.parse(lines[1]);
    changed.text += ' Officials said 9 people were hurt.';
    lines[1] = JSON.stringify(changed);
    lines.push('{"id": "broken", "text": ""}');
    fs.writeFileSync(input, lines.join('\n') + '\n');
    const third = run(['ingest', input, '--db', db]);
    expect(third.code).toBe(1);
    expect(third.stdout).toMatch(/0 added, 1 replaced, 3 unchanged, 1 errors/);
    expect(third.stderr).toMatch(/E_EMPTY/);
    expect(consistent(db)).toBe(5);
    const errs = run(['query', 'documents', '--db', db, '--format', 'jsonl']);
    expect(errs.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l)).find((d) => d.id === 'broken')).toMatchObject({ status: 'error', error: { code: 'E_EMPTY' } });
  });

  it('stops cleanly on Ctrl-C and survives kill -9; a re-run continues where it stopped', async () => {
    const db = path.join(tmp, 'interrupt.db');
    const input = corpus(30);
    const a = await interrupt(input, db, 'SIGINT', 2);
    const n1 = consistent(db);
    if (a.code === 130) expect(a.stdout()).toMatch(/^interrupted after/);
    else expect(a.code).toBe(0); // it finished before the signal landed
    const b = await interrupt(input, db, 'SIGKILL', n1 + 2);
    const n2 = consistent(db);
    expect(n2).toBeGreaterThanOrEqual(n1);
    const c = run(['ingest', input, '--db', db]);
    expect(c.code).toBe(0);
    expect(c.stdout).toContain(`${n2} unchanged`);
    expect(consistent(db)).toBe(30);
    void b;
  }, 180_000);
});

describe('ascribe query', () => {
  it('prints events, ledgers, quotes, figures and search as a table, JSONL or CSV with a header', () => {
    const db = path.join(tmp, 'idem.db');
    const events = run(['query', 'events', '--db', db, '--format', 'jsonl']);
    expect(events.code).toBe(0);
    const list = events.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(list.length).toBeGreaterThan(0);
    const ledger = run(['query', 'ledger', list[0].id, '--db', db]);
    expect(ledger.code).toBe(0);
    expect(ledger.stdout).toContain(list[0].label);
    const csv = run(['query', 'ledger', list[0].id, '--db', db, '--format', 'csv']);
    expect(csv.stdout.split('\r\n')[0]).toBe('event,row,doc,outlet,published,title,role,claim,value,low,high,hedge,claimant,quote_speaker,quote,quote_cue_type,text');
    const quotes = run(['query', 'quotes', '--db', db, '--format', 'csv']);
    expect(quotes.stdout.startsWith('doc,published,id,speaker,entity,kind,cue,cue_type,text\r\n')).toBe(true);
    expect(run(['query', 'quotes', '--db', db, '--limit', '1']).stdout.split('\n')[0]).toMatch(/\bcue\s+cue_type\s+text$/);
    // --cue-type: every quote analyze wrote has a label; the filter keeps only that one.
    const byType = (t: string) => run(['query', 'quotes', '--db', db, '--cue-type', t, '--format', 'jsonl', '--limit', '1000']).stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
    const all = run(['query', 'quotes', '--db', db, '--format', 'jsonl', '--limit', '1000']).stdout.trim().split('\n').map((l) => JSON.parse(l));
    const speech = byType('speech');
    expect(speech.length).toBeGreaterThan(0);
    expect(speech.every((q) => q.cueType === 'speech')).toBe(true);
    expect(speech.length + byType('thought').length + byType('other').length).toBe(all.length);
    const ledgerQuotes = (t?: string) => run(['query', 'ledger', list[0].id, '--db', db, '--format', 'jsonl', ...(t ? ['--cue-type', t] : [])]).stdout.trim().split('\n').map((l) => JSON.parse(l)).filter((r) => r.row === 'quote');
    const everyQuote = ledgerQuotes();
    expect(everyQuote.length).toBeGreaterThan(0);
    expect(ledgerQuotes('speech').map((r) => r.quote)).toEqual(everyQuote.filter((r) => r.quote.cueType === 'speech').map((r) => r.quote));
    const bad = run(['query', 'quotes', '--db', db, '--cue-type', 'said']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('ascribe: E_USAGE: --cue-type must be one of speech, thought, other, not "said"\n');
    const table = run(['query', 'figures', '--db', db, '--limit', '3']);
    expect(table.stdout.split('\n')[0]).toMatch(/^doc\s+published\s+id\s+role\s+claim/);
    expect(run(['query', 'search', 'police', '--db', db, '--format', 'jsonl']).code).toBe(0);
    const noEvent = run(['query', 'ledger', 'no-such-event', '--db', db]);
    expect(noEvent.code).toBe(2);
    expect(noEvent.stderr).toMatch(/^ascribe: E_USAGE: no event "no-such-event"/);
    expect(run(['query', 'events', '--db', path.join(tmp, 'missing.db')]).stderr).toMatch(/E_UNREADABLE: .*no such corpus/);
    expect(run(['query', 'events', '--db', db, '--format', 'xml']).code).toBe(2);
  });

  it('reads a corpus an older ascribe made that it cannot upgrade, with one warning line on stderr', async () => {
    const db = path.join(tmp, 'v1.db');
    const s = openStore(db);
    await s.putBatch([FLOOD_A, FLOOD_B, FLOOD_CUES].map((x) => ({ hash: x.id, record: record(x) })));
    await s.close();
    const v1 = new Database(db);
    v1.exec('ALTER TABLE quotes DROP COLUMN cue_type'); // as version 1 made it
    v1.pragma('user_version = 1');
    v1.exec('BEGIN EXCLUSIVE'); // held while the command runs: it cannot upgrade
    try {
      const r = run(['query', 'quotes', '--db', db, '--cue-type', 'thought', '--format', 'jsonl']);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe(`ascribe: warning: corpus ${db} is schema version 1; reading it without upgrading (database is locked; open it once with write access to upgrade)\n`);
      expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l)).map((q) => [q.doc, q.text, q.cueType])).toEqual([['d', 'the dam failed', 'thought']]);
    } finally {
      v1.exec('ROLLBACK');
      v1.close();
    }
  }, 30_000);
});
