import { describe, test, expect } from 'vitest';
import { parseFilters, filtersToSearchParams, filtersKey } from '../../lib/filters';

describe('parseFilters', () => {
  test('reads the filter parameters, repeatable and comma-separated', () => {
    const { filters, problems } = parseFilters(
      new URLSearchParams(
        'donor=japan&donor=germany&category=military,humanitarian&from=2024-01-01&to=2024-12-31&currency=eur',
      ),
      ['USD', 'EUR'],
    );
    expect(problems).toEqual([]);
    expect(filters).toMatchObject({
      donor: ['japan', 'germany'],
      category: ['military', 'humanitarian'],
      from: '2024-01-01',
      to: '2024-12-31',
      currency: 'EUR',
    });
  });

  test('bad values are dropped and named, never thrown', () => {
    const { filters, problems } = parseFilters({
      stage: 'pledged',
      from: '2024-02-30',
      currency: 'XYZ',
      donor: 'Japan!',
    });
    expect(filters.stage).toEqual([]);
    expect(filters.from).toBeNull();
    expect(filters.currency).toBe('USD');
    expect(filters.donor).toEqual([]);
    expect(problems.join('\n')).toMatch(/stage "pledged"/);
    expect(problems.join('\n')).toMatch(/from "2024-02-30"/);
    expect(problems.join('\n')).toMatch(/currency "XYZ"/);
    expect(problems.join('\n')).toMatch(/donor "Japan!"/);
  });

  test('from after to drops the range', () => {
    const { filters, problems } = parseFilters({ from: '2025-01-01', to: '2024-01-01' });
    expect([filters.from, filters.to]).toEqual([null, null]);
    expect(problems[0]).toMatch(/after/);
  });

  test('round-trips to query parameters and keys stably', () => {
    const { filters } = parseFilters({ donor: ['japan', 'canada'], stage: 'committed' });
    expect(filtersToSearchParams(filters).toString()).toBe('donor=japan&donor=canada&stage=committed');
    const { filters: again } = parseFilters({ donor: ['canada', 'japan'], stage: 'committed' });
    expect(filtersKey(again)).toBe(filtersKey(filters));
  });
});
