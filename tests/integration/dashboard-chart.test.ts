import { describe, test, expect, beforeAll } from 'vitest';
import { useTestDatabase } from '../support/engine';
import { seedIfEmpty } from '../../db/fixtures/seed';
import { createPledge } from '../../db/pledges/writes';
import { getTotals } from '../../db/totals/totals';
import {
  dropUnknownParties,
  getCumulativeChart,
  getTopBreakdown,
  listReportingCurrencies,
} from '../../db/totals/dashboard';
import { EMPTY_FILTERS, parseFilters, type PledgeFilters } from '../../lib/filters';

const f = (over: Partial<PledgeFilters> = {}): PledgeFilters => ({ ...EMPTY_FILTERS, ...over });
const TODAY = '2025-06-01';
const usd = (major: number) => major * 100;

beforeAll(async () => {
  await useTestDatabase();
  await seedIfEmpty();
});

describe('cumulative chart on the seeded articles', () => {
  test('committed steps up on 2024-01-07, the $7B claim sits on 2023-09-09, the undated gear is named', async () => {
    const chart = await getCumulativeChart(f(), TODAY);
    expect(chart.interval).toBe('day');
    expect(chart.rows.map((r) => r.date)).toEqual(['2023-09-09', '2024-01-07', TODAY]);
    const [before, step, end] = chart.rows;
    expect(before).toMatchObject({ committed: 0, announced: 0 });
    expect(step).toMatchObject({
      committed: usd(1_037_000_000),
      allocated: usd(37_000_000),
      disbursed: 0,
      announced: 0,
    });
    expect(step.byCategory.military.committed).toBe(usd(37_000_000));
    expect(step.byCategory.humanitarian.committed).toBe(usd(1_000_000_000));
    // The pledges that moved the step, largest first; the unquantified generators last.
    expect(step.moverCount).toBe(3);
    expect(step.movers.map((m) => m.title)).toEqual([
      'Humanitarian projects and reconstruction',
      'Drone detection system',
      'Generators to help Ukraine endure another winter',
    ]);
    expect(step.movers[2].value).toBeNull();
    expect(end).toMatchObject({ committed: step.committed, moverCount: 0 });
    expect(chart.markers).toEqual([
      expect.objectContaining({
        date: '2023-09-09',
        value: usd(7_000_000_000),
        isLowerBound: true,
        donor: 'Japan',
        recipient: 'Ukraine',
        itemised: { committed: 0, announced: 0 },
      }),
    ]);
    expect(chart.undatedCount).toBe(1);
    // The last row is what the totals give, less nothing: the only undated pledge is unquantified.
    const totals = await getTotals(f());
    expect(measureValues(end)).toEqual(measureValues(totals));
  });

  test('filters narrow the chart and drop markers outside them', async () => {
    const military = await getCumulativeChart(f({ category: ['military'] }), TODAY);
    expect(military.markers).toEqual([]);
    expect(military.rows.map((r) => r.date)).toEqual(['2024-01-07', TODAY]);
    expect(military.rows[0].allocated).toBe(usd(37_000_000));
    const ranged = await getCumulativeChart(f({ from: '2023-01-01', to: '2023-12-31' }), TODAY);
    expect(ranged.rows.map((r) => r.date)).toEqual(['2023-09-09', '2023-12-31']);
    expect(ranged.undatedCount).toBe(0);
  });

  test('the marker compares the claim with the same pair’s items dated on or before it', async () => {
    const who = { id: null, label: 'test' };
    const base = {
      recipient: 'Ukraine',
      category: 'financial',
      stage: 'committed',
      currency: 'USD',
      sources: [{ title: 'Statement' }],
    };
    await createPledge(
      { ...base, donor: 'Japan', title: 'Earlier loan', amount: '500000000', announcedOn: '2023-05-01' },
      who,
    );
    await createPledge(
      { ...base, donor: 'Japan', title: 'Later loan', amount: '10', announcedOn: '2023-10-01' },
      who,
    );
    await createPledge(
      { ...base, donor: 'Germany', title: 'Another donor', amount: '999', announcedOn: '2023-01-01' },
      who,
    );
    const chart = await getCumulativeChart(f(), TODAY);
    expect(chart.markers[0].itemised).toEqual({ committed: usd(500_000_000), announced: 0 });
    const atMarker = chart.rows.find((r) => r.date === '2023-09-09')!;
    expect(atMarker.committed).toBe(usd(500_000_999));
    expect(chart.rows.at(-1)!.committed).toBe((await getTotals(f())).committed);
  });
});

describe('breakdowns and filter helpers', () => {
  test('top breakdown keeps the largest and sums the rest', async () => {
    const all = await getTopBreakdown(f(), 'donor');
    expect(all.rows.map((r) => r.key)).toEqual(['japan', 'germany']);
    expect(all.rest.count).toBe(0);
    const top = await getTopBreakdown(f(), 'donor', 1);
    expect(top.rows.map((r) => r.key)).toEqual(['japan']);
    expect(top.rest).toEqual({
      count: 1,
      totals: expect.objectContaining({ committed: usd(999), itemCount: 1 }),
    });
    const byCategory = await getTopBreakdown(f(), 'category');
    expect(byCategory.rows.reduce((s, r) => s + r.totals.announced, 0)).toBe(
      (await getTotals(f())).announced,
    );
  });

  test('unknown party slugs are dropped and named', async () => {
    const { filters, problems } = await dropUnknownParties(
      parseFilters({ donor: ['japan', 'atlantis'], recipient: 'ukraine' }),
    );
    expect(filters.donor).toEqual(['japan']);
    expect(filters.recipient).toEqual(['ukraine']);
    expect(problems).toEqual([expect.stringContaining('donor "atlantis"')]);
  });

  test('reporting currencies: every rate table accepted, current ones offered', async () => {
    const { all, current } = await listReportingCurrencies();
    expect(all).toEqual(expect.arrayContaining(['USD', 'EUR', 'JPY', 'DEM']));
    expect(current).toEqual(expect.arrayContaining(['USD', 'EUR', 'JPY', 'GBP']));
    expect(current).not.toContain('DEM');
  });
});

function measureValues(t: { committed: number; allocated: number; disbursed: number; announced: number }) {
  return [t.committed, t.allocated, t.disbursed, t.announced];
}
