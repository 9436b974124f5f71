// The donor ranking on a real database: stage totals by the counting rules, % of GDP and per capita
// by the World Bank figures of each pledge's year, peer groups as sums of their members.
import { describe, test, expect, beforeAll } from 'vitest';
import { useTestDatabase } from '../support/engine';
import { seedIfEmpty } from '../../db/fixtures/seed';
import { createPledge } from '../../db/pledges/writes';
import { getDonorRanking } from '../../db/totals/ranking';
import { EMPTY_FILTERS, type PledgeFilters } from '../../lib/filters';

const who = { id: null, label: 'test' };
const item = (
  donor: string,
  amount: string,
  announcedOn: string | null,
  over: Record<string, unknown> = {},
) => ({
  donor,
  recipient: 'Ukraine',
  title: `${donor} ${announcedOn}`,
  category: 'military',
  stage: 'committed',
  currency: 'USD',
  amount,
  announcedOn,
  datePrecision: announcedOn ? 'day' : 'unknown',
  sources: [{ title: 'Statement', publisher: 'Ministry' }],
  ...over,
});
const f = (over: Partial<PledgeFilters> = {}): PledgeFilters => ({ ...EMPTY_FILTERS, ...over });
const committed = { measure: 'committed' as const, gdpYear: null };
// World Bank, World Development Indicators (db/data/world-bank-*.csv).
const GDP = {
  JPN2023: 4212945159781.403,
  DEU2022: 4082469490797.681,
  DEU2023: 4456081016705.961,
  NOR2023: 485513316503.63043,
};
const POP = { JPN2023: 124516650 };

beforeAll(async () => {
  await useTestDatabase();
  await seedIfEmpty();
  await createPledge(item('Germany', '100000000', '2022-05-01'), who);
  await createPledge(item('Germany', '50000000', '2023-05-01'), who);
  await createPledge(item('Norway', '20000000', '2024-02-01'), who);
  await createPledge(item('European Union', '500000000', '2024-02-01', { donorKind: 'eu_institution' }), who);
  await createPledge(item('Atlantis', '1000000', '2024-02-01'), who);
});

describe('the donor ranking', () => {
  test('the seeded Japan: $1.037B committed is 0.025 % of its 2023 GDP, per capita by its 2023 population', async () => {
    const japan = (await getDonorRanking(f(), committed)).donors.find((d) => d.slug === 'japan')!;
    expect(japan).toMatchObject({
      iso3: 'JPN',
      committed: 103_700_000_000,
      allocated: 3_700_000_000,
      gdpYears: [2023],
      populationYears: [2023],
      noFigures: null,
    });
    expect(japan.pctGdp).toBeCloseTo((1_037_000_000 / GDP.JPN2023) * 100, 10);
    expect(japan.pctGdp!.toFixed(3)).toBe('0.025');
    expect(japan.perCapita).toBeCloseTo(1_037_000_000 / POP.JPN2023, 6);
  });

  test('each pledge divides by the GDP of its own year; gdpYear fixes one year instead', async () => {
    const own = (await getDonorRanking(f(), committed)).donors.find((d) => d.slug === 'germany')!;
    expect(own.pctGdp).toBeCloseTo((100_000_000 / GDP.DEU2022 + 50_000_000 / GDP.DEU2023) * 100, 12);
    expect(own.gdpYears).toEqual([2022, 2023]);
    const fixed = (await getDonorRanking(f(), { measure: 'committed', gdpYear: 2023 })).donors.find(
      (d) => d.slug === 'germany',
    )!;
    expect(fixed.pctGdp).toBeCloseTo((150_000_000 / GDP.DEU2023) * 100, 12);
    expect(fixed.gdpYears).toEqual([2023]);
  });

  test('parties without figures get none, with the reason, and no rank on them — never 0', async () => {
    const { donors } = await getDonorRanking(f(), committed);
    const eu = donors.find((d) => d.slug === 'european-union')!;
    const atlantis = donors.find((d) => d.slug === 'atlantis')!;
    expect(eu).toMatchObject({
      pctGdp: null,
      perCapita: null,
      ranks: { pctGdp: null, perCapita: null, committed: 2 },
    });
    expect(eu.noFigures).toMatch(/EU institution/);
    expect(atlantis).toMatchObject({ pctGdp: null, perCapita: null });
    expect(atlantis.noFigures).toMatch(/no ISO 3166 country code/);
  });

  test('ranks and shares: each column ranked largest first, shares of all listed donors add to one', async () => {
    const { donors, total } = await getDonorRanking(f(), committed);
    expect(donors.map((d) => [d.slug, d.ranks.committed])).toEqual([
      ['japan', 1],
      ['european-union', 2],
      ['germany', 3],
      ['norway', 4],
      ['atlantis', 5],
    ]);
    expect(total).toBe(donors.reduce((s, d) => s + d.committed, 0));
    expect(donors.reduce((s, d) => s + d.share!, 0)).toBeCloseTo(1, 12);
    // Norway's 20M is a larger share of its economy than Germany's 150M of its own.
    const pct = Object.fromEntries(donors.map((d) => [d.slug, d.ranks.pctGdp]));
    expect(pct).toEqual({ japan: 1, norway: 2, germany: 3, 'european-union': null, atlantis: null });
    // Nothing disbursed is no figure to be first on.
    expect(donors.map((d) => d.ranks.disbursed)).toEqual([null, null, null, null, null]);
  });

  test("a peer group keeps its members only, and its row is their sum over the group's GDP", async () => {
    const ranking = await getDonorRanking(f({ group: 'nordic' }), committed);
    expect(ranking.donors.map((d) => d.slug)).toEqual(['norway']);
    expect(ranking.groups).toHaveLength(1);
    const nordic = ranking.groups[0];
    expect(nordic).toMatchObject({ id: 'nordic', committed: 2_000_000_000, memberCount: 1 });
    expect(nordic.pctGdp!).toBeLessThan(ranking.donors[0].pctGdp!);
    const g7 = (await getDonorRanking(f(), committed)).groups.find((g) => g.id === 'g7')!;
    expect(g7).toMatchObject({ committed: 103_700_000_000 + 15_000_000_000, memberCount: 2 });
  });
});
