import { describe, test, expect } from 'vitest';
import { parseAmount, minorToDecimal, currencyExponent, isKnownCurrency, formatMoney } from '../../lib/money';

describe('currency exponents (ISO 4217)', () => {
  test.each([
    ['USD', 2],
    ['JPY', 0],
    ['EUR', 2],
    ['KWD', 3],
    ['KRW', 0],
    ['UAH', 2],
  ])('%s has %i decimals', (code, exp) => {
    expect(currencyExponent(code)).toBe(exp);
  });
  test('unknown codes are refused', () => {
    expect(isKnownCurrency('USD')).toBe(true);
    expect(isKnownCurrency('XXQ')).toBe(false);
    expect(isKnownCurrency('usd')).toBe(false);
  });
});

describe('parseAmount: as people write it → integer minor units', () => {
  test.each([
    ['37,000,000', 'USD', 3_700_000_000],
    ['37000000', 'USD', 3_700_000_000],
    ['1000000.50', 'USD', 100_000_050],
    ['1 000 000', 'EUR', 100_000_000],
    ['5000000000', 'JPY', 5_000_000_000],
    ['0.125', 'KWD', 125],
    ['12.10', 'JPY', null],
  ])('%s %s', (text, currency, expected) => {
    const parsed = parseAmount(text, currency);
    if (expected === null) expect(parsed.ok).toBe(false);
    else expect(parsed).toEqual({ ok: true, minor: expected });
  });

  test.each([
    ['-5', 'must not be negative'],
    ['3.7e7', 'not a plain number'],
    ['$37M', 'not a plain number'],
    ['1,00', 'not a plain number'],
    ['1.234', 'more decimals than USD allows'],
    ['20000000000000', 'larger than 10^13'],
    ['', 'is empty'],
  ])('refuses %j', (text, message) => {
    const parsed = parseAmount(text, 'USD');
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toContain(message);
  });
});

describe('parseAmount: plain digits take a shortcut with the same answers', () => {
  test('equals the separated form of the same figure, at every size and exponent', () => {
    const digits = [
      '0',
      '007',
      '1',
      '37000000',
      '9999999999999',
      '10000000000000',
      '900719925474099',
      '90071992547409',
      '1234567890123',
    ];
    for (let n = 1; n < 13; n++)
      digits.push(String(Math.floor(10 ** n / 7)), '9'.repeat(n), `1${'0'.repeat(n)}`);
    for (const currency of ['USD', 'JPY', 'KWD', 'CLF']) {
      for (const text of digits) {
        // "1 234" never takes the shortcut; it names the same amount as "1234".
        const spaced = `${text.slice(0, 1)} ${text.slice(1)}`.trim();
        expect(parseAmount(text, currency), `${text} ${currency}`).toEqual(parseAmount(spaced, currency));
      }
    }
    expect(parseAmount('9999999999999', 'KWD')).toEqual({
      ok: false,
      message: 'is too large to store exactly',
    });
  });
});

describe('minorToDecimal: exact major-unit strings', () => {
  test.each([
    [3_700_000_000, 'USD', '37000000'],
    [150, 'USD', '1.50'],
    [5, 'USD', '0.05'],
    [5_000_000_000, 'JPY', '5000000000'],
    [1234, 'KWD', '1.234'],
  ])('%i %s → %s', (minor, currency, text) => {
    expect(minorToDecimal(minor, currency)).toBe(text);
    const back = parseAmount(text, currency);
    expect(back).toEqual({ ok: true, minor });
  });
});

describe('formatMoney', () => {
  test('full in tables, compact in charts', () => {
    expect(formatMoney(3_700_000_000, 'USD')).toBe('$37,000,000.00');
    expect(formatMoney(100_000_000_000, 'USD', { compact: true })).toBe('$1.0B');
    expect(formatMoney(5_000_000_000, 'JPY')).toBe('¥5,000,000,000');
  });
});
