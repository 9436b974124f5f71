// Conversion at the rate of the pledge's month, or the latest earlier month we hold (docs/design.md).
// Rates are "units of currency per 1 USD", as the Federal Reserve publishes them.
import { currencyExponent } from './money';
import type { FxSource } from './domain';

export type FxRateRow = { currency: string; month: string; unitsPerUsd: number };

export type Conversion = {
  amountUsd: number; // USD cents
  fxRate: number; // units of the pledge's currency per USD
  fxDate: string; // first day of the rate's month, YYYY-MM-01 (or the editor's date)
  fxSource: FxSource;
};

/** "2024-01-07" → "2024-01". */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

export class FxTable {
  private readonly byCurrency = new Map<string, { months: string[]; rates: number[] }>();

  constructor(rows: Iterable<FxRateRow>) {
    const grouped = new Map<string, FxRateRow[]>();
    for (const row of rows) {
      const list = grouped.get(row.currency) ?? [];
      list.push(row);
      grouped.set(row.currency, list);
    }
    for (const [currency, list] of grouped) {
      list.sort((a, b) => a.month.localeCompare(b.month));
      this.byCurrency.set(currency, {
        months: list.map((r) => r.month),
        rates: list.map((r) => r.unitsPerUsd),
      });
    }
  }

  currencies(): string[] {
    return ['USD', ...[...this.byCurrency.keys()].sort()];
  }

  /** The rate in force for `month` (YYYY-MM): that month's, else the latest earlier one. */
  rateFor(currency: string, month: string): { rate: number; month: string } | null {
    if (currency === 'USD') return { rate: 1, month };
    const series = this.byCurrency.get(currency);
    if (!series) return null;
    let lo = 0;
    let hi = series.months.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (series.months[mid] <= month) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found < 0 ? null : { rate: series.rates[found], month: series.months[found] };
  }
}

/** Minor units of `currency` → USD cents at `unitsPerUsd`. */
export function toUsdMinor(amountMinor: number, currency: string, unitsPerUsd: number): number {
  const major = amountMinor / 10 ** currencyExponent(currency);
  return Math.round((major / unitsPerUsd) * 100);
}

/** USD cents → minor units of `currency` at `unitsPerUsd`. */
export function fromUsdMinor(usdMinor: number, currency: string, unitsPerUsd: number): number {
  return Math.round((usdMinor / 100) * unitsPerUsd * 10 ** currencyExponent(currency));
}

/**
 * Converts a pledge amount to USD for storage. An editor's rate (when the source states both
 * amounts) wins over the monthly table; USD needs no rate. Returns null when no rate is known.
 */
export function convertToUsd(
  table: FxTable,
  amountMinor: number,
  currency: string,
  onDate: string,
  editorRate?: number | null,
): Conversion | null {
  if (currency === 'USD') {
    return { amountUsd: amountMinor, fxRate: 1, fxDate: onDate, fxSource: 'same_currency' };
  }
  if (editorRate != null) {
    return {
      amountUsd: toUsdMinor(amountMinor, currency, editorRate),
      fxRate: editorRate,
      fxDate: onDate,
      fxSource: 'editor',
    };
  }
  const found = table.rateFor(currency, monthOf(onDate));
  if (!found) return null;
  return {
    amountUsd: toUsdMinor(amountMinor, currency, found.rate),
    fxRate: found.rate,
    fxDate: `${found.month}-01`,
    fxSource: 'federal_reserve_monthly',
  };
}
