// A pledge as a CSV record and back: the columns in order, amounts in major units, print-only sources.
import { describe, test, expect } from 'vitest';
import { PLEDGE_COLUMNS } from '../../lib/csv/columns';
import { pledgeRecord, importedRow } from '../../lib/csv/pledge-record';
import { row, cellsOf, noRates } from '../support/pledge-view-row';

describe('pledge records', () => {
  test('columns in the order of lib/csv/columns.ts, amounts as plain decimals in major units', () => {
    const record = pledgeRecord(
      {
        ...row,
        title: 'Yen loan',
        amount: 5_000_000_000,
        currency: 'JPY',
        amountUsd: 3_417_819_600,
        fxRate: 146.2943,
      },
      [],
    );
    expect(record).toHaveLength(PLEDGE_COLUMNS.length);
    expect(cellsOf(record)).toMatchObject({
      id: '7',
      amount: '5000000000',
      currency: 'JPY',
      amount_usd: '34178196',
      fx_rate: '146.2943',
      source_urls: '',
    });
  });

  test('importedRow reads cells back into the schema input', () => {
    const cells = cellsOf(
      pledgeRecord(row, [
        {
          url: 'https://example.org/a',
          publisher: null,
          title: null,
          publishedOn: null,
          quote: 'We pledge.',
        },
        { url: null, publisher: 'Kyodo', title: null, publishedOn: null, quote: '' },
      ]),
    );
    const parsed = importedRow(cells, noRates, '2026-01-01');
    expect(parsed.problems).toEqual([]);
    expect(parsed.id).toBe(7);
    expect(parsed.parentRef).toEqual({ id: 3 });
    expect(parsed.input).toMatchObject({
      title: '=HYPERLINK("http://evil","click")',
      amount: '37000000.50',
      currency: 'USD',
      isLowerBound: 'false',
    });
    expect(parsed.input.sources).toEqual([
      { url: 'https://example.org/a', publisher: null, title: null, publishedOn: null, quote: 'We pledge.' },
      { url: null, publisher: 'Kyodo', title: null, publishedOn: null, quote: null },
    ]);
  });

  test('a print-only source keeps its title and date through the record', () => {
    const printed = {
      url: null,
      publisher: null,
      title: 'Tokyo’s commitment | to Ukraine',
      publishedOn: '2024-01-07',
      quote: 'We pledge.',
    };
    const cells = cellsOf(
      pledgeRecord(row, [
        printed,
        { url: 'https://example.org/b', publisher: 'Kyodo', title: null, publishedOn: null, quote: '' },
      ]),
    );
    expect(cells.source_titles).toBe('Tokyo’s commitment \\| to Ukraine | ');
    expect(cells.source_published_on).toBe('2024-01-07 | ');
    expect(importedRow(cells, noRates, '2026-01-01').input.sources).toEqual([
      {
        url: null,
        publisher: null,
        title: 'Tokyo’s commitment | to Ukraine',
        publishedOn: '2024-01-07',
        quote: 'We pledge.',
      },
      { url: 'https://example.org/b', publisher: 'Kyodo', title: null, publishedOn: null, quote: null },
    ]);
  });
});
