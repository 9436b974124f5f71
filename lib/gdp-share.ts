// % of GDP and per capita (docs/design.md): each pledge's USD value divided by the donor's GDP of the
// pledge's year (or the latest earlier year the files hold; `gdpYear` fixes one year instead), per
// capita by the population of the year whose GDP was used. A group divides by its members' sums.
import type { CountryFigures } from './country-figures';
import type { PartyKind } from './domain';

/** The chosen measure's USD minor units announced in one year (null: undated). */
export type YearValue = { year: number | null; usd: number };
export type Normalised = {
  pctGdp: number | null;
  perCapita: number | null;
  noFigures: string | null;
  gdpYears: number[];
  populationYears: number[];
  /** The GDP each reference year divided by (a group's: its members' sum), so a reader can check the figure. */
  gdpUsed: { year: number; usd: number }[];
};

const NOT_A_COUNTRY: Record<Exclude<PartyKind, 'government'>, string> = {
  eu_institution: 'an EU institution: it has no GDP or population of its own',
  multilateral: 'a multilateral body: it has no GDP or population of its own',
  private: 'a private donor: it has no GDP or population',
  other: 'not a country: it has no GDP or population',
};

/** Why a party has no figures, or null when it may have them. */
export function noFiguresReason(
  kind: PartyKind,
  iso3: string | null,
  figures: CountryFigures,
): string | null {
  if (kind !== 'government') return NOT_A_COUNTRY[kind];
  if (!iso3) return 'no ISO 3166 country code: its name matches no World Bank country';
  if (!figures.has('gdp', iso3)) return `the World Bank files hold no GDP for ${iso3}`;
  return null;
}

export const noFigures = (reason: string): Normalised => ({
  pctGdp: null,
  perCapita: null,
  noFigures: reason,
  gdpYears: [],
  populationYears: [],
  gdpUsed: [],
});

/**
 * Sums value ÷ GDP and value ÷ population over the years' values. `countries` is one code for a
 * donor, a group's members for a group (a member without figures that year adds nothing).
 */
export function normalise(
  values: YearValue[],
  countries: readonly string[],
  figures: CountryFigures,
  gdpYear: number | null,
): Normalised {
  let share = 0;
  let perHead = 0;
  let populationMissing = false;
  const gdpYears = new Set<number>();
  const populationYears = new Set<number>();
  const gdpUsed = new Map<number, number>();
  for (const { year, usd } of values) {
    if (usd === 0) continue;
    const reference = gdpYear ?? year ?? figures.latestYear('gdp');
    let gdp = 0;
    let people = 0;
    let figureYear = reference;
    for (const iso3 of countries) {
      const g = figures.lookup('gdp', iso3, reference);
      if (!g) continue;
      gdp += g.value;
      gdpYears.add(g.year);
      figureYear = g.year;
      const p = figures.lookup('population', iso3, g.year);
      if (p) {
        people += p.value;
        populationYears.add(p.year);
      } else populationMissing = true;
    }
    if (gdp === 0) return noFigures(`no World Bank GDP for ${countries.join(', ')} by ${reference}`);
    // A donor's entry is named by the year of its figure (2024's pledges divide by 2023's GDP); a group's by the year asked.
    gdpUsed.set(countries.length === 1 ? figureYear : reference, gdp);
    share += usd / 100 / gdp;
    perHead += people > 0 ? usd / 100 / people : 0;
  }
  return {
    pctGdp: share * 100,
    perCapita: populationMissing ? null : perHead,
    noFigures: populationMissing
      ? 'the World Bank files hold no population for a year whose GDP was used'
      : null,
    gdpYears: [...gdpYears].sort(),
    populationYears: [...populationYears].sort(),
    gdpUsed: [...gdpUsed].sort(([a], [b]) => a - b).map(([year, usd]) => ({ year, usd })),
  };
}
