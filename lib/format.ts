// Display helpers shared by pages and exports: formatting happens only at the edge.
import { formatMoney } from './money';

/** Money or an em dash for unquantified pledges. */
export function moneyOrDash(minor: number | null | undefined, currency: string | null | undefined, compact = false): string {
  if (minor == null || !currency) return '—';
  return formatMoney(minor, currency, { compact });
}

/** "more than $7,000,000,000.00" for lower bounds. */
export function claimText(minor: number | null, currency: string | null, isLowerBound: boolean, compact = false): string {
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

/** Compact money for charts ("$1.0B"); zero is "$0", not "$0.0". */
export function compactMoney(minor: number, currency: string): string {
  return minor === 0 ? formatMoney(0, currency).replace(/[.,]0+(?=\D*$)/, '') : formatMoney(minor, currency, { compact: true });
}
