// A source is one document cited by many pledges. A correction of its details, from an edit, a new
// pledge or an import row, changes the document once and is recorded on every pledge citing it.
import { describe, test, expect, beforeAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from '../support/temp-db';
import { useTestDatabase } from '../support/engine';
import { eq } from 'drizzle-orm';
import { one, read, writeTransaction } from '../../db/connection';
import { pledges } from '../../db/tables';
import { seedFxRates } from '../../db/fx';
import { getDataVersion } from '../../db/meta';
import { createPledge, updatePledge } from '../../db/pledges/writes';
import { getPledge } from '../../db/pledges/read';
import { findSourceByUrl } from '../../db/pledges/sources';
import { importPledgesFile } from '../../db/csv-import/import';

const actor = { id: null, label: 'Corrector' };
let n = 0;
function citing(url: string, source: Record<string, string> = {}) {
  n += 1;
  return createPledge(
    {
      donor: 'Japan',
      recipient: 'Ukraine',
      title: `Pledge ${n}`,
      category: 'humanitarian',
      stage: 'committed',
      amount: '1000000',
      currency: 'USD',
      announcedOn: '2024-05-10',
      sources: [
        { url, publisher: 'Exampel Tmes', title: 'Joint statement', quote: `Quote ${n}.`, ...source },
      ],
    },
    actor,
  );
}
const sourcesOf = async (id: number) =>
  (await getPledge(id))!.sources.map(({ publisher, title, publishedOn }) => ({
    publisher,
    title,
    publishedOn,
  }));
const newest = async (id: number) => (await getPledge(id))!.revisions.at(-1)!;

beforeAll(async () => {
  await useTestDatabase();
  await writeTransaction((tx) => seedFxRates(tx));
});

describe('correcting a source', () => {
  test('a publisher corrected while editing one pledge changes it on every pledge citing the document', async () => {
    const url = 'https://example.org/corrected-publisher';
    const [a, b, c] = [await citing(url), await citing(url), await citing(url)];
    const version = (await getDataVersion()).version;
    await updatePledge({
      id: a.id,
      patch: { sources: [{ url, publisher: 'Example Times', title: 'Joint statement', quote: 'Quote a.' }] },
      expectedVersion: a.version,
      actor,
      reason: 'typo',
    });
    for (const p of [a, b, c])
      expect(await sourcesOf(p.id)).toEqual([
        { publisher: 'Example Times', title: 'Joint statement', publishedOn: null },
      ]);
    for (const p of [b, c]) {
      const r = await newest(p.id);
      expect(r).toMatchObject({
        action: 'update',
        version: 2,
        reason: `source corrected while editing pledge #${a.id}: typo`,
      });
      expect(Object.values(r.changes)).toEqual([
        [
          expect.objectContaining({ publisher: 'Exampel Tmes' }),
          expect.objectContaining({ publisher: 'Example Times' }),
        ],
      ]);
      expect((await getPledge(p.id))!.version).toBe(2);
    }
    expect(await newest(a.id)).toMatchObject({ version: 2, reason: 'typo' });
    expect((await getDataVersion()).version).toBeGreaterThan(version);
  });

  test('a title or date correction alone is a change, not a no-op save', async () => {
    const url = 'https://example.org/corrected-date';
    const [a, b] = [await citing(url), await citing(url)];
    const same = (await getPledge(a.id))!.sources[0];
    await updatePledge({
      id: a.id,
      patch: {
        sources: [
          {
            url,
            publisher: same.publisher,
            title: 'Joint statement (final)',
            publishedOn: '2024-05-09',
            quote: same.quote,
          },
        ],
      },
      expectedVersion: a.version,
      actor,
    });
    expect((await getPledge(a.id))!.version).toBe(2);
    expect(await sourcesOf(b.id)).toEqual([
      { publisher: 'Exampel Tmes', title: 'Joint statement (final)', publishedOn: '2024-05-09' },
    ]);
    expect(Object.keys((await newest(a.id)).changes).some((k) => k.startsWith('source:'))).toBe(true);
  });

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
