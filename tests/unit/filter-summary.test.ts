import { describe, test, expect } from 'vitest';
import { describeFilters } from '../../lib/filter-summary';
import { EMPTY_FILTERS } from '../../lib/filters';

const names: Record<string, string> = { japan: 'Japan', ukraine: 'Ukraine', україна: 'Україна' };
const nameOf = (slug: string) => names[slug] ?? slug;

describe('the active filters in words', () => {
  test('pair, category and currency, as the chart title and file name', () => {
    const d = describeFilters(
      { ...EMPTY_FILTERS, donor: ['japan'], recipient: ['ukraine'], category: ['military'], currency: 'EUR' },
      nameOf,
    );
    expect(d.title).toBe('Japan → Ukraine, military, EUR');
    expect(d.fileSuffix).toBe('japan-ukraine-military-eur');
  });

  test('no filters still say what is shown', () => {
    const d = describeFilters(EMPTY_FILTERS, nameOf);
    expect(d.title).toBe('All donors → all recipients, USD');
    expect(d.fileSuffix).toBe('usd');
  });

  test('dates, stages and names in any script', () => {
    const d = describeFilters(
      { ...EMPTY_FILTERS, recipient: ['україна'], stage: ['committed', 'disbursed'], from: '2024-01-01' },
      nameOf,
    );
    expect(d.title).toBe('All donors → Україна, committed + disbursed, from 2024-01-01, USD');
    expect(d.fileSuffix).toBe('україна-committed-disbursed-from-2024-01-01-usd');
  });
});
