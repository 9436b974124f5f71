// /donors: the ranking of donors for the dashboard's filters — stage totals, % of GDP, per capita,
// share and rank — sortable by any column, narrowed to a peer group (the filter bar's "Donor group"),
// with what each figure means.
import type { Metadata } from 'next';
import { getDonorRanking, dropUnknownParties, listFilterParties, listReportingCurrencies } from '@/db/totals';
import { filtersToSearchParams, parseFilters } from '@/lib/filters';
import { withAsOf } from '@/db/as-of';
import { AS_OF_PARAM, asOfParam } from '@/lib/as-of';
import { AsOfBanner } from '../_components/as-of-banner';
import { parseRankingParams, rankingToSearchParams } from '@/lib/ranking-params';
import { RANK_MEASURES, sortRows, type SortColumn } from '@/lib/ranking';
import { MEASURE_LABELS } from '../_components/chart-theme';
import { ProblemsNotice } from '../_components/problems-notice';
import { FilterBar } from '../_components/filter-bar';
import type { SearchParams } from '../_components/dashboard-view';
import { RankingTable } from './_components/ranking-table';
import { GroupTable } from './_components/group-table';
import { RankingDefinitions } from './_components/ranking-notes';
import { DonorCharts } from './_components/donor-charts';
import { describeFilters } from '@/lib/filter-summary';

export const dynamic = 'force-dynamic';

/** The filter bar keeps the ranking's own parameters, and the record's moment. */
const withAsOfParam = (q: URLSearchParams, asOf: string | null | undefined) => {
  if (asOf) q.set(AS_OF_PARAM, asOfParam(asOf));
  return q.toString();
};
export const metadata: Metadata = { title: 'Donors ranked · Aid Pledge Tracker' };

export default async function DonorsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const currencies = await listReportingCurrencies();
  const parsed = await withAsOf(await dropUnknownParties(parseFilters(params, currencies.all)), params);
  const { ranking: asked, problems } = parseRankingParams(params);
  const { filters } = parsed;
  const ranking = await getDonorRanking(filters, { measure: asked.measure, gdpYear: asked.gdpYear });
  const sort: SortColumn = asked.sort ?? asked.measure;
  const rows = sortRows(ranking.donors, sort, asked.dir);
  const href = (change: { ranking: Partial<typeof asked> }) => {
    const q = filtersToSearchParams(filters);
    for (const [k, v] of rankingToSearchParams({ ...asked, ...change.ranking })) q.set(k, v);
    return q.size ? `/donors?${q}` : '/donors';
  };
  // The CSV holds every column, so the table's sort is not carried; the measure and year are.
  const csv = href({ ranking: { sort: null } }).replace(/^\/donors/, '/export/donors.csv');
  return (
    <div className="space-y-4">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">Donors ranked</h1>
        <p className="max-w-3xl text-sm text-muted">
          Who gives how much, and how much of their economy it is: each donor&apos;s totals beside its % of
          GDP, its figure per inhabitant and its share of all donors, ranked on each.
        </p>
      </header>
      <ProblemsNotice problems={[...parsed.problems, ...problems]} />
      <AsOfBanner asOf={filters.asOf} />
      <FilterBar
        path="/donors"
        filters={filters}
        scope={null}
        keep={withAsOfParam(rankingToSearchParams(asked), filters.asOf)}
        options={{
          ...(await listFilterParties()),
          currencies: [...new Set([...currencies.current, filters.currency])],
        }}
      />
      <nav aria-label="Measure" className="flex flex-wrap gap-3 text-sm">
        <span>Measured by:</span>
        {RANK_MEASURES.map((m) => (
          <a
            key={m}
            href={href({ ranking: { measure: m, sort: null } })}
            aria-current={m === asked.measure ? 'page' : undefined}
            className={m === asked.measure ? 'font-semibold' : ''}
          >
            {MEASURE_LABELS[m]}
          </a>
        ))}
        <a href={csv} data-testid="donors-csv">
          Download CSV
        </a>
      </nav>
      <div className="grid gap-4 lg:grid-cols-[1fr_18rem]">
        <div className="min-w-0 space-y-4">
          {rows.length === 0 ? (
            <p className="text-sm text-muted">No donor has pledges matching these filters.</p>
          ) : (
            <RankingTable
              ranking={ranking}
              rows={rows}
              filters={filters}
              sort={sort}
              dir={asked.dir}
              sortHref={(column, dir) => href({ ranking: { sort: column, dir } })}
            />
          )}
          {rows.length > 0 && (
            <DonorCharts
              donors={ranking.donors}
              currency={ranking.currency}
              measure={sort === 'name' ? asked.measure : sort}
              csvHref={csv}
              credit={`Aid Pledge Tracker · GDP and population: ${ranking.credit}`}
              {...describeFilters(filters, (s) => s)}
            />
          )}
          <GroupTable ranking={ranking} />
        </div>
        <RankingDefinitions ranking={ranking} />
      </div>
    </div>
  );
}
