// A CSV record read back as the schema's input: editor rates, columns the file leaves out, and
// errors named by their CSV column.
import { describe, test, expect } from 'vitest';
import { importedRow, columnForField } from '../../lib/csv/pledge-record';
import { noRates } from '../support/pledge-view-row';

describe('pledge records', () => {
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
