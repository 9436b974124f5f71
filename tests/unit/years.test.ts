// The annual view's rules (lib/years.ts), table-driven: fiscal years named by the year they start in,
// periods as ranges of months, an amount spread over its years in whole minor units that always add
// up to it. The table built from them: years-table.test.ts.
import { describe, test, expect } from 'vitest';
import {
  monthIndex,
  periodMonths,
  spreadEvenly,
  spreadOverYears,
  yearLabel,
  yearOfMonth,
  yearSpan,
} from '../../lib/years';

describe('spreadEvenly', () => {
  const cases: [number, number[], number[]][] = [
    [100, [12, 12, 12], [34, 33, 33]],
    [99, [12, 12, 12], [33, 33, 33]],
    [101, [12, 12, 12], [34, 34, 33]],
    [1, [12, 12, 12], [1, 0, 0]],
    [0, [12, 12], [0, 0]],
    [1000, [9, 12, 3], [375, 500, 125]],
    [1001, [9, 12, 3], [376, 500, 125]],
    [7, [0, 5, 5], [0, 4, 3]],
    [9_007_199_254_740_991, [1, 1, 1], [3_002_399_751_580_331, 3_002_399_751_580_330, 3_002_399_751_580_330]],
  ];
  test.each(cases)('%d over %j → %j', (total, weights, parts) => {
    const out = spreadEvenly(total, weights);
    expect(out).toEqual(parts);
    expect(out.reduce((a, b) => a + b, 0)).toBe(total);
  });

  test.each([
    [1.5, [1, 1]],
    [10, []],
    [10, [0, 0]],
    [10, [1, -1]],
  ])('refuses %d over %j', (total, weights) => {
    expect(() => spreadEvenly(total, weights)).toThrow(RangeError);
  });
});

describe('fiscal years', () => {
  const cases: [string, number, number][] = [
    ['2024-01', 1, 2024],
    ['2024-12', 1, 2024],
    ['2024-03', 4, 2023],
    ['2024-04', 4, 2024],
    ['2025-03', 4, 2024],
    ['2024-09', 10, 2023],
    ['2024-10', 10, 2024],
  ];
  test.each(cases)('%s with years from month %d is in %d', (month, start, year) => {
    expect(yearOfMonth(monthIndex(Number(month.slice(0, 4)), Number(month.slice(5))), start)).toBe(year);
  });

  test('labels say what a fiscal year means', () => {
    expect([yearLabel(2024, 4), yearSpan(2024, 4)]).toEqual(['FY2024', 'Apr 2024 – Mar 2025']);
    expect([yearLabel(2024, 1), yearSpan(2024, 1)]).toEqual(['2024', 'Jan – Dec 2024']);
  });
});

describe('periodMonths', () => {
  const cases: [string | null, string | null, number | null, [string, string] | null][] = [
    ['2024', '2026', 4, ['2024-04', '2027-03']],
    ['2024', '2026', null, ['2024-01', '2026-12']],
    ['2024-07', '2025-06', 4, ['2024-07', '2025-06']],
    ['2024-07-15', '2025', null, ['2024-07', '2025-12']],
    ['2026', '2024', null, null],
    ['2024', null, null, null],
    ['soon', '2025', null, null],
  ];
  const at = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
  test.each(cases)('%s – %s (start month %s)', (start, end, month, expected) => {
    const got = periodMonths(start, end, month);
    expect(got && [at(got.first), at(got.last)]).toEqual(expected);
  });
});

describe('spreadOverYears', () => {
  const cases: [string, number, [string, string], number, [number, number][]][] = [
    [
      'FY2024–2026 in fiscal years',
      100_000,
      ['2024', '2026'],
      4,
      [
        [2024, 33_334],
        [2025, 33_333],
        [2026, 33_333],
      ],
    ],
    [
      'FY2024–2026 in calendar years',
      3600,
      ['2024', '2026'],
      1,
      [
        [2024, 1200],
        [2025, 1200],
        [2026, 1200],
      ],
    ],
    [
      'by the months in each year',
      1200,
      ['2024-07', '2025-12'],
      1,
      [
        [2024, 400],
        [2025, 800],
      ],
    ],
    ['one year', 5, ['2024-02', '2024-11'], 1, [[2024, 5]]],
  ];
  test.each(cases)('%s', (_name, total, [start, end], startMonth, expected) => {
    const period = periodMonths(start, end, startMonth === 1 ? null : startMonth);
    if (!period) throw new Error('test period did not parse');
    const shares = spreadOverYears(total, period, startMonth);
    expect(shares.map((s) => [s.year, s.value])).toEqual(expected);
    expect(shares.reduce((a, s) => a + s.value, 0)).toBe(total);
  });
});
