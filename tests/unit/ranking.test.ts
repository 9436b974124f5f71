import { describe, test, expect } from 'vitest';
import { ranksOf, sortRows, type DonorRow } from '../../lib/ranking';
import { normalise } from '../../lib/gdp-share';
import { CountryFigures } from '../../lib/country-figures';

const row = (name: string, pctGdp: number | null): DonorRow => ({
  slug: name,
  name,
  kind: 'government',
  iso3: null,
  fiscalYearStartMonth: null,
  committed: 0,
  allocated: 0,
  disbursed: 0,
  pctGdp,
  perCapita: null,
  share: null,
  noFigures: null,
  gdpYears: [],
  populationYears: [],
  gdpUsed: [],
  ranks: { committed: null, allocated: null, disbursed: null, pctGdp: null, perCapita: null, share: null },
});

describe('ranking arithmetic', () => {
  test('competition ranks, largest first; a missing figure has no rank, nor has nothing', () => {
    expect(ranksOf([5, null, 9, 5, 1, 0])).toEqual([2, null, 1, 2, 4, null]);
  });

  test('sorting either way keeps missing figures last', () => {
    const rows = [row('a', 0.1), row('b', null), row('c', 0.3)];
    expect(sortRows(rows, 'pctGdp', 'asc').map((r) => r.name)).toEqual(['a', 'c', 'b']);
    expect(sortRows(rows, 'pctGdp', 'desc').map((r) => r.name)).toEqual(['c', 'a', 'b']);
  });

  test('a year not out yet uses the latest earlier year; a year before any figure gives none, with the reason', () => {
    const figures = new CountryFigures();
    figures.add('gdp', 'XXX', 2020, 1_000_000);
    figures.add('population', 'XXX', 2020, 10);
    const late = normalise([{ year: 2024, usd: 100 }], ['XXX'], figures, null);
    expect(late).toMatchObject({ perCapita: 0.1, gdpYears: [2020], populationYears: [2020] });
    expect(late.pctGdp).toBeCloseTo(0.0001, 15);
    const early = normalise([{ year: 2019, usd: 100 }], ['XXX'], figures, null);
    expect(early).toMatchObject({ pctGdp: null, perCapita: null });
    expect(early.noFigures).toMatch(/no World Bank GDP for XXX by 2019/);
  });
});
