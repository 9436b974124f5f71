// /export/donors.csv: the ranking of /donors and /api/v1/donors as CSV records, donors first in
// rank order, then the peer groups. Money in the reporting currency's major units; an empty cell
// where a donor has no figures (no_figures says why), never 0.
import { minorToDecimal } from '../money';
import type { DonorRanking, RankedFigures } from '../ranking';
import { RANK_COLUMNS } from '../ranking';
import { neutraliseCell } from './neutralise';

export const DONOR_COLUMNS = [
  'row',
  'donor',
  'donor_name',
  'kind',
  'iso3',
  'currency',
  'committed',
  'allocated',
  'disbursed',
  'measure',
  'pct_gdp',
  'per_capita_usd',
  'share',
  'gdp_years',
  'population_years',
  'gdp_used_usd',
  'no_figures',
  'rank_committed',
  'rank_allocated',
  'rank_disbursed',
  'rank_pct_gdp',
  'rank_per_capita',
  'rank_share',
  'source',
  'fiscal_year_start_month',
] as const;

const number = (v: number | null) => (v === null ? '' : String(v));

function figureCells(r: RankedFigures, ranking: DonorRanking): string[] {
  const c = ranking.currency;
  return [
    c,
    minorToDecimal(r.committed, c),
    minorToDecimal(r.allocated, c),
    minorToDecimal(r.disbursed, c),
    ranking.measure,
    number(r.pctGdp),
    number(r.perCapita),
    number(r.share),
    r.gdpYears.join(' '),
    r.populationYears.join(' '),
    r.gdpUsed.map((g) => `${g.year}:${Math.round(g.usd)}`).join(' '),
    r.noFigures ?? '',
  ];
}

export function donorRecords(ranking: DonorRanking): string[][] {
  const credit = ranking.credit;
  return [
    ...ranking.donors.map((d) => [
      'donor',
      d.slug,
      neutraliseCell(d.name),
      d.kind,
      d.iso3 ?? '',
      ...figureCells(d, ranking),
      ...RANK_COLUMNS.map((col) => number(d.ranks[col])),
      credit,
      number(d.fiscalYearStartMonth),
    ]),
    ...ranking.groups.map((g) => [
      'group',
      g.id,
      g.name,
      'group',
      '',
      ...figureCells(g, ranking),
      ...RANK_COLUMNS.map(() => ''),
      credit,
      '',
    ]),
  ];
}
