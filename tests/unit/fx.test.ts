import { describe, test, expect } from 'vitest';
import { FxTable, convertToUsd, toUsdMinor, fromUsdMinor } from '../../lib/fx';

const table = new FxTable([
  { currency: 'JPY', month: '2023-12', unitsPerUsd: 143.98 },
  { currency: 'JPY', month: '2024-01', unitsPerUsd: 146.29 },
  { currency: 'EUR', month: '2024-01', unitsPerUsd: 0.9175 },
  { currency: 'JPY', month: '2024-03', unitsPerUsd: 149.7 },
]);

describe('FxTable.rateFor', () => {
  test('uses the pledge month when present', () => {
    expect(table.rateFor('JPY', '2024-01')).toEqual({ rate: 146.29, month: '2024-01' });
  });
  test('falls back to the latest earlier month', () => {
    expect(table.rateFor('JPY', '2024-02')).toEqual({ rate: 146.29, month: '2024-01' });
    expect(table.rateFor('JPY', '2026-09')).toEqual({ rate: 149.7, month: '2024-03' });
  });
  test('no rate before the series starts or for unknown currencies', () => {
    expect(table.rateFor('JPY', '2023-11')).toBeNull();
    expect(table.rateFor('UAH', '2024-01')).toBeNull();
  });
  test('USD needs no rate', () => {
    expect(table.rateFor('USD', '1999-01')).toEqual({ rate: 1, month: '1999-01' });
  });
});

describe('conversion', () => {
  test('JPY at the month rate → USD cents', () => {
    expect(toUsdMinor(5_000_000_000, 'JPY', 146.29)).toBe(3_417_868_617);
    const c = convertToUsd(table, 5_000_000_000, 'JPY', '2024-01-07');
    expect(c).toEqual({
      amountUsd: 3_417_868_617,
      fxRate: 146.29,
      fxDate: '2024-01-01',
      fxSource: 'federal_reserve_monthly',
    });
  });
  test('USD is kept exactly', () => {
    expect(convertToUsd(table, 3_700_000_000, 'USD', '2024-01-07')).toMatchObject({
      amountUsd: 3_700_000_000,
      fxSource: 'same_currency',
    });
  });
  test("an editor's rate wins over the table", () => {
    expect(convertToUsd(table, 1_000_000, 'EUR', '2024-01-07', 0.9)).toMatchObject({
      amountUsd: 1_111_111,
      fxRate: 0.9,
      fxSource: 'editor',
    });
  });
  test('missing rate → null, never a silent zero', () => {
    expect(convertToUsd(table, 100, 'UAH', '2024-01-07')).toBeNull();
  });
  test('USD → EUR minor units', () => {
    expect(fromUsdMinor(100_000, 'EUR', 0.9175)).toBe(91_750);
    expect(fromUsdMinor(100_000, 'JPY', 146.29)).toBe(146_290);
  });
});
