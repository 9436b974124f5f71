// A small data set written straight into the tables, the same rows on either engine (explicit ids
// and times), for the tests that hold the totals and the exports to one set of figures and bytes on
// SQLite and PostgreSQL. The rates are made up so that a conversion lands exactly on half a cent.
import { writeTransaction } from '../../db/connection';
import { fxRates, parties, pledgeSources, pledges, sources } from '../../db/tables';
import { AT, FIXTURE_PLEDGES } from './engine-fixture-pledges';

export { FIXTURE_PLEDGES };

export async function writeEngineFixture(): Promise<void> {
  await writeTransaction(async (tx) => {
    await tx.insert(parties).values([
      {
        id: 1,
        slug: 'japan',
        name: 'Japan',
        nameKey: 'japan',
        kind: 'government',
        iso3: 'JPN',
        createdAt: AT,
      },
      {
        id: 2,
        slug: 'ukraine',
        name: 'Ukraine',
        nameKey: 'ukraine',
        kind: 'government',
        iso3: 'UKR',
        createdAt: AT,
      },
      {
        id: 3,
        slug: 'germany',
        name: 'Germany',
        nameKey: 'germany',
        kind: 'government',
        iso3: 'DEU',
        createdAt: AT,
      },
    ]);
    await tx.insert(fxRates).values([
      { currency: 'EUR', month: '2023-06', unitsPerUsd: 0.5, source: 'test' },
      { currency: 'EUR', month: '2024-01', unitsPerUsd: 0.9175, source: 'test' },
      { currency: 'JPY', month: '2024-01', unitsPerUsd: 146.2943, source: 'test' },
    ]);
    for (const p of FIXTURE_PLEDGES) await tx.insert(pledges).values(p as typeof pledges.$inferInsert);
    await tx.insert(sources).values([
      {
        id: 1,
        url: 'https://example.org/a',
        publisher: 'A | B',
        title: 'First',
        publishedOn: '2023-06-10',
        createdAt: AT,
      },
      {
        id: 2,
        url: 'https://example.org/b',
        publisher: 'C',
        title: 'Second',
        publishedOn: null,
        createdAt: AT,
      },
    ]);
    await tx.insert(pledgeSources).values([
      { pledgeId: 1, sourceId: 1, quote: 'He said "more | less", then left.', position: 0 },
      { pledgeId: 1, sourceId: 2, quote: '-5 percent', position: 1 },
      { pledgeId: 5, sourceId: 2, quote: 'Euros.', position: 0 },
    ]);
  });
}
