// A small data set written straight into the tables, the same rows on either engine (explicit ids
// and times), for the tests that hold the totals and the exports to one set of figures and bytes on
// SQLite and PostgreSQL. The rates are made up so that a conversion lands exactly on half a cent.
import { writeTransaction } from '../../db/connection';
import { fxRates, parties, pledgeSources, pledges, sources } from '../../db/tables';

const AT = '2024-03-01T10:00:00.000Z';
const base = {
  recipientId: 2,
  instrument: 'grant',
  kind: 'item',
  datePrecision: 'day',
  createdAt: AT,
  updatedAt: AT,
} as const;
const usd = (cents: number, on: string) => ({
  amount: cents,
  currency: 'USD',
  amountUsd: cents,
  fxRate: 1,
  fxDate: on,
  fxSource: 'same_currency' as const,
});

export const FIXTURE_PLEDGES = [
  {
    ...base,
    id: 1,
    donorId: 1,
    title: 'Budget support',
    category: 'financial',
    stage: 'committed',
    announcedOn: '2023-06-10',
    ...usd(100_000, '2023-06-10'),
  },
  {
    ...base,
    id: 2,
    donorId: 1,
    title: 'Tranche 1',
    category: 'financial',
    stage: 'allocated',
    parentId: 1,
    announcedOn: '2023-09-01',
    ...usd(30_000, '2023-09-01'),
  },
  {
    ...base,
    id: 3,
    donorId: 1,
    title: 'Ammunition',
    category: 'military',
    stage: 'disbursed',
    announcedOn: '2024-01-15',
    ...usd(5_000, '2024-01-15'),
  },
  {
    ...base,
    id: 4,
    donorId: 1,
    title: 'Generators',
    category: 'humanitarian',
    instrument: 'in_kind',
    stage: 'announced',
    announcedOn: '2024-01-15',
  },
  {
    ...base,
    id: 5,
    donorId: 3,
    title: '=SUM(A1) grant',
    description: 'two\nlines, "quoted"',
    category: 'humanitarian',
    stage: 'committed',
    announcedOn: '2024-01-15',
    amount: 91_750,
    currency: 'EUR',
    amountUsd: 100_000,
    fxRate: 0.9175,
    fxDate: '2024-01-15',
    fxSource: 'federal_reserve_monthly',
  },
  {
    ...base,
    id: 6,
    donorId: 1,
    title: 'Reported',
    category: 'other',
    kind: 'reported_total',
    isLowerBound: true,
    stage: 'disbursed',
    announcedOn: '2023-09-09',
    ...usd(700_000, '2023-09-09'),
  },
  {
    ...base,
    id: 7,
    donorId: 1,
    title: 'Retracted',
    category: 'military',
    stage: 'disbursed',
    announcedOn: '2024-01-15',
    retractedAt: AT,
    retractionReason: 'Entered twice',
    ...usd(9_999_900, '2024-01-15'),
  },
  // 5 cents at 0.5 EUR per USD is 2.5 euro cents: SQLite's round() makes it 3, PostgreSQL's 2.
  {
    ...base,
    id: 8,
    donorId: 3,
    title: 'Half a cent',
    category: 'other',
    stage: 'committed',
    announcedOn: '2023-06-20',
    ...usd(5, '2023-06-20'),
  },
  {
    ...base,
    id: 9,
    donorId: 1,
    title: 'Undated grant',
    category: 'humanitarian',
    stage: 'committed',
    announcedOn: null,
    datePrecision: 'unknown',
    ...usd(100_000, '2024-01-15'),
  },
] as const;

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
