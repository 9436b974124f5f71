// The annual table (lib/years-table.ts): groups placed in their (fiscal) year, labelled by what the
// year means, pledges without a year counted apart, multi-year pledges spread and marked.
import { describe, test, expect } from 'vitest';
import { annualView, type PlacedGroup } from '../../lib/years-table';
import type { Bucket } from '../../lib/counting';

describe('annualView', () => {
  const bucket = (over: Partial<Bucket> = {}): Bucket => ({
    stage: 'committed',
    isDrawdown: false,
    kind: 'item',
    retracted: false,
    quantified: true,
    count: 1,
    value: 1000,
    unconverted: 0,
    ...over,
  });
  const g = (written: string | null, donorStart: number | null, over?: Partial<Bucket>): PlacedGroup => ({
    written,
    donorStart,
    bucket: bucket(over),
  });
  const options = { currency: 'USD', basis: 'fiscal' as const, fiscalDonors: [] };

  test('a month of a fiscal-year donor falls in its fiscal year, labelled as such', () => {
    const view = annualView([g('2025-02', 4), g('2025-05', 4)], [], options);
    expect(view.rows.map((r) => [r.label, r.span, r.totals.committed])).toEqual([
      ['FY2024', 'Apr 2024 – Mar 2025', 1000],
      ['FY2025', 'Apr 2025 – Mar 2026', 1000],
    ]);
  });

  test('the calendar basis puts the same months in calendar years', () => {
    const view = annualView([g('2025-02', 4), g('2025-05', 4)], [], { ...options, basis: 'calendar' });
    expect(view.rows.map((r) => [r.label, r.totals.committed])).toEqual([['2025', 2000]]);
  });

  test('undated pledges and calendar-year-only dates of fiscal donors are counted apart', () => {
    const view = annualView(
      [g(null, null), g('2024', 4), g('2024', null, { stage: 'disbursed' })],
      [],
      options,
    );
    expect(view.withoutYear.committed).toBe(1000);
    expect(view.calendarYearOnly.committed).toBe(1000);
    expect(view.rows.map((r) => [r.label, r.totals.disbursed])).toEqual([['2024', 1000]]);
  });

  test('a reported total or a retracted pledge gives its year no row', () => {
    const view = annualView(
      [
        g('2023-09', null, { kind: 'reported_total' }),
        g('2022-01', null, { retracted: true }),
        g('2024-02', null),
      ],
      [],
      options,
    );
    expect(view.rows.map((r) => r.label)).toEqual(['2024']);
  });

  test('donors counting years from different months get bare year labels', () => {
    const view = annualView([g('2024-05', 4), g('2024-05', null)], [], options);
    expect(view.rows.map((r) => [r.label, r.span])).toEqual([['2024', null]]);
  });

  test('a multi-year pledge is spread, counted in each year, and its years sum to its amount', () => {
    const pledge = {
      ...g('2024-04', 4, { value: 100 }),
      id: 7,
      title: 'Grant',
      donorName: 'Japan',
      periodStart: '2024',
      periodEnd: '2026',
    };
    const view = annualView([g('2026-01', 4, { stage: 'announced' })], [pledge], options);
    expect(view.rows.map((r) => [r.label, r.totals.committed, r.spreadCount])).toEqual([
      ['FY2024', 34, 1],
      ['FY2025', 33, 1],
      ['FY2026', 33, 1],
    ]);
    expect(view.spread).toEqual([
      {
        id: 7,
        title: 'Grant',
        donorName: 'Japan',
        label: 'spread over FY2024–2026, an estimate',
        years: [2024, 2025, 2026],
      },
    ]);
  });
});
