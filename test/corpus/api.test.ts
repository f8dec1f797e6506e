import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, listen } from '../../src/server/app.js';
import { ROUTES } from '../../src/server/routes.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/types.js';
import { FLOOD_A, FLOOD_B, OTHER_PLACE, record } from './fixtures.js';

let store: Store;
let server: Server;
let base: string;

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ascribe-api-'));
  store = openStore(path.join(dir, 'api.db'));
  await store.putBatch([FLOOD_A, FLOOD_B, OTHER_PLACE].map((s) => ({ hash: s.id, record: record(s) })));
  await store.putBatch([{ hash: 'e', error: { id: 'broken.txt', code: 'E_BINARY', message: 'binary content, not text: broken.txt' } }]);
  server = createServer(store, { bodyLimit: 64 * 1024 });
  base = (await listen(server, 0)).url;
});

afterAll(async () => {
  await new Promise((r) => server.close(r));
  await store.close();
});

const get = async (p: string) => {
  const res = await fetch(base + p.replace(/^\//, ''));
  return { status: res.status, type: res.headers.get('content-type') ?? '', body: await res.json().catch(() => null), headers: res.headers };
};

describe('HTTP API', () => {
  it('listens on 127.0.0.1 by default', () => {
    expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('serves documents, entities, quotes, figures, events, ledgers and search as JSON', async () => {
    const stats = await get('/api/stats');
    expect(stats.body).toMatchObject({ documents: 3, errors: 1, events: 2 });
    expect((await get('/api/documents')).body).toHaveLength(4);
    expect((await get('/api/documents?status=error')).body[0]).toMatchObject({ id: 'broken.txt', error: { code: 'E_BINARY' } });
    const doc = await get('/api/documents/a');
    expect(doc.body.record.text).toBe(FLOOD_A.text);
    const events = (await get('/api/events?minDocs=2')).body;
    expect(events).toHaveLength(1);
    const ledger = (await get(`/api/events/${encodeURIComponent(events[0].id)}/ledger`)).body;
    expect(ledger.sources).toHaveLength(2);
    expect(ledger.spread[0]).toMatchObject({ role: 'killed', min: 30, max: 60 });
    expect((await get(`/api/events/${events[0].id}`)).body.members).toHaveLength(2);
    const people = (await get('/api/entities?type=PERSON')).body;
    expect(people[0]).toMatchObject({ name: 'Ilse Hartmann', docs: 2 });
    expect((await get(`/api/entities/${people[0].id}`)).body.members).toHaveLength(2);
    expect((await get(`/api/quotes?entity=${people[0].id}`)).body).toHaveLength(2);
    expect((await get('/api/quotes?speaker=hartmann&limit=1')).body).toHaveLength(1);
    expect((await get('/api/figures?role=killed')).body).toHaveLength(5);
    expect((await get(`/api/figures?entity=${people[0].id}`)).body.map((f: { value: number }) => f.value)).toEqual([30, 45]);
    // Cue types: FLOOD_B's quote is a statement ("told"); FLOOD_A's record carries no label.
    expect((await get('/api/quotes?cueType=speech')).body.map((q: { doc: string; cueType: string }) => [q.doc, q.cueType])).toEqual([['b', 'speech']]);
    expect((await get('/api/quotes')).body.map((q: { cueType: string | null }) => q.cueType)).toEqual([null, 'speech']);
    expect((await get('/api/quotes?cueType=thought')).body).toEqual([]);
    const speech = (await get(`/api/events/${encodeURIComponent(events[0].id)}/ledger?cueType=speech`)).body;
    expect(speech.sources.map((s: { quotes: Array<{ cueType: string }> }) => s.quotes.map((q) => q.cueType))).toEqual([[], ['speech']]);
    expect(speech.spread).toEqual(ledger.spread);
    const hits = (await get('/api/search?q=toll&kind=quote')).body;
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ kind: 'quote', doc: 'b', speaker: 'Hartmann' });
  });

  it('answers every error as JSON with a code and the right status', async () => {
    expect(await get('/api/documents/nope')).toMatchObject({ status: 404, body: { error: { code: 'E_NOT_FOUND' } } });
    expect(await get('/api/events/nope/ledger')).toMatchObject({ status: 404, body: { error: { code: 'E_NOT_FOUND' } } });
    expect(await get('/api/nothing')).toMatchObject({ status: 404, body: { error: { code: 'E_NOT_FOUND' } } });
    expect(await get('/api/search')).toMatchObject({ status: 400, body: { error: { code: 'E_USAGE' } } });
    expect(await get('/api/documents?limit=-1')).toMatchObject({ status: 400 });
    expect(await get('/api/documents?status=maybe')).toMatchObject({ status: 400 });
    expect(await get('/api/quotes?cueType=said')).toMatchObject({ status: 400, body: { error: { code: 'E_USAGE', message: 'cueType must be one of speech, thought, other' } } });
    expect(await get('/api/events/x/ledger?cueType=said')).toMatchObject({ status: 400, body: { error: { code: 'E_USAGE' } } });
    expect(await get('/api/documents/%E0%A4%A')).toMatchObject({ status: 400 });
    const del = await fetch(base + 'api/documents/a', { method: 'DELETE' });
    expect(del.status).toBe(405);
    expect((await del.json()).error.code).toBe('E_METHOD');
  });

  it('analyses ad-hoc text with POST /api/analyze, within limits', async () => {
    const post = (body: string | Blob, type: string) => fetch(base + 'api/analyze', { method: 'POST', body, headers: { 'content-type': type } });
    const ok = await post(JSON.stringify({ text: 'Officials said 24 people were hurt on Monday.', published: '2020-01-01' }), 'application/json');
    expect(ok.status).toBe(200);
    const rec = await ok.json();
    expect(rec).toMatchObject({ schema: 'ascribe/v1', doc: { published: '2020-01-01' } });
    expect(rec.text).toBe('Officials said 24 people were hurt on Monday.');
    const plain = await post('The mayor said nothing.', 'text/plain');
    expect((await plain.json()).text).toBe('The mayor said nothing.');
    const big = await post(JSON.stringify({ text: 'x'.repeat(100 * 1024) }), 'application/json');
    expect(big.status).toBe(413);
    expect((await big.json()).error.code).toBe('E_TOO_LARGE');
    expect((await post('{"text": 1}', 'application/json')).status).toBe(400);
    expect((await post('{nope', 'application/json')).status).toBe(400);
    expect((await post('<x/>', 'application/xml')).status).toBe(415);
    expect((await post(new Blob([new Uint8Array([0x41, 0xff, 0xfe])]), 'text/plain')).status).toBe(400);
    const empty = await post(JSON.stringify({ text: '   ' }), 'application/json');
    expect(empty.status).toBe(400);
    expect((await empty.json()).error.code).toBe('E_EMPTY');
  });

  it('describes every route in the OpenAPI document', async () => {
    const spec = (await get('/openapi.json')).body;
    expect(spec.openapi).toMatch(/^3\./);
    for (const r of ROUTES) expect(spec.paths[r.path]?.[r.method.toLowerCase()], `${r.method} ${r.path}`).toBeDefined();
    const refs = JSON.stringify(spec).match(/#\/components\/schemas\/(\w+)/g) ?? [];
    for (const ref of refs) expect(spec.components.schemas[ref.split('/').pop()!], ref).toBeDefined();
    for (const p of ['/api/quotes', '/api/events/{id}/ledger']) {
      expect(spec.paths[p].get.parameters.find((x: { name: string }) => x.name === 'cueType'), p).toMatchObject({ in: 'query', schema: { enum: ['speech', 'thought', 'other'] } });
    }
    expect(spec.components.schemas.Quote.properties.cueType).toEqual({ enum: ['speech', 'thought', 'other', null] });
  });

  it('serves the page with a strict content security policy', async () => {
    const res = await fetch(base);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await res.text()).toContain('<script type="module" src="/app.js">');
    const js = await fetch(base + 'app.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    expect((await fetch(base + '../../package.json')).status).toBe(404);
    expect((await fetch(base + 'nope.js')).status).toBe(404);
  });
});
