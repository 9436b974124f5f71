// A source is found by its URL: a new pledge or an import row stating a known URL differently
// corrects the document for every pledge citing it; an empty detail keeps what is stored.
import { describe, test, expect, beforeAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from '../support/temp-db';
import { useTestDatabase } from '../support/engine';
import { eq } from 'drizzle-orm';
import { one, read, writeTransaction } from '../../db/connection';
import { pledges } from '../../db/tables';
import { seedFxRates } from '../../db/fx';
import { getPledge } from '../../db/pledges/read';
import { findSourceByUrl } from '../../db/pledges/sources';
import { importPledgesFile } from '../../db/csv-import/import';
import { citing, sourcesOf, newest } from '../support/source-citations';

beforeAll(async () => {
  await useTestDatabase();
  await writeTransaction((tx) => seedFxRates(tx));
});

describe('correcting a source', () => {
  test('a new pledge stating a known URL differently corrects the document for the pledges already citing it', async () => {
    const url = 'https://example.org/corrected-by-new';
    const old = await citing(url);
    const fresh = await citing(url, { publisher: 'Example Times' });
    expect((await sourcesOf(old.id))[0].publisher).toBe('Example Times');
    expect(await newest(old.id)).toMatchObject({
      action: 'update',
      reason: `source corrected while creating pledge #${fresh.id}`,
    });
  });

  test('a detail left empty keeps what is stored, and repeating the stored details records nothing', async () => {
    const url = 'https://example.org/kept';
    const old = await citing(url, { publishedOn: '2024-05-01' });
    const fresh = await citing(url, { publisher: '', title: '', publishedOn: '' });
    expect(await sourcesOf(fresh.id)).toEqual([
      { publisher: 'Exampel Tmes', title: 'Joint statement', publishedOn: '2024-05-01' },
    ]);
    expect((await getPledge(old.id))!.revisions).toHaveLength(1);
    expect(await findSourceByUrl(url, old.id)).toMatchObject({
      usedBy: 2,
      citedByPledge: true,
      publisher: 'Exampel Tmes',
    });
  });

  test('an import row stating a known URL differently corrects it, recorded on the stored pledge citing it', async () => {
    const url = 'https://example.org/corrected-by-import';
    const old = await citing(url);
    const file = path.join(tempDir('source-import-'), 'rows.csv');
    fs.writeFileSync(
      file,
      [
        'external_id,donor,recipient,title,category,stage,amount,currency,announced_on,source_urls,source_publishers,source_quotes',
        `imp-1,Japan,Ukraine,Imported,other,announced,9,USD,2024-01-04,${url},Example Times,Said.`,
        '',
      ].join('\n'),
    );
    expect(await importPledgesFile(file)).toMatchObject({ ok: true, created: 1 });
    expect((await sourcesOf(old.id))[0].publisher).toBe('Example Times');
    const imported = (await read((db) =>
      one(db.select({ id: pledges.id }).from(pledges).where(eq(pledges.externalId, 'imp-1'))),
    ))!;
    // SQLite's bulk writer says "importing"; an import through the per-row verbs says "creating".
    expect(await newest(old.id)).toMatchObject({
      action: 'update',
      reason: expect.stringMatching(
        new RegExp(`^source corrected while (importing|creating) pledge #${imported.id}\\b`),
      ),
    });
  });
});
