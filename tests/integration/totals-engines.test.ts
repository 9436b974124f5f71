// The same rows (engine-fixture.ts) give the same figures on SQLite and PostgreSQL: run plainly and
// with TEST_ENGINE=postgres, each engine is held to the one set of literal figures below.
import { describe, test, expect, beforeAll } from 'vitest';
import { useTestDatabase } from '../support/engine';
import { writeEngineFixture } from './engine-fixture';
import { getSeries, getSummary, getTotals } from '../../db/totals';
import { EMPTY_FILTERS, type PledgeFilters } from '../../lib/filters';

const f = (over: Partial<PledgeFilters> = {}): PledgeFilters => ({ ...EMPTY_FILTERS, ...over });

beforeAll(async () => {
  await useTestDatabase();
  await writeEngineFixture();
});

describe('the same figures on either engine', () => {
  test('USD totals by the counting rules', async () => {
    expect(await getTotals(f())).toEqual({
      committed: 305_005,
      allocated: 35_000,
      disbursed: 5_000,
      announced: 0,
      cancelled: 0,
      itemCount: 7,
      unquantifiedCount: 1,
      reportedTotalCount: 1,
      cancelledCount: 0,
      retractedCount: 1,
      unconvertedCount: 0,
    });
  });

  test('a conversion on half a cent rounds away from zero, as SQLite rounds it', async () => {
    // 2.5 euro cents → 3 (and 4587.5 → 4588): PostgreSQL's own round() of a double would give 2.
    expect(await getTotals(f({ currency: 'EUR' }))).toMatchObject({
      committed: 238_091,
      allocated: 19_588,
      disbursed: 4_588,
    });
    expect(
      (await getSummary(f({ currency: 'EUR' }))).find((r) => r.donor === 'germany' && r.category === 'other')!
        .totals.committed,
    ).toBe(3);
  });

  test('items with no rate in the reporting currency are counted as unconverted', async () => {
    expect(await getTotals(f({ currency: 'JPY' }))).toMatchObject({
      committed: 299_903,
      allocated: 7_315,
      unconvertedCount: 3,
    });
  });

  test('monthly and daily series', async () => {
    const months = (await getSeries(f())).points.map((p) => [
      p.period,
      p.cumulative.committed,
      p.cumulative.allocated,
    ]);
    expect(months).toEqual([
      ['2023-06', 100_005, 0],
      ['2023-09', 100_005, 30_000],
      ['2024-01', 205_005, 35_000],
    ]);
    const days = (await getSeries(f({ currency: 'EUR' }), 'day')).points.map((p) => [
      p.period,
      p.totals.committed,
    ]);
    expect(days).toEqual([
      ['2023-06-10', 50_000],
      ['2023-06-20', 3],
      ['2023-09-01', 0],
      ['2023-09-09', 0],
      ['2024-01-15', 96_338],
    ]);
  });
});
