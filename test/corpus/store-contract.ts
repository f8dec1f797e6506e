/**
 * The contract every Store implementation must keep. sqlite.test.ts runs it on SQLite; a
 * Postgres store would call `storeContract('postgres', () => openPostgres(...))` and pass the same.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { PutItem, Store } from '../../src/store/types.js';
import { FLOOD_A, FLOOD_B, FLOOD_CUES, OTHER_PLACE, record, type Spec } from './fixtures.js';

const put = (s: Spec, hash = `h-${s.id}`): PutItem => ({ hash, record: record(s) });

export function storeContract(name: string, open: () => Store) {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    afterEach(async () => {
      await store?.close();
    });

    it('stores a record and gives it back unchanged, spans and all', async () => {
      store = open();
      const r = await store.putBatch([put(FLOOD_A)]);
      expect(r).toEqual({ added: 1, replaced: 0, unchanged: 0, errors: 0 });
      const d = await store.document('a');
      expect(d?.record).toEqual(record(FLOOD_A));
      expect(d).toMatchObject({ title: FLOOD_A.title, published: '2031-05-03', source: 'Daily Ledger', quotes: 1, figures: 3, events: 1, status: 'ok' });
      expect(Object.keys(d!.entityLinks).sort()).toEqual(['e1', 'e2']);
      expect(await store.document('nope')).toBeNull();
    });

    it('is idempotent by content hash, and replaces a changed document', async () => {
      store = open();
      await store.putBatch([put(FLOOD_A)]);
      const before = await store.stats();
      expect(await store.putBatch([put(FLOOD_A)])).toEqual({ added: 0, replaced: 0, unchanged: 1, errors: 0 });
      expect(await store.stats()).toEqual(before);
      expect((await store.hashes(['a', 'zz'])).get('a')).toBe('h-a');

      const changed: Spec = { ...FLOOD_A, text: FLOOD_A.text.replace('Friday', 'Saturday') };
      expect(await store.putBatch([put(changed, 'h-a2')])).toMatchObject({ replaced: 1 });
      expect((await store.document('a'))?.record?.text).toContain('Saturday');
      expect(await store.stats()).toMatchObject({ documents: 1, quotes: 1, figures: 3 });
      // The full-text index follows the replacement.
      expect(await store.search('Saturday')).toHaveLength(1);
      expect(await store.search('Friday')).toHaveLength(0);
    });

    it('keeps error records with their reason; an unreadable file does not wipe an analysed one', async () => {
      store = open();
      await store.putBatch([put(FLOOD_A), { hash: 'x', error: { id: 'bad', code: 'E_EMPTY', message: 'empty document: bad' } }]);
      const errs = await store.documents({ status: 'error' });
      expect(errs).toHaveLength(1);
      expect(errs[0]).toMatchObject({ id: 'bad', status: 'error', error: { code: 'E_EMPTY', message: 'empty document: bad' } });
      expect(await store.putBatch([{ hash: null, error: { id: 'a', code: 'E_NOT_FOUND', message: 'gone' } }])).toMatchObject({ errors: 1 });
      expect((await store.document('a'))?.status).toBe('ok');
      expect(await store.stats()).toMatchObject({ documents: 1, errors: 1 });
    });

    it('commits a batch entirely or not at all', async () => {
      store = open();
      const broken = { hash: 'h', record: { ...record(OTHER_PLACE), entities: null } } as unknown as PutItem;
      await expect(store.putBatch([put(FLOOD_A), broken])).rejects.toThrow();
      expect(await store.stats()).toMatchObject({ documents: 0, entities: 0, events: 0, quotes: 0, figures: 0 });
      expect(await store.document('a')).toBeNull();
    });

    it('links a person across documents under a shorter name, with evidence, and keeps namesakes apart', async () => {
      store = open();
      const johnsons: Spec[] = [
        { id: 'j1', text: 'Boris Johnson spoke. Johnson left.', entities: [{ name: 'Boris Johnson', type: 'PERSON', aliases: ['Johnson'] }] },
        { id: 'j2', text: 'Andrew Johnson was president. Johnson died.', entities: [{ name: 'Andrew Johnson', type: 'PERSON', aliases: ['Johnson'] }] },
        { id: 'j3', text: 'Volodymyr Zelensky spoke.', entities: [{ name: 'Volodymyr Zelensky', type: 'PERSON' }] },
        { id: 'j4', text: 'Volodymyr Zelenskyy replied.', entities: [{ name: 'Volodymyr Zelenskyy', type: 'PERSON' }] },
      ];
      await store.putBatch([put(FLOOD_A), put(FLOOD_B), ...johnsons.map((s) => put(s))]);
      const a = await store.document('a');
      const b = await store.document('b');
      const hartmann = a!.entityLinks.e2;
      expect(b!.entityLinks.e2).toBe(hartmann);
      const e = await store.entity(hartmann);
      expect(e).toMatchObject({ name: 'Ilse Hartmann', docs: 2, quotes: 2 });
      expect(e!.members.find((m) => m.doc === 'b')!.evidence[0].rule).toMatch(/alias|surname/);
      expect(a!.entityLinks.e1).toBe(b!.entityLinks.e1); // Varnel, same name

      const boris = (await store.document('j1'))!.entityLinks.e1;
      const andrew = (await store.document('j2'))!.entityLinks.e1;
      expect(boris).not.toBe(andrew);
      const z3 = (await store.document('j3'))!.entityLinks.e1;
      expect((await store.document('j4'))!.entityLinks.e1).toBe(z3);
      expect((await store.entity(z3))!.members.find((m) => m.doc === 'j4')!.evidence[0].rule).toBe('transliteration');
      expect((await store.entities({ name: 'Zelensk' })).map((x) => x.id)).toEqual([z3]);
    });

    it('links one armed body named by different nouns, and keeps another body apart', async () => {
      store = open();
      const bodies: Spec[] = [
        { id: 'g1', text: 'Norwegian forces crossed the river.', entities: [{ name: 'Norwegian forces', type: 'ORG' }] },
        { id: 'g2', text: 'Norwegian troops crossed the river.', entities: [{ name: 'Norwegian troops', type: 'ORG' }] },
        { id: 'g3', text: 'Norwegian police closed the road.', entities: [{ name: 'Norwegian police', type: 'ORG' }] },
      ];
      await store.putBatch(bodies.map((s) => put(s)));
      const army = (await store.document('g1'))!.entityLinks.e1;
      expect((await store.document('g2'))!.entityLinks.e1).toBe(army);
      expect((await store.entity(army))!.members.find((m) => m.doc === 'g2')!.evidence[0].rule).toBe('same-body');
      expect((await store.document('g3'))!.entityLinks.e1).not.toBe(army);
    });

    it('gives a part of a toll ("including four children") a spread of its own in the ledger', async () => {
      store = open();
      const spec: Spec = {
        id: 'p1', published: '2031-06-02', text: 'A blast killed 23 people, including four children, in Varnel on Monday.',
        entities: [{ name: 'Varnel', type: 'GPE' }],
        figures: [
          { text: '23 people', value: 23, role: 'killed', event: 0 },
          { text: 'four children', value: 4, role: 'killed', event: 0, counted: 'children', partOf: 0 },
        ],
        events: [{ type: 'killing', trigger: 'killed', time: '2031-06-01', places: ['Varnel'] }],
      };
      await store.putBatch([put(spec)]);
      const [event] = await store.events();
      const ledger = (await store.ledger(event.id))!;
      expect(ledger.spread.map((r) => [r.role, r.min, r.max])).toEqual([['killed', 23, 23], ['killed (children)', 4, 4]]);
      expect(ledger.sources[0].figures.map((f) => [f.role, f.partOf])).toEqual([['killed', null], ['killed (children)', 'n1']]);
    });

    it('links reports of one event and builds its ledger without merging figures', async () => {
      store = open();
      await store.putBatch([put(FLOOD_A), put(OTHER_PLACE)]);
      await store.putBatch([put(FLOOD_B)]);
      const events = await store.events();
      expect(events).toHaveLength(2);
      const flood = events[0];
      expect(flood).toMatchObject({ type: 'killing', time: '2031-05-02', places: ['Varnel'], docs: 2, firstReported: '2031-05-03', lastReported: '2031-05-05' });
      const detail = await store.event(flood.id);
      const rules = detail!.members.find((m) => m.doc === 'b')!.evidence.map((x) => x.rule);
      expect(rules).toEqual(expect.arrayContaining(['type', 'time', 'place']));

      const l = (await store.ledger(flood.id))!;
      expect(l.sources.map((s) => [s.doc, s.outlet, s.published])).toEqual([['a', 'Daily Ledger', '2031-05-03'], ['b', 'Evening Courier', '2031-05-05']]);
      const killed = l.spread.find((s) => s.role === 'killed')!;
      expect(killed).toMatchObject({ min: 30, max: 60, figures: 4, sources: 2 });
      expect(killed.claims).toEqual(['at least 30', '30', 'about 45', 'at most 60']);
      expect(killed.earliest).toMatchObject({ published: '2031-05-03', doc: 'a' });
      expect(killed.latest).toMatchObject({ published: '2031-05-05', doc: 'b' });
      expect(l.spread.find((s) => s.role === 'missing')).toMatchObject({ min: 12, max: 12, sources: 1 });
      // Who claims what: the mayor (one entity under two names) said 30 and then about 45.
      const mayor = l.claims.find((c) => c.role === 'killed' && c.kind === 'speaker' && c.claimant.includes('Hartmann'))!;
      expect(mayor.claims).toEqual(['30', 'about 45']);
      expect(mayor.docs).toEqual(['a', 'b']);
      const withQuote = l.sources[1].figures.find((f) => f.value === 45)!;
      expect(withQuote.quote?.text).toContain('about 45');
      expect(l.earliest).toEqual({ published: '2031-05-03', doc: 'a' });
      expect(l.latest).toEqual({ published: '2031-05-05', doc: 'b' });

      const other = events[1];
      expect(other.places).toEqual(['Osterby']);
      expect((await store.ledger(other.id))!.sources).toHaveLength(1);
      expect(await store.ledger('no-such-event')).toBeNull();
      expect((await store.figures({ role: 'killed', event: flood.id })).length).toBe(4);
    });

    it('keeps the cue type of each quote and filters quotes and the ledger by it', async () => {
      store = open();
      await store.putBatch([put(FLOOD_A), put(FLOOD_B), put(FLOOD_CUES)]);
      const all = await store.quotes();
      // FLOOD_A's quote has no label in its record: null, never guessed.
      expect(all.map((q) => [q.doc, q.cue, q.cueType])).toEqual([['a', null, null], ['d', 'said', 'speech'], ['d', 'believes', 'thought'], ['d', 'called for', 'other'], ['b', 'told', 'speech']]);
      expect((await store.quotes({ cueType: 'speech' })).map((q) => [q.doc, q.id])).toEqual([['d', 'q1'], ['b', 'q1']]);
      expect((await store.quotes({ cueType: 'thought', speaker: 'Hartmann' })).map((q) => q.text)).toEqual(['the dam failed']);
      expect(await store.quotes({ cueType: 'other', doc: 'b' })).toEqual([]);

      const [flood] = await store.events();
      const full = (await store.ledger(flood.id))!;
      const d = full.sources.find((s) => s.doc === 'd')!;
      expect(d.quotes.map((q) => q.cueType)).toEqual(['speech', 'thought', 'other']);
      expect(d.figures[0].quote).toMatchObject({ id: 'q1', cueType: 'speech' });
      const speech = (await store.ledger(flood.id, { cueType: 'speech' }))!;
      expect(speech.sources.map((s) => [s.doc, s.quotes.map((q) => q.id)])).toEqual([['a', []], ['d', ['q1']], ['b', ['q1']]]);
      // Figures are the ledger's subject: the quote filter leaves them, and the spread, as they were.
      expect(speech.sources.map((s) => s.figures.length)).toEqual(full.sources.map((s) => s.figures.length));
      expect(speech.spread).toEqual(full.spread);
      expect((await store.ledger(flood.id, { cueType: 'other' }))!.sources.flatMap((s) => s.quotes.map((q) => q.text))).toEqual(['an inquiry into the dam']);
    });

    it('recounts entities and events when a document is removed', async () => {
      store = open();
      await store.putBatch([put(FLOOD_A), put(FLOOD_B), put(OTHER_PLACE)]);
      expect(await store.deleteDocument('c')).toBe(true);
      expect(await store.deleteDocument('c')).toBe(false);
      expect((await store.events()).map((e) => e.places)).toEqual([['Varnel']]);
      expect(await store.entities({ name: 'Osterby' })).toEqual([]);
      await store.deleteDocument('a');
      const [flood] = await store.events();
      expect(flood).toMatchObject({ docs: 1, firstReported: '2031-05-05' });
      const hartmann = (await store.entities({ type: 'PERSON' }))[0];
      expect(hartmann).toMatchObject({ name: 'Hartmann', docs: 1 });
    });

    it('searches articles and quotes, treating search syntax as plain words', async () => {
      store = open();
      await store.putBatch([put(FLOOD_A), put(FLOOD_B), put(OTHER_PLACE)]);
      const hits = await store.search('counted bodies');
      expect(hits.map((h) => [h.kind, h.doc])).toEqual(expect.arrayContaining([['document', 'a'], ['quote', 'a']]));
      expect(hits.find((h) => h.kind === 'quote')!.snippet).toContain('\u0002counted\u0003');
      expect((await store.search('"bridge collapsed"')).map((h) => h.doc)).toEqual(['c']);
      expect((await store.search('flood*', { kind: 'document' })).map((h) => h.doc).sort()).toEqual(['a', 'b']);
      for (const q of ['AND', 'OR NOT (', '"', 'title:x', 'NEAR(a b)', '*', '']) expect(Array.isArray(await store.search(q))).toBe(true);
      expect(await store.quotes({ speaker: 'Ilse' })).toHaveLength(2); // by entity name, in both documents
    });
  });
}
