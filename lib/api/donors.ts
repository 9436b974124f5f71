// GET /api/v1/donors: the ranking of /donors as JSON — its schema (for the OpenAPI document), its
// own query parameters and the presenter. Money as exact decimals and minor units, as elsewhere.
import { z } from 'zod';
import { minorToDecimal } from '../money';
import { PARTY_KINDS } from '../domain';
import { RANK_COLUMNS, RANK_MEASURES, SORT_COLUMNS, type DonorRanking, type RankedFigures } from '../ranking';
import { GDP_YEARS } from '../ranking-params';
import type { QueryParam } from './query';

export const RANKING_QUERY: QueryParam[] = [
  {
    name: 'measure',
    description: 'the stage total that % of GDP, per capita and share divide',
    schema: { type: 'string', enum: [...RANK_MEASURES], default: 'committed' },
  },
  {
    name: 'gdpYear',
    description:
      "one GDP and population reference year for every pledge (default: each pledge's own year, or the latest earlier one held)",
    schema: { type: 'integer', minimum: GDP_YEARS.min, maximum: GDP_YEARS.max },
  },
  {
    name: 'sort',
    description: "order of `donors` (default: the measure's rank)",
    schema: { type: 'string', enum: [...SORT_COLUMNS] },
  },
  { name: 'dir', description: 'sort direction', schema: { type: 'string', enum: ['asc', 'desc'] } },
];

const decimal = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/)
  .describe('exact decimal in major units of the reporting currency');
const figures = {
  committed: decimal,
  committedMinor: z.int(),
  allocated: decimal,
  allocatedMinor: z.int(),
  disbursed: decimal,
  disbursedMinor: z.int(),
  pctGdp: z
    .number()
    .nullable()
    .describe(
      "the measure's USD value as a percentage of GDP (0.025 = 0.025 %); null: no figures (see noFigures)",
    ),
  perCapita: z.number().nullable().describe("the measure's USD value per inhabitant, in US dollars"),
  share: z.number().nullable().describe("the measure as a fraction (0–1) of all listed donors' together"),
  noFigures: z.string().nullable().describe('why pctGdp / perCapita are null'),
  gdpYears: z.array(z.int()),
  populationYears: z.array(z.int()),
  gdpUsed: z
    .array(z.object({ year: z.int(), usd: z.number() }))
    .describe('the GDP divided by (current USD), per year'),
};
const rank = z.int().nullable();

export const donorsOut = z.object({
  currency: z.string(),
  measure: z.enum(RANK_MEASURES),
  gdpYear: z.int().nullable(),
  undatedYear: z.int().nullable(),
  credit: z.string().describe('source of GDP and population'),
  donors: z.array(
    z.object({
      slug: z.string(),
      name: z.string(),
      kind: z.enum(PARTY_KINDS),
      iso3: z.string().nullable(),
      fiscalYearStartMonth: z
        .int()
        .nullable()
        .describe(
          "the month (1–12) the donor's fiscal year starts in (/api/v1/years counts by it); null: the calendar year",
        ),
      ...figures,
      ranks: z.object(
        Object.fromEntries(RANK_COLUMNS.map((c) => [c, rank])) as Record<
          (typeof RANK_COLUMNS)[number],
          typeof rank
        >,
      ),
    }),
  ),
  groups: z
    .array(
      z.object({
        id: z.string(),
        name: z.string(),
        asOf: z.string(),
        note: z.string().nullable(),
        members: z.array(z.string()),
        memberCount: z.int(),
        ...figures,
      }),
    )
    .describe(
      "peer groups: sums of their members among the listed donors, over the group's GDP and population",
    ),
});

function presentFigures(r: RankedFigures, currency: string) {
  return {
    committed: minorToDecimal(r.committed, currency),
    committedMinor: r.committed,
    allocated: minorToDecimal(r.allocated, currency),
    allocatedMinor: r.allocated,
    disbursed: minorToDecimal(r.disbursed, currency),
    disbursedMinor: r.disbursed,
    pctGdp: r.pctGdp,
    perCapita: r.perCapita,
    share: r.share,
    noFigures: r.noFigures,
    gdpYears: r.gdpYears,
    populationYears: r.populationYears,
    gdpUsed: r.gdpUsed,
  };
}

export function presentDonors(
  ranking: DonorRanking,
  rows: DonorRanking['donors'],
): z.output<typeof donorsOut> {
  const c = ranking.currency;
  return {
    currency: c,
    measure: ranking.measure,
    gdpYear: ranking.gdpYear,
    undatedYear: ranking.undatedYear,
    credit: ranking.credit,
    donors: rows.map((r) => ({
      slug: r.slug,
      name: r.name,
      kind: r.kind,
      iso3: r.iso3,
      fiscalYearStartMonth: r.fiscalYearStartMonth,
      ...presentFigures(r, c),
      ranks: r.ranks,
    })),
    groups: ranking.groups.map((g) => ({
      id: g.id,
      name: g.name,
      asOf: g.asOf,
      note: g.note,
      members: [...g.members],
      memberCount: g.memberCount,
      ...presentFigures(g, c),
    })),
  };
}
