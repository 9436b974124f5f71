// Support per year (db/totals/years.ts) on either engine, from years-fixture.ts. Run plainly and with
// TEST_ENGINE=postgres; both are held to the same literal figures.
import { describe, test, expect, beforeAll } from 'vitest';
import { useTestDatabase } from '../support/engine';
import { writeYearsFixture } from './years-fixture';
import { getAnnualView, getTotals } from '../../db/totals';
import { EMPTY_FILTERS, type PledgeFilters } from '../../lib/filters';

const f = (over: Partial<PledgeFilters> = {}): PledgeFilters => ({ ...EMPTY_FILTERS, ...over });
beforeAll(async () => {
  await useTestDatabase();
  await writeYearsFixture();
});

const figures = (view: Awaited<ReturnType<typeof getAnnualView>>) =>
  view.rows.map((r) => [r.label, r.totals.committed, r.totals.allocated, r.totals.disbursed, r.spreadCount]);

describe('support per year on either engine', () => {
  test("each donor's fiscal year: Japan from April, Germany by calendar year, spread pledges estimated", async () => {
    const view = await getAnnualView(f(), 'fiscal');
    expect(view.startMonth).toBeNull();
    expect(figures(view)).toEqual([
      ['2023', 105_005, 35_000, 5_000, 0],
      ['2024', 133_934, 600, 600, 2],
      ['2025', 33_933, 600, 600, 2],
      ['2026', 33_333, 0, 0, 1],
    ]);
    expect(view.withoutYear).toMatchObject({ committed: 100_000, itemCount: 1 });
    expect(view.calendarYearOnly).toMatchObject({ committed: 7_000, itemCount: 1 });
    expect(view.spread.map((s) => [s.id, s.label])).toEqual([
      [20, 'spread over FY2024–2026, an estimate'],
      [22, 'spread over 2024–2025, an estimate'],
    ]);
    expect(view.fiscalDonors).toEqual([{ slug: 'japan', name: 'Japan', startMonth: 4 }]);
  });

  test('calendar years: the fiscal-year period is spread over the calendar years its months fall in', async () => {
    const view = await getAnnualView(f(), 'calendar');
    expect(view.startMonth).toBe(1);
    expect(figures(view)).toEqual([
      ['2023', 100_005, 30_000, 0, 0],
      ['2024', 137_601, 5_600, 5_600, 2],
      ['2025', 33_933, 600, 600, 2],
      ['2026', 33_333, 0, 0, 1],
      ['2027', 8_333, 0, 0, 1],
    ]);
    expect(view.calendarYearOnly.itemCount).toBe(0);
  });

  test('the years and the pledges in no year add up to the headline totals', async () => {
    const totals = await getTotals(f());
    for (const basis of ['fiscal', 'calendar'] as const) {
      const view = await getAnnualView(f(), basis);
      for (const key of ['committed', 'allocated', 'disbursed'] as const) {
        const sum = view.rows.reduce((a, r) => a + r.totals[key], 0);
        expect(sum + view.withoutYear[key] + view.calendarYearOnly[key], `${basis} ${key}`).toBe(totals[key]);
      }
    }
  });

  test("one fiscal-year donor's view is labelled by its fiscal years", async () => {
    const view = await getAnnualView(f({ donor: ['japan'] }), 'fiscal');
    expect(view.rows.map((r) => [r.label, r.span])).toEqual([
      ['FY2023', 'Apr 2023 – Mar 2024'],
      ['FY2024', 'Apr 2024 – Mar 2025'],
      ['FY2025', 'Apr 2025 – Mar 2026'],
      ['FY2026', 'Apr 2026 – Mar 2027'],
    ]);
  });
});
