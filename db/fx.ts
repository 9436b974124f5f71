// FX rates: the shipped Federal Reserve monthly table plus any rate an editor enters.
import fs from 'node:fs';
import path from 'node:path';
import { count } from 'drizzle-orm';
import { one, read, type Tx } from './connection';
import { fxRates } from './tables';
import { FxTable, type FxRateRow } from '../lib/fx';
import { bumpMetaCounter, getMeta, versionedCache } from './meta';

/** Federal Reserve currency-area names → ISO 4217 codes. Pre-euro currencies end 2001-12.
 *  Venezuela is left out: the series mixes bolívar redenominations, so no single code fits. */
const AREA_TO_CODE: Record<string, string> = {
  Australia: 'AUD',
  Brazil: 'BRL',
  Canada: 'CAD',
  China: 'CNY',
  Denmark: 'DKK',
  Euro: 'EUR',
  'Hong Kong': 'HKD',
  India: 'INR',
  Japan: 'JPY',
  Malaysia: 'MYR',
  Mexico: 'MXN',
  'New Zealand': 'NZD',
  Norway: 'NOK',
  Singapore: 'SGD',
  'South Africa': 'ZAR',
  'South Korea': 'KRW',
  'Sri Lanka': 'LKR',
  Sweden: 'SEK',
  Switzerland: 'CHF',
  Taiwan: 'TWD',
  Thailand: 'THB',
  'United Kingdom': 'GBP',
  Austria: 'ATS',
  Belgium: 'BEF',
  Finland: 'FIM',
  France: 'FRF',
  Germany: 'DEM',
  Greece: 'GRD',
  Ireland: 'IEP',
  Italy: 'ITL',
  Netherlands: 'NLG',
  Portugal: 'PTE',
  Spain: 'ESP',
};

export const FED_SOURCE = 'Federal Reserve H.10/G.5 monthly average (FRED)';

export function readShippedRates(
  file = path.join(/*turbopackIgnore: true*/ process.cwd(), 'db', 'data', 'fx-monthly-federal-reserve.csv'),
): FxRateRow[] {
  const rows: FxRateRow[] = [];
  for (const line of fs.readFileSync(/*turbopackIgnore: true*/ file, 'utf8').split(/\r?\n/).slice(1)) {
    const [date, area, value] = line.split(',');
    const code = AREA_TO_CODE[area];
    const rate = Number(value);
    if (!code || !date || !(rate > 0)) continue;
    rows.push({ currency: code, month: date.slice(0, 7), unitsPerUsd: rate });
  }
  return rows;
}

// Every write to fx_rates bumps this. The table holds ~17,000 rows: keyed on the data version it
// was rebuilt after every pledge write, which under write load starved readers (tests/faults/load).
const FX_VERSION_KEY = 'fx_rates_version';

/**
 * Loads the shipped table when fx_rates is empty. Two servers starting at once on one PostgreSQL
 * database may both find it empty: a rate already there is skipped, not an error.
 */
export async function seedFxRates(tx: Tx): Promise<number> {
  const existing = (await one(tx.select({ n: count() }).from(fxRates)))?.n ?? 0;
  if (existing > 0) return 0;
  const rows = readShippedRates();
  for (let i = 0; i < rows.length; i += 500) {
    await tx
      .insert(fxRates)
      .values(rows.slice(i, i + 500).map((r) => ({ ...r, source: FED_SOURCE })))
      .onConflictDoNothing();
  }
  await bumpMetaCounter(tx, FX_VERSION_KEY);
  return rows.length;
}

const tableCache = versionedCache<FxTable>(1, async () => Number((await getMeta(FX_VERSION_KEY)) ?? 0));

/** All rates as a lookup table, rebuilt only after a rate is written. */
export function loadFxTable(): Promise<FxTable> {
  return tableCache('all', () =>
    read(
      async (db) =>
        new FxTable(
          await db
            .select({
              currency: fxRates.currency,
              month: fxRates.month,
              unitsPerUsd: fxRates.unitsPerUsd,
            })
            .from(fxRates),
        ),
    ),
  );
}

export function fxSourceLabel(source: string | null): string {
  if (source === 'federal_reserve_monthly') return FED_SOURCE;
  if (source === 'editor') return 'Rate entered by the editor from the source';
  if (source === 'same_currency') return 'No conversion needed';
  return 'Not converted';
}
