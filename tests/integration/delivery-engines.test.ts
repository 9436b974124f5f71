// Delivery progress from a real database, the same literal figures on SQLite and PostgreSQL (run
// plainly and with TEST_ENGINE=postgres), and the list of undated pledges agreeing with the counts
// under the chart, line by line.
import { describe, test, expect, beforeAll } from 'vitest';
import { useTestDatabase } from '../support/engine';
import { EXPECTED, writeDeliveryFixture } from './delivery-fixture';
import {
  getCumulativeChart,
  getDeliveryByDonor,
  getDonorDelivery,
  listUndatedPledges,
} from '../../db/totals';
import { LINES } from '../../lib/counting';
import { EMPTY_FILTERS } from '../../lib/filters';

beforeAll(async () => {
  await useTestDatabase();
  await writeDeliveryFixture();
});

describe('delivery progress on either engine', () => {
  test("a donor's overall figures: draw-downs inside their commitment, the cancelled pledge apart", async () => {
    const found = await getDonorDelivery('freedonia', EMPTY_FILTERS);
    expect(found?.delivery).toEqual({ ...EXPECTED.freedonia.overall, median: EXPECTED.freedonia.median });
  });

  test('per category: each with its own share, cancelled figure and median', async () => {
    const found = await getDonorDelivery('freedonia', EMPTY_FILTERS);
    expect(found?.categories.map((c) => [c.category, c.delivery])).toEqual([
      [
        'financial',
        {
          committed: 100_000,
          disbursed: 30_000,
          percent: 30,
          cancelled: 0,
          cancelledCount: 0,
          median: { days: 30, pledges: 1, coarse: 0 },
        },
      ],
      [
        'humanitarian',
        {
          committed: 3_000,
          disbursed: 3_000,
          percent: 100,
          cancelled: 0,
          cancelledCount: 0,
          median: { days: null, pledges: 0, coarse: 1 },
        },
      ],
      ['military', { ...EXPECTED.freedonia.military, cancelledCount: 1 }],
    ]);
  });

  test('a donor with nothing disbursed: no share of zero committed is invented, no median', async () => {
    const all = await getDeliveryByDonor(EMPTY_FILTERS);
    expect(all.map((d) => d.donor)).toEqual(['freedonia', 'sylvania']);
    expect(all[1].delivery).toEqual({
      committed: 50_000,
      disbursed: 0,
      percent: 0,
      cancelled: 0,
      cancelledCount: 0,
      median: { days: null, pledges: 0, coarse: 0 },
    });
  });

  test('the filters narrow the median as they narrow the totals', async () => {
    const found = await getDonorDelivery('freedonia', { ...EMPTY_FILTERS, category: ['military'] });
    expect(found?.delivery.median).toEqual({ days: 35, pledges: 2, coarse: 0 });
    expect(found?.delivery.committed).toBe(30_000);
  });

  test('the undated list holds as many pledges as the chart says, per line and in all', async () => {
    const chart = await getCumulativeChart(EMPTY_FILTERS, '2026-01-01', 'reached');
    const counts = Object.fromEntries(
      await Promise.all(
        LINES.map(async (line) => [
          line,
          (await listUndatedPledges(EMPTY_FILTERS, { dates: 'reached', line, page: 1 })).total,
        ]),
      ),
    );
    expect(counts).toEqual(chart.undatedByLine);
    expect(counts).toEqual({ announced: 1, committed: 7, allocated: 5, disbursed: 1, cancelled: 0 });
    const all = await listUndatedPledges(EMPTY_FILTERS, { dates: 'reached', line: null, page: 1 });
    expect(all.total).toBe(chart.undatedCount);
    expect(all.rows.find((r) => r.title === 'Blankets')?.lines).toEqual([
      'committed',
      'allocated',
      'disbursed',
    ]);
  });

  test('by announcement date the list holds the pledges with no announcement date', async () => {
    const chart = await getCumulativeChart(EMPTY_FILTERS, '2026-01-01', 'announced');
    const list = await listUndatedPledges(EMPTY_FILTERS, { dates: 'announced', line: null, page: 1 });
    expect(list.total).toBe(chart.undatedCount);
    expect(list.rows.map((r) => r.title)).toEqual(['Generators']);
  });
});
