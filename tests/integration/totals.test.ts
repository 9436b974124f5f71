import { describe, test, expect, beforeAll } from 'vitest';
import { createPledge } from '../../db/pledges/writes';
import { getTotals, getSeries, getBreakdown, getReportedTotals, getSummary } from '../../db/totals/totals';
import { EMPTY_FILTERS, type PledgeFilters } from '../../lib/filters';
import { who, item, seedTotalsFixture } from '../support/totals-fixture';

const f = (over: Partial<PledgeFilters> = {}): PledgeFilters => ({ ...EMPTY_FILTERS, ...over });

beforeAll(seedTotalsFixture);

describe('totals by the counting rules', () => {
  test('USD totals', async () => {
    const t = await getTotals(f());
    // committed: 1000 (commitment) + 50 + 10 (undated) + 1000 (917.50 EUR at 0.9175) — draw-downs excluded
    expect(t.committed).toBe((1000 + 50 + 10 + 1000) * 100);
    expect(t.allocated).toBe((300 + 200 + 50) * 100);
    expect(t.disbursed).toBe((200 + 50) * 100);
    expect(t.announced).toBe(37 * 100);
    expect(t).toMatchObject({ unquantifiedCount: 2, reportedTotalCount: 1, retractedCount: 1, itemCount: 9 });
  });

  test('a reporting currency converts each item at its own month, and its own currency exactly', async () => {
    const t = await getTotals(f({ currency: 'EUR' }));
    const euroPart = 91_750; // 917.50 EUR summed exactly
    expect(t.committed).toBeGreaterThan(euroPart);
    // 1000 USD in 2023-06 at the June 2023 EUR rate, 50 and 10 USD at January 2024's, plus the exact euros
    const usdPart = t.committed - euroPart;
    expect(usdPart).toBeGreaterThan(95_000);
    expect(usdPart).toBeLessThan(100_000);
    const jpy = await getTotals(f({ currency: 'JPY' }));
    expect(jpy.announced).toBe(Math.round(37 * 146.2943));
  });

  test('filters narrow every figure', async () => {
    expect((await getTotals(f({ donor: ['germany'] }))).committed).toBe(100_000);
    expect(await getTotals(f({ category: ['financial'] }))).toMatchObject({
      committed: 100_000,
      allocated: 50_000,
      disbursed: 20_000,
    });
    const dated = await getTotals(f({ from: '2024-01-01', to: '2024-12-31' }));
    expect(dated.committed).toBe(5000 + 100_000); // 50 USD + the euro grant; undated ones drop out of a date range
  });

  test('cumulative series by month; undated counted apart', async () => {
    const s = await getSeries(f());
    expect(s.points.map((p) => p.period)).toEqual(['2023-06', '2023-09', '2024-01']);
    expect(s.points.map((p) => p.cumulative.committed)).toEqual([100_000, 100_000, 205_000]);
    expect(s.points.map((p) => p.cumulative.allocated)).toEqual([0, 30_000, 55_000]);
    expect(s.points.at(-1)!.byCategory.financial!.disbursed).toBe(20_000);
    expect(s.undatedCount).toBe(2);
    // The series ends where the totals are, less what has no date.
    expect(s.points.at(-1)!.cumulative.committed + 1000).toBe((await getTotals(f())).committed);
  });

  test('breakdowns and summary agree with the totals', async () => {
    const donors = await getBreakdown(f(), 'donor');
    expect(donors.map((d) => d.key)).toEqual(['japan', 'germany']);
    expect(donors.reduce((s, d) => s + d.totals.committed, 0)).toBe((await getTotals(f())).committed);
    const summary = await getSummary(f());
    expect(summary.reduce((s, r) => s + r.totals.allocated, 0)).toBe((await getTotals(f())).allocated);
  });

  test('reported totals listed for comparison', async () => {
    expect(await getReportedTotals(f())).toEqual([
      expect.objectContaining({
        title: 'Reported',
        value: 700_000,
        isLowerBound: true,
        announcedOn: '2023-09-09',
      }),
    ]);
  });

  test('cached results follow writes', async () => {
    const before = (await getTotals(f())).disbursed;
    await createPledge(item({ title: 'Late delivery', stage: 'disbursed', amount: '1' }), who);
    expect((await getTotals(f())).disbursed).toBe(before + 100);
  });
});
