import { describe, test, expect } from 'vitest';
import { parseTableParams, tableHref } from '../../lib/table-params';
import { buildCumulativeRows, periodStart } from '../../lib/cumulative-rows';
import { compactMoney } from '../../lib/format';
import { ZERO_TOTALS } from '../../lib/counting';

const totals = (over: Partial<typeof ZERO_TOTALS>) => ({ ...ZERO_TOTALS, ...over });

describe('table parameters', () => {
  test('defaults, valid values and named problems', () => {
    expect(parseTableParams({})).toEqual({ table: { sort: 'date', dir: 'desc', page: 1 }, problems: [] });
    expect(parseTableParams({ sort: 'title', page: '3' }).table).toEqual({
      sort: 'title',
      dir: 'asc',
      page: 3,
    });
    const bad = parseTableParams({ sort: 'size', dir: 'up', page: '-2' });
    expect(bad.table).toEqual({ sort: 'date', dir: 'desc', page: 1 });
    expect(bad.problems.join('\n')).toMatch(/sort "size"[\s\S]*dir "up"[\s\S]*page "-2"/);
    expect(parseTableParams({ page: '0' }).problems).toHaveLength(1);
  });

  test('links keep the filters and leave defaults out', () => {
    const base = new URLSearchParams('category=military');
    expect(tableHref('/', base, { sort: 'date', dir: 'desc', page: 1 })).toBe('/?category=military');
    expect(tableHref('/', base, { sort: 'amount', dir: 'asc', page: 2 })).toBe(
      '/?category=military&sort=amount&dir=asc&page=2',
    );
    expect(tableHref('/donors/japan', new URLSearchParams(), {})).toBe('/donors/japan');
  });
});

describe('cumulative rows', () => {
  test('running totals per stage and category, with carried rows at extra dates', () => {
    const rows = buildCumulativeRows(
      [
        {
          period: '2023-06',
          totals: totals({ committed: 100 }),
          byCategory: { financial: totals({ committed: 100 }) },
        },
        {
          period: '2024-01',
          totals: totals({ committed: 50, announced: 7 }),
          byCategory: { military: totals({ committed: 50, announced: 7 }) },
        },
      ],
      new Map([['2024-01', { movers: [{ id: 1, title: 'Ammunition', value: 50 }], count: 2 }]]),
      ['2023-09-09', '2023-01-01', '2024-01-01', '2025-01-01'],
    );
    expect(rows.map((r) => r.date)).toEqual([
      '2023-01-01',
      '2023-06-01',
      '2023-09-09',
      '2024-01-01',
      '2025-01-01',
    ]);
    expect(rows.map((r) => r.committed)).toEqual([0, 100, 100, 150, 150]);
    expect(rows.map((r) => r.announced)).toEqual([0, 0, 0, 7, 7]);
    expect(rows[3].byCategory).toMatchObject({
      financial: { committed: 100 },
      military: { committed: 50, announced: 7 },
    });
    expect(rows[3]).toMatchObject({ moverCount: 2, movers: [{ title: 'Ammunition' }] });
    expect(rows[4]).toMatchObject({ moverCount: 0, movers: [] });
    expect(rows[2].t).toBe(Date.UTC(2023, 8, 9));
  });

  test('periods start on their first day', () => {
    expect(periodStart('2024-02')).toBe('2024-02-01');
    expect(periodStart('2024-02-17')).toBe('2024-02-17');
  });
});

describe('compact money', () => {
  test('compact for charts, plain zero', () => {
    expect(compactMoney(103_700_000_000, 'USD')).toBe('$1.04B');
    expect(compactMoney(3_700_000_000, 'USD')).toBe('$37M');
    expect(compactMoney(0, 'USD')).toBe('$0');
    expect(compactMoney(0, 'EUR')).toBe('€0');
    expect(compactMoney(0, 'JPY')).toBe('¥0');
  });
});
