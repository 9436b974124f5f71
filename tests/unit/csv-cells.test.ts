// The CSV's cells: formula starts neutralised and restored, source lists joined and split, and the
// export's file names and links.
import { describe, test, expect } from 'vitest';
import fc from 'fast-check';
import { neutraliseCell, restoreCell } from '../../lib/csv/neutralise';
import { joinList, splitList } from '../../lib/csv/columns';
import { pledgeRecord } from '../../lib/csv/pledge-record';
import { exportFileName, exportHref } from '../../lib/csv/export-href';
import { EMPTY_FILTERS } from '../../lib/filters';
import { row, cellsOf } from '../support/pledge-view-row';

describe('CSV injection', () => {
  test('formula starts are neutralised with an apostrophe, other text is left alone', () => {
    expect(neutraliseCell('=HYPERLINK("http://evil","click")')).toBe('\'=HYPERLINK("http://evil","click")');
    for (const start of ['+', '-', '@', '\t', '\r']) expect(neutraliseCell(`${start}1`)).toBe(`'${start}1`);
    expect(neutraliseCell('Drone detection system')).toBe('Drone detection system');
    expect(neutraliseCell("'quoted")).toBe("'quoted");
  });

  test('restoreCell undoes neutraliseCell for any text', () => {
    fc.assert(fc.property(fc.string(), (s) => restoreCell(neutraliseCell(s)) === s));
    fc.assert(fc.property(fc.string(), (s) => !/^[=+\-@\t\r]/.test(neutraliseCell(s))));
  });

  test('a pledge record neutralises text cells but never the numbers it wrote', () => {
    const record = pledgeRecord(row, [
      {
        url: 'https://example.org/a',
        publisher: '-Ministry',
        title: null,
        publishedOn: null,
        quote: '@quote',
      },
    ]);
    const cells = cellsOf(record);
    expect(cells.title).toBe('\'=HYPERLINK("http://evil","click")');
    expect(cells.amount).toBe('37000000.50');
    expect(cells.source_publishers).toBe("'-Ministry");
    expect(cells.source_quotes).toBe("'@quote");
    expect(cells.is_lower_bound).toBe('false');
    expect(cells.parent_id).toBe('3');
  });
});

describe('source lists', () => {
  test('joinList and splitList round-trip any items, pipes and backslashes included', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string().map((s) => s.trim()),
          { minLength: 1, maxLength: 5 },
        ),
        (items) => {
          fc.pre(items.some(Boolean));
          expect(splitList(joinList(items))).toEqual(items);
        },
      ),
    );
    expect(splitList('https://a | https://b')).toEqual(['https://a', 'https://b']);
  });
});

describe('export links', () => {
  test('file names carry the filters and the date; hrefs carry the filters', () => {
    const filters = { ...EMPTY_FILTERS, donor: ['japan'] };
    expect(exportFileName('pledges', filters, '2026-11-22')).toBe('pledges-japan-2026-11-22.csv');
    expect(exportFileName('summary', EMPTY_FILTERS, '2026-11-22')).toBe('summary-2026-11-22.csv');
    expect(
      exportFileName('series', { ...filters, category: ['military'], currency: 'EUR' }, '2026-11-22'),
    ).toBe('series-japan-military-eur-2026-11-22.csv');
    expect(exportFileName('summary', filters, '2026-11-22', { bom: true })).toBe(
      'summary-japan-2026-11-22-excel.csv',
    );
    expect(exportHref('pledges', filters)).toBe('/export/pledges.csv?donor=japan');
    expect(exportHref('summary', EMPTY_FILTERS, { bom: true })).toBe('/export/summary.csv?bom=1');
  });
});
