import { describe, test, expect } from 'vitest';
import fc from 'fast-check';
import { neutraliseCell, restoreCell } from '../../lib/csv/neutralise';
import { joinList, splitList, PLEDGE_COLUMNS } from '../../lib/csv/columns';
import { pledgeRecord, importedRow, columnForField, type PledgeExportRow } from '../../lib/csv/pledge-record';
import { exportFileName, exportHref } from '../../lib/csv/export-href';
import { EMPTY_FILTERS } from '../../lib/filters';

const row: PledgeExportRow = {
  id: 7,
  externalId: 'jp-1',
  donorName: 'Japan',
  donorKind: 'government',
  recipientName: 'Ukraine',
  title: '=HYPERLINK("http://evil","click")',
  description: null,
  category: 'military',
  instrument: 'grant',
  stage: 'committed',
  kind: 'item',
  isLowerBound: 0,
  parentId: 3,
  amount: 3_700_000_050,
  currency: 'USD',
  amountUsd: 3_700_000_050,
  fxRate: 1,
  fxDate: '2024-01-07',
  announcedOn: '2024-01-07',
  datePrecision: 'day',
  updatedAt: '2024-01-08T00:00:00.000Z',
  committedOn: '2024-02-01',
  committedPrecision: 'month',
  allocatedOn: null,
  allocatedPrecision: 'unknown',
  disbursedOn: null,
  disbursedPrecision: 'unknown',
  cancelledOn: null,
  cancelledPrecision: 'unknown',
  periodStart: '2024',
  periodEnd: '2026',
};
const cellsOf = (record: string[]) => Object.fromEntries(PLEDGE_COLUMNS.map((c, i) => [c, record[i]]));
const noRates = () => null;

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

  test('a rate equal to the monthly table is not an editor rate; a different one is', () => {
    const cells = {
      donor: 'Japan',
      recipient: 'Ukraine',
      title: 't',
      category: 'military',
      stage: 'committed',
      amount: '100',
      currency: 'JPY',
      announced_on: '2024-01-07',
    };
    const table = (currency: string, month: string) =>
      currency === 'JPY' && month === '2024-01' ? 146.2943 : null;
    expect(importedRow({ ...cells, fx_rate: '146.2943' }, table, '2026-01-01').input.fxRate).toBeNull();
    expect(importedRow({ ...cells, fx_rate: '150' }, table, '2026-01-01').input.fxRate).toBe('150');
  });

  test('columns the file leaves out stay out of the input; bad ids and parents are named', () => {
    const parsed = importedRow(
      {
        id: 'abc',
        donor: 'Japan',
        recipient: 'Ukraine',
        title: 't',
        category: 'military',
        stage: 'announced',
        parent_id: 'x7',
      },
      noRates,
      '2026-01-01',
    );
    expect(Object.keys(parsed.input).sort()).toEqual(['category', 'donor', 'recipient', 'stage', 'title']);
    expect(parsed.problems.map((p) => p.column)).toEqual(['id', 'parent_id']);
    expect(importedRow({ parent_id: 'ext:jp-1' }, noRates, '2026-01-01').parentRef).toEqual({
      externalId: 'jp-1',
    });
    expect(
      importedRow({ source_urls: 'a | b', source_quotes: 'only one' }, noRates, '2026-01-01').problems[0]
        .column,
    ).toBe('source_quotes');
  });

  test('schema error paths map to CSV columns', () => {
    expect(columnForField('amount')).toBe('amount');
    expect(columnForField('sources.1.quote')).toBe('source_quotes');
    expect(columnForField('datePrecision')).toBe('date_precision');
    expect(columnForField('_')).toBeNull();
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

describe('stage dates and the period in the pledge file', () => {
  test('each stage date is written at its precision, the period as written, a missing one empty', () => {
    const cells = cellsOf(pledgeRecord(row, []));
    expect([
      cells.committed_on,
      cells.allocated_on,
      cells.disbursed_on,
      cells.cancelled_on,
      cells.period_start,
      cells.period_end,
    ]).toEqual(['2024-02', '', '', '', '2024', '2026']);
  });

  test("the import reads them back as the schema's input", () => {
    const { input } = importedRow(cellsOf(pledgeRecord(row, [])), noRates, '2024-06-01');
    expect(input).toMatchObject({
      committedOn: '2024-02',
      allocatedOn: null,
      cancelledOn: null,
      periodStart: '2024',
      periodEnd: '2026',
    });
  });

  test('a file without the date columns leaves them out of the input, so an update keeps what is stored', () => {
    const {
      committed_on: _c,
      allocated_on: _a,
      disbursed_on: _d,
      cancelled_on: _x,
      period_start: _s,
      period_end: _e,
      ...older
    } = cellsOf(pledgeRecord(row, []));
    const { input } = importedRow(older, noRates, '2024-06-01');
    expect(
      ['committedOn', 'allocatedOn', 'disbursedOn', 'cancelledOn', 'periodStart', 'periodEnd'].filter(
        (k) => k in input,
      ),
    ).toEqual([]);
  });

  test('a refused stage date points at its column', () => {
    expect([columnForField('committedOn'), columnForField('periodEnd')]).toEqual([
      'committed_on',
      'period_end',
    ]);
  });
});
