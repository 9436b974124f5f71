// Money is integers in minor units end to end, so no sum ever rounds. This module converts between
// what people type, what we store and what we show; it never stores a float.

const SUPPORTED = new Set(Intl.supportedValuesOf('currency'));

/** Largest amount we accept, in major units: absurd figures are typing errors, not pledges. */
export const MAX_MAJOR_UNITS = 10n ** 13n;

export function isKnownCurrency(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && SUPPORTED.has(code);
}

/** ISO 4217 minor-unit exponent (ECMA-402 takes it from ISO 4217): JPY 0, USD 2, KWD 3. */
const exponents = new Map<string, number>();
export function currencyExponent(code: string): number {
  let found = exponents.get(code);
  if (found === undefined) {
    found = new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions()
      .maximumFractionDigits as number;
    exponents.set(code, found);
  }
  return found;
}

export type ParsedAmount = { ok: true; minor: number } | { ok: false; message: string };

/**
 * Parses an amount as people write it ("37,000,000", "37000000", "1 000 000.50") into integer
 * minor units of `currency`. Rejects negatives, exponents, too many decimals and absurd sizes.
 */
export function parseAmount(text: string, currency: string): ParsedAmount {
  // Plain digits below MAX_MAJOR_UNITS whose minor units are a safe integer: the common case of a
  // bulk import, worked out without BigInt (every step is an exact integer in a double).
  if (/^\d{1,13}$/.test(text)) {
    const minor = Number(text) * 10 ** currencyExponent(currency);
    if (minor <= Number.MAX_SAFE_INTEGER) return { ok: true, minor };
  }
  const raw = text.trim();
  if (raw === '') return { ok: false, message: 'is empty' };
  const compact = raw.replace(/[\s_\u00a0\u202f]/g, '');
  if (compact.startsWith('-')) return { ok: false, message: 'must not be negative' };
  // Thousands separators must sit in groups of three so "1,00" is refused rather than guessed.
  if (!/^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(compact)) {
    return {
      ok: false,
      message: `"${raw.slice(0, 40)}" is not a plain number (write 37000000 or 37,000,000)`,
    };
  }
  const [whole, fraction = ''] = compact.replace(/,/g, '').split('.');
  const exponent = currencyExponent(currency);
  if (fraction.replace(/0+$/, '').length > exponent) {
    return { ok: false, message: `has more decimals than ${currency} allows (${exponent})` };
  }
  const major = BigInt(whole);
  if (major > MAX_MAJOR_UNITS) return { ok: false, message: 'is larger than 10^13: check the figure' };
  const minor =
    major * 10n ** BigInt(exponent) + BigInt((fraction + '0'.repeat(exponent)).slice(0, exponent) || '0');
  if (minor > BigInt(Number.MAX_SAFE_INTEGER)) return { ok: false, message: 'is too large to store exactly' };
  return { ok: true, minor: Number(minor) };
}

/** Exact decimal string in major units: 3700000000 USD → "37000000", 150 USD → "1.50". */
export function minorToDecimal(minor: number, currency: string): string {
  const exponent = currencyExponent(currency);
  const negative = minor < 0;
  const digits = String(Math.abs(Math.trunc(minor))).padStart(exponent + 1, '0');
  const whole = exponent === 0 ? digits : digits.slice(0, -exponent);
  const fraction = exponent === 0 ? '' : digits.slice(-exponent);
  const trimmed = /^0*$/.test(fraction) ? '' : `.${fraction}`;
  return `${negative ? '-' : ''}${whole}${trimmed}`;
}

const formatters = new Map<string, Intl.NumberFormat>();
function formatter(currency: string, compact: boolean): Intl.NumberFormat {
  const key = `${currency}:${compact}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency,
      ...(compact ? { notation: 'compact', minimumFractionDigits: 1, maximumFractionDigits: 1 } : {}),
    });
    formatters.set(key, found);
  }
  return found;
}

/** "$37,000,000.00" in tables, "$37.0M" in charts (compact). */
export function formatMoney(minor: number, currency: string, options: { compact?: boolean } = {}): string {
  const major = minor / 10 ** currencyExponent(currency);
  return formatter(currency, options.compact ?? false).format(major);
}
