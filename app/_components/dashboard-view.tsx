// The dashboard for `/` and, scoped to one party, for /donors/[slug] and /recipients/[slug].
// Server component: reads db/ verbs only; the charts and the filter bar are client components.
import { getReportedClaims, getTotals } from '@/db/totals';
import { lastUpdatedAt, listPledges } from '@/db/pledges';
import {
  dropUnknownParties,
  getCumulativeChart,
  getTopBreakdown,
  listFilterParties,
  listReportingCurrencies,
} from '@/db/totals';
import {
  DATE_BASES,
  DATES_PARAM,
  filtersToSearchParams,
  parseDateBasis,
  parseFilters,
  type DateBasis,
} from '@/lib/filters';
import { parseTableParams, tableHref } from '@/lib/table-params';
import { CATEGORY_LABELS, type Category } from '@/lib/domain';
import { describeFilters } from '@/lib/filter-summary';
import { exportHref } from '@/lib/csv/export-href';
import { withAsOf } from '@/db/as-of';
import { AS_OF_PARAM, asOfParam } from '@/lib/as-of';
import { ProblemsNotice } from './problems-notice';
import { AsOfBanner } from './as-of-banner';
import { FilterBar } from './filter-bar';
import { HeadlineFigures } from './headline-figures';
import { CumulativeSection } from './cumulative-section';
import { BreakdownSection } from './breakdown-section';
import { PledgeTable } from './pledge-table';
import { DashboardCitation } from './dashboard-citation';

export type SearchParams = Record<string, string | string[] | undefined>;
export type Scope = { role: 'donor' | 'recipient'; slug: string; name: string };

export async function DashboardView({
  params,
  path,
  scope,
}: {
  params: SearchParams;
  path: string;
  scope?: Scope;
}) {
  const currencies = await listReportingCurrencies();
  const parsed = await withAsOf(await dropUnknownParties(parseFilters(params, currencies.all)), params);
  const { table, problems: tableProblems } = parseTableParams(params);
  const problems = [...parsed.problems, ...tableProblems];
  const dates = parseDateBasis(params, problems);
  let filters = parsed.filters;
  if (scope) {
    if (filters[scope.role].some((s) => s !== scope.slug))
      problems.push(`${scope.role} is fixed on ${scope.name}'s page; the ${scope.role} filter was ignored`);
    filters = { ...filters, [scope.role]: [scope.slug] };
  }
  const base = filtersToSearchParams(filters);
  if (scope) base.delete(scope.role);
  // The chart's `dates=` is the page's own view, carried by its links like a filter (it changes no total).
  if (dates !== 'announced') base.set(DATES_PARAM, dates);
  const keepQuery = new URLSearchParams(
    tableHref('', new URLSearchParams(), { sort: table.sort, dir: table.dir }).replace(/^\?/, ''),
  );
  // A filter change keeps the table's order and the chart's `dates=`.
  if (dates !== 'announced') keepQuery.set(DATES_PARAM, dates);
  if (filters.asOf) keepQuery.set(AS_OF_PARAM, asOfParam(filters.asOf));
  const keep = keepQuery.toString();
  const link = (to: string, change: (q: URLSearchParams) => void) => {
    const q = new URLSearchParams(base);
    change(q);
    return q.size ? `${to}?${q}` : to;
  };
  // On a donor's page the interesting split is by recipient, and the other way round.
  const partyDimension = scope?.role === 'donor' ? 'recipient' : 'donor';
  const byCategory = await getTopBreakdown(filters, 'category');
  byCategory.rows = byCategory.rows.map((r) => ({
    ...r,
    label: CATEGORY_LABELS[r.key as Category] ?? r.label,
  }));
  const options = {
    ...(await listFilterParties()),
    currencies: [...new Set([...currencies.current, filters.currency])],
  };
  const names = new Map(
    [...options.donors, ...options.recipients, ...(scope ? [scope] : [])].map((p) => [p.slug, p.name]),
  );
  const described = describeFilters(filters, (slug) => names.get(slug) ?? slug);
  const lastUpdated = await lastUpdatedAt();
  const datesHrefs = Object.fromEntries(
    DATE_BASES.map((basis) => [
      basis,
      `${link(path, (q) => {
        for (const [k, v] of keepQuery) q.set(k, v);
        if (basis === 'announced') q.delete(DATES_PARAM);
        else q.set(DATES_PARAM, basis);
      })}#cumulative-h`,
    ]),
  ) as Record<DateBasis, string>;
  return (
    <div className="space-y-5">
      <ProblemsNotice problems={problems} />
      <AsOfBanner asOf={filters.asOf} />
      <FilterBar path={path} filters={filters} options={options} scope={scope?.role ?? null} keep={keep} />
      <HeadlineFigures
        totals={await getTotals(filters)}
        claims={await getReportedClaims(filters)}
        currency={filters.currency}
        lastUpdated={lastUpdated}
      />
      <CumulativeSection
        chart={await getCumulativeChart(filters, undefined, dates)}
        described={described}
        dataAsOf={lastUpdated?.slice(0, 10) ?? null}
        csvHref={exportHref('pledges', filters)}
        datesHrefs={datesHrefs}
      />
      <div className="grid gap-5 lg:grid-cols-2">
        <BreakdownSection
          id="by-party"
          title={partyDimension === 'donor' ? 'By donor' : 'By recipient'}
          currency={filters.currency}
          data={await getTopBreakdown(filters, partyDimension)}
          hrefFor={(slug) => link(`/${partyDimension}s/${slug}`, (q) => q.delete(partyDimension))}
        />
        <BreakdownSection
          id="by-category"
          title="By category"
          currency={filters.currency}
          data={byCategory}
          hrefFor={(c) => link(path, (q) => q.set('category', c))}
        />
      </div>
      <PledgeTable
        list={
          await listPledges(filters, { page: table.page, pageSize: 25, sort: table.sort, dir: table.dir })
        }
        table={table}
        path={path}
        base={base}
        currency={filters.currency}
      />
      {scope ? null : await DashboardCitation({ params, path })}
    </div>
  );
}
