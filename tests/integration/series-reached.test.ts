// The series by the date each stage was reached (`dates=reached`) on a real database, either
// engine: each stage line steps on its own date, a month-precision date sits on the 1st, a
// draw-down never adds to committed, a cancelled pledge leaves the lines on its cancellation date,
// and a pledge with no date for a stage is counted in the totals and named under the chart.
import { describe, test, expect, beforeAll } from 'vitest';
import { getSeries, getTotals } from '../../db/totals/totals';
import { getCumulativeChart } from '../../db/totals/dashboard';
import { addTotals, ZERO_TOTALS } from '../../lib/counting';
import { EMPTY_FILTERS } from '../../lib/filters';
import { ids, seedReachedFixture } from '../support/reached-fixture';

beforeAll(seedReachedFixture);

const day = (dates: 'announced' | 'reached') => getSeries(EMPTY_FILTERS, 'day', dates);

describe('the series by the date each stage was reached', () => {
  test('each stage line steps on its own date; a month-precision date on the 1st of its month', async () => {
    const steps = (await day('reached')).points.map((p) => [
      p.period,
      p.cumulative.committed,
      p.cumulative.allocated,
      p.cumulative.disbursed,
    ]);
    expect(steps).toEqual([
      ['2024-01-05', 0, 0, 0],
      ['2024-01-15', 0, 0, 0],
      ['2024-01-20', 100_000, 0, 0],
      ['2024-02-01', 104_000, 0, 0],
      ['2024-02-10', 114_000, 0, 0],
      ['2024-02-15', 114_000, 4_000, 0],
      ['2024-03-01', 114_000, 34_000, 0],
      ['2024-04-10', 114_000, 34_000, 30_000],
      ['2024-05-01', 114_000, 34_000, 40_000],
      ['2024-06-01', 110_000, 30_000, 40_000],
    ]);
  });

  test('by announcement date the same pledges step when announced', async () => {
    const steps = (await day('announced')).points.map((p) => [
      p.period,
      p.cumulative.committed,
      p.cumulative.disbursed,
    ]);
    expect(steps).toEqual([
      ['2024-01-05', 100_000, 0],
      ['2024-01-15', 110_500, 10_500],
      ['2024-02-01', 110_500, 40_500],
    ]);
  });

  test('a draw-down never adds to committed: the line ends at the commitments, the tranche inside its loan', async () => {
    expect((await day('reached')).points.at(-1)!.cumulative.committed).toBe(110_000);
  });

  test('a cancelled pledge leaves committed and allocated on its cancellation date and counts as cancelled from then', async () => {
    const points = (await day('reached')).points;
    const at = (period: string) => points.find((p) => p.period === period)!;
    expect(at('2024-05-01').cumulative).toMatchObject({ cancelled: 0, cancelledCount: 0 });
    expect(at('2024-06-01').totals).toMatchObject({
      committed: -4_000,
      allocated: -4_000,
      cancelled: 4_000,
      cancelledCount: 1,
    });
  });

  test('a stage with no date is counted in the totals and named per line', async () => {
    const series = await day('reached');
    expect(series.undatedByLine).toEqual({
      announced: 0,
      committed: 1,
      allocated: 2,
      disbursed: 1,
      cancelled: 0,
    });
    expect(series.undatedCount).toBe(2);
    const totals = await getTotals(EMPTY_FILTERS);
    // The axis holds everything but the undated stages: the gear's 5, and the shells' allocation.
    expect(series.points.at(-1)!.cumulative).toMatchObject({
      committed: totals.committed - 500,
      allocated: totals.allocated - 10_500,
      disbursed: totals.disbursed - 500,
    });
    const chart = await getCumulativeChart(EMPTY_FILTERS, '2025-01-01', 'reached');
    expect(chart.undatedPledges!.disbursed).toEqual([{ id: ids.gear, title: 'Gear sent' }]);
    expect(chart.undatedPledges!.allocated.map((p) => p.title)).toEqual(['Shells', 'Gear sent']);
  });

  test('the chart by reached date names the pledges that moved each step', async () => {
    const chart = await getCumulativeChart(EMPTY_FILTERS, '2025-01-01', 'reached');
    expect(chart.dates).toBe('reached');
    const step = chart.rows.find((r) => r.date === '2024-04-10')!;
    expect(step).toMatchObject({ disbursed: 30_000, moverCount: 1 });
    expect(step.movers.map((m) => m.title)).toEqual(['First tranche']);
  });

  test('summed over the axis and the undated, the reached series gives the headline totals', async () => {
    const series = await getSeries(EMPTY_FILTERS, 'month', 'reached');
    const placed = series.points.reduce((sum, p) => addTotals(sum, p.totals), { ...ZERO_TOTALS });
    const totals = await getTotals(EMPTY_FILTERS);
    expect(placed.cancelled).toBe(totals.cancelled);
    expect(placed.committed + 500).toBe(totals.committed);
  });
});
