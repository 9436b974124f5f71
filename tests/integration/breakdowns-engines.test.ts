// The same rows (engine-fixture.ts) give the same breakdowns, reported totals, chart and ranking on
// SQLite and PostgreSQL, each held to the one set of literal figures below.
import { describe, test, expect, beforeAll } from 'vitest';
import { useTestDatabase } from '../support/engine';
import { writeEngineFixture } from './engine-fixture';
import {
  getBreakdown,
  getCumulativeChart,
  getDonorRanking,
  getReportedClaims,
  getSummary,
} from '../../db/totals';
import { EMPTY_FILTERS, type PledgeFilters } from '../../lib/filters';

const f = (over: Partial<PledgeFilters> = {}): PledgeFilters => ({ ...EMPTY_FILTERS, ...over });

beforeAll(async () => {
  await useTestDatabase();
  await writeEngineFixture();
});

describe('the same figures on either engine', () => {
  test('breakdowns by donor and recipient, and the donor × category summary', async () => {
    expect(
      (await getBreakdown(f({ currency: 'EUR' }), 'donor')).map((b) => [b.key, b.totals.committed]),
    ).toEqual([
      ['japan', 146_338],
      ['germany', 91_753],
    ]);
    expect((await getBreakdown(f(), 'recipient')).map((b) => [b.key, b.totals.committed])).toEqual([
      ['ukraine', 305_005],
    ]);
    expect((await getSummary(f())).map((r) => [r.donor, r.category, r.totals.committed])).toEqual([
      ['germany', 'humanitarian', 100_000],
      ['germany', 'other', 5],
      ['japan', 'financial', 100_000],
      ['japan', 'humanitarian', 100_000],
      ['japan', 'military', 5_000],
      ['japan', 'other', 0],
    ]);
  });

  test("a reported total beside its pair's itemised commitments", async () => {
    expect(await getReportedClaims(f())).toEqual([
      {
        id: 6,
        title: 'Reported',
        donor: 'Japan',
        recipient: 'Ukraine',
        donorSlug: 'japan',
        recipientSlug: 'ukraine',
        announcedOn: '2023-09-09',
        isLowerBound: true,
        value: 700_000,
        currency: 'USD',
        itemisedCommitted: 205_000,
      },
    ]);
  });

  test('the cumulative chart: steps, movers and the marker', async () => {
    const chart = await getCumulativeChart(f(), '2025-01-01');
    expect(chart.rows.map((r) => [r.date, r.committed, r.moverCount])).toEqual([
      ['2023-06-10', 100_000, 1],
      ['2023-06-20', 100_005, 1],
      ['2023-09-01', 100_005, 1],
      ['2023-09-09', 100_005, 0],
      ['2024-01-15', 205_005, 3],
      ['2025-01-01', 205_005, 0],
    ]);
    expect(chart.rows[4].movers.map((m) => [m.id, m.value])).toEqual([
      [5, 100_000],
      [3, 5_000],
      [4, null],
    ]);
    expect(chart.markers.map((m) => [m.date, m.value, m.itemised])).toEqual([
      ['2023-09-09', 700_000, { committed: 100_000, announced: 0 }],
    ]);
    expect(chart.undatedCount).toBe(1);
  });

  test('the donor ranking, to the last digit of its shares and % of GDP', async () => {
    const ranking = await getDonorRanking(f(), { measure: 'committed', gdpYear: null });
    expect(ranking.donors.map((d) => [d.slug, d.committed, d.pctGdp, d.share])).toEqual([
      ['japan', 205_000, 4.8659546285344205e-8, 0.6721201291782102],
      ['germany', 100_005, 2.2442365752570186e-8, 0.3278798708217898],
    ]);
    expect(ranking.groups.find((g) => g.id === 'g7')).toMatchObject({
      committed: 305_005,
      pctGdp: 6.51778098911625e-9,
      memberCount: 2,
    });
  });
});
