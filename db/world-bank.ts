// The shipped World Bank figures (db/data/world-bank-*.csv: GDP in current USD and total population,
// World Development Indicators), read once per process into a lookup by ISO 3166 alpha-3 and year.
// They are facts that never change while the app runs, so they stay files, not tables.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { partyNameKey } from '../lib/party-names';
import { CountryFigures, type Indicator } from '../lib/country-figures';

export const WORLD_BANK_CREDIT = 'World Bank, World Development Indicators';

const FILES: Record<Indicator, string> = {
  gdp: 'world-bank-gdp-current-usd.csv',
  population: 'world-bank-population.csv',
};

/** Regions, income groups and other aggregates the files carry beside countries: never a party's code
 *  (the European Union's EUU would otherwise give an EU institution the member states' GDP). */
const AGGREGATES = new Set(
  (
    'AFE AFW ARB CEB CSS EAP EAR EAS ECA ECS EMU EUU FCS HIC HPC IBD IBT IDA IDB IDX LAC LCN LDC ' +
    'LIC LMC LMY LTE MEA MIC MNA NAC OED OSS PRE PSS PST SAS SSA SSF SST TEA TEC TLA TMN TSA TSS UMC WLD'
  ).split(' '),
);

/** Everyday names the World Bank spells otherwise ("Korea, Rep."), so a party named as the press does is found. */
const ALIASES: Record<string, string> = {
  'south korea': 'KOR',
  'republic of korea': 'KOR',
  russia: 'RUS',
  turkey: 'TUR',
  türkiye: 'TUR',
  'czech republic': 'CZE',
  slovakia: 'SVK',
  'united states of america': 'USA',
  usa: 'USA',
  uk: 'GBR',
  'the netherlands': 'NLD',
  iran: 'IRN',
  egypt: 'EGY',
  vietnam: 'VNM',
  'hong kong': 'HKG',
  kyrgyzstan: 'KGZ',
};

type Row = { 'Country Name': string; 'Country Code': string; Year: string; Value: string };

function readRows(file: string): Row[] {
  const full = path.join(/*turbopackIgnore: true*/ process.cwd(), 'db', 'data', file);
  return parse(fs.readFileSync(/*turbopackIgnore: true*/ full, 'utf8'), {
    columns: true,
    skip_empty_lines: true,
  }) as Row[];
}

function load(): { figures: CountryFigures; codeByName: Map<string, string> } {
  const figures = new CountryFigures();
  const codeByName = new Map<string, string>(Object.entries(ALIASES));
  for (const indicator of Object.keys(FILES) as Indicator[]) {
    for (const row of readRows(FILES[indicator])) {
      const code = row['Country Code'];
      const year = Number(row.Year);
      const value = Number(row.Value);
      if (AGGREGATES.has(code) || !/^[A-Z]{3}$/.test(code) || !Number.isInteger(year) || !(value > 0))
        continue;
      figures.add(indicator, code, year, value);
      codeByName.set(partyNameKey(row['Country Name']), code);
    }
  }
  return { figures, codeByName };
}

let loaded: ReturnType<typeof load> | null = null;
const shipped = () => (loaded ??= load());

/** GDP and population by country and year. */
export function countryFigures(): CountryFigures {
  return shipped().figures;
}

/** The ISO 3166 alpha-3 code of a country party named `name` (same name key as parties), or null. */
export function iso3ForName(name: string): string | null {
  return shipped().codeByName.get(partyNameKey(name)) ?? null;
}
