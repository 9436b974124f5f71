// The FX table (~17,000 rows) is cached on its own version, not the data version: rebuilding it
// after every pledge write starved readers under write load (tests/faults/load.test.ts).
import { describe, test, expect, beforeAll } from 'vitest';
import { useTestDatabase } from '../support/engine';
import { writeTransaction } from '../../db/connection';
import { loadFxTable, seedFxRates } from '../../db/fx';
import { createPledge } from '../../db/pledges/writes';
import { getDataVersion } from '../../db/meta';

const editor = { id: null, label: 'test editor' };

beforeAll(() => useTestDatabase());

describe('loadFxTable cache', () => {
  test('survives pledge writes, and is rebuilt when the rates themselves are loaded', async () => {
    const empty = await loadFxTable();
    expect(empty.currencies()).toEqual(expect.not.arrayContaining(['JPY']));
    await writeTransaction((tx) => seedFxRates(tx));
    const seeded = await loadFxTable();
    expect(seeded).not.toBe(empty);
    expect(seeded.currencies()).toContain('JPY');

    const before = (await getDataVersion()).version;
    await createPledge(
      {
        donor: 'Japan',
        recipient: 'Ukraine',
        title: 'Yen loan',
        category: 'financial',
        stage: 'committed',
        amount: '5000000000',
        currency: 'JPY',
        announcedOn: '2024-01-07',
        sources: [{ title: 'Statement', url: 'https://example.org/yen', quote: 'A loan.' }],
      },
      editor,
    );
    expect((await getDataVersion()).version).toBeGreaterThan(before);
    expect(await loadFxTable()).toBe(seeded);
  });
});
