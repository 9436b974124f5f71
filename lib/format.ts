// Display helpers shared by pages and exports: formatting happens only at the edge.
import { currencyExponent, formatMoney } from './money';

/** Money or an em dash for unquantified pledges. */
export function moneyOrDash(
  minor: number | null | undefined,
  currency: string | null | undefined,
  compact = false,
): string {
  if (minor == null || !currency) return '—';
  return formatMoney(minor, currency, { compact });
}

/** "more than $7,000,000,000.00" for lower bounds. */
export function claimText(
  minor: number | null,
  currency: string | null,
  isLowerBound: boolean,
  compact = false,
): string {
  const figure = moneyOrDash(minor, currency, compact);
  return isLowerBound ? `more than ${figure}` : figure;
}

export function formatTimestamp(iso: string | null | undefined): string {
  if (!iso) return '—';
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

const compactFormatters = new Map<string, Intl.NumberFormat>();

/**
 * Compact money for headlines and charts at two to three significant digits: "$1.04B" keeps a
 * $37M item visible beside $1B (one decimal would say "$1.0B"), a round claim reads "$7.0B", and
 * zero is "$0", not "$0.0".
 */
export function compactMoney(minor: number, currency: string): string {
  if (minor === 0) return formatMoney(0, currency).replace(/[.,]0+(?=\D*$)/, '');
  let found = compactFormatters.get(currency);
  if (!found) {
    found = new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency,
      notation: 'compact',
      minimumSignificantDigits: 2,
      maximumSignificantDigits: 3,
    });
    compactFormatters.set(currency, found);
  }
  return found.format(minor / 10 ** currencyExponent(currency));
}
