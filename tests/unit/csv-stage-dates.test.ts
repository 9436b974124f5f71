// Stage dates and the period in the pledge file, written at their precision and read back.
import { describe, test, expect } from 'vitest';
import { pledgeRecord, importedRow, columnForField } from '../../lib/csv/pledge-record';
import { row, cellsOf, noRates } from '../support/pledge-view-row';

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
