// From text to ledger: two reports of one fire, analysed by the pipeline and stored, give one event whose
// ledger sets the figures each source claims side by side (the product's core promise, end to end).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { openStore } from '../../src/store/index.js';

const A =
  'A fire broke out at a market in Kharkiv on Monday. The death toll, officials said, has risen to 24. ' +
  'Agence France-Presse reported as many as 32 people were killed.';
const B = "At least 40 people died in Monday's fire at a Kharkiv market, the regional governor, Oleh Syniehubov, said on Tuesday.";

describe('claim ledger from two reports', () => {
  it('links the deaths both reports give to one event and lists every claim with its claimant', async () => {
    const store = openStore(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ascribe-ledger-')), 'c.db'));
    const a = analyze(A, { id: 'a', published: '2024-03-19', source: 'Outlet A' });
    const b = analyze(B, { id: 'b', published: '2024-03-20', source: 'Outlet B' });
    await store.putBatch([{ hash: 'a', record: a }, { hash: 'b', record: b }]);
    const killings = (await store.events({ type: 'killing' })).filter((e) => e.docs === 2);
    expect(killings).toHaveLength(1);
    const ledger = (await store.ledger(killings[0].id))!;
    expect(ledger.spread[0]).toMatchObject({ role: 'killed', min: 24, max: 40, figures: 3, sources: 2 });
    expect(ledger.claims.map((c) => [c.claimant, c.claims]).sort()).toEqual([
      ['Agence France-Presse', ['at most 32']],
      ['Oleh Syniehubov', ['at least 40']],
      ['officials', ['24']],
    ]);
    await store.close();
  });
});
