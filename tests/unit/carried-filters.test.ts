// The query a page's filters carry to another page (the header's Export link): filters only, a
// party page's own party first and never overridden by a stray parameter of the same role.
import { describe, test, expect } from 'vitest';
import { carriedFilters } from '@/lib/filters';

describe('carriedFilters', () => {
  test('keeps every filter parameter, repeated ones included, and drops the table and paging ones', () => {
    const q = new URLSearchParams(
      'category=military&category=humanitarian&sort=amount&page=3&from=2024-01-01&currency=EUR',
    );
    expect(carriedFilters(q).toString()).toBe(
      'category=military&category=humanitarian&from=2024-01-01&currency=EUR',
    );
  });

  test("a party page's role and slug come first and replace the same role in the query", () => {
    const q = new URLSearchParams('donor=germany&stage=committed');
    expect(carriedFilters(q, { role: 'donor', slug: 'japan' }).toString()).toBe(
      'donor=japan&stage=committed',
    );
  });

  test('no filters give an empty query', () => {
    expect(carriedFilters(new URLSearchParams('sort=date')).toString()).toBe('');
  });
});
