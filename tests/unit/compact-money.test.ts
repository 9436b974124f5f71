import { describe, test, expect } from 'vitest';
import { compactMoney } from '../../lib/format';

describe('compact money keeps three significant digits', () => {
  test('a $37M item stays visible beside $1B: $1.04B, not $1.0B', () => {
    expect(compactMoney(103_700_000_000, 'USD')).toBe('$1.04B');
  });

  test('round figures keep one decimal so a claim reads "$7.0B"', () => {
    expect(compactMoney(700_000_000_000, 'USD')).toBe('$7.0B');
  });

  test('never more than three significant digits', () => {
    expect(compactMoney(596_300_000_000, 'USD')).toBe('$5.96B');
    expect(compactMoney(12_345_678_900, 'USD')).toBe('$123M');
    expect(compactMoney(3_700_000_000, 'USD')).toBe('$37M');
  });

  test('zero-exponent currencies and zero itself', () => {
    expect(compactMoney(1_037_000_000, 'JPY')).toBe('¥1.04B');
    expect(compactMoney(0, 'EUR')).toBe('€0');
  });
});
