// A source is one document cited by many pledges. A correction of its details, from an edit, a new
// pledge or an import row, changes the document once and is recorded on every pledge citing it.
import { describe, test, expect, beforeAll } from 'vitest';
import { useTestDatabase } from '../support/engine';
import { writeTransaction } from '../../db/connection';
import { seedFxRates } from '../../db/fx';
import { getDataVersion } from '../../db/meta';
import { updatePledge } from '../../db/pledges/writes';
import { getPledge } from '../../db/pledges/read';
import { actor, citing, sourcesOf, newest } from '../support/source-citations';

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
});
