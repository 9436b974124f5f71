// /years: support per year with the dashboard's filters (the same query parameters), by calendar
// year or each donor's fiscal year (`basis=`). The figures come from db/totals (getAnnualView), the
// same as /export/years.csv and /api/v1/years.
import type { Metadata } from 'next';
import Link from 'next/link';
import { dropUnknownParties, getAnnualView, listFilterParties, listReportingCurrencies } from '@/db/totals';
import { filtersToSearchParams, parseFilters } from '@/lib/filters';
import { describeFilters } from '@/lib/filter-summary';
import { YEAR_BASIS_PARAM, type YearBasis } from '@/lib/years';
import { parseYearBasis } from '@/lib/years-params';
import { ProblemsNotice } from '../_components/problems-notice';
import { FilterBar } from '../_components/filter-bar';
import type { SearchParams } from '../_components/dashboard-view';
import { YearsSection } from './_components/years-section';
import { withAsOf } from '@/db/as-of';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Support per year' };

export default async function YearsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const currencies = await listReportingCurrencies();
  const parsed = await withAsOf(await dropUnknownParties(parseFilters(params, currencies.all)), params);
  const problems = [...parsed.problems];
  const basis = parseYearBasis(params, problems);
  const filters = parsed.filters;
  const base = filtersToSearchParams(filters);
  const withBasis = (to: string, b: YearBasis) => {
    const q = new URLSearchParams(base);
    if (b !== 'fiscal') q.set(YEAR_BASIS_PARAM, b);
    return q.size ? `${to}?${q}` : to;
  };
  const parties = await listFilterParties();
  const options = { ...parties, currencies: [...new Set([...currencies.current, filters.currency])] };
  const names = new Map([...parties.donors, ...parties.recipients].map((p) => [p.slug, p.name]));
  const described = describeFilters(filters, (slug) => names.get(slug) ?? slug);
  const dashboard = base.size ? `/?${base}` : '/';
  return (
    <div className="space-y-4">
      <header>
        <h1 className="text-2xl font-semibold">Support per year</h1>
        <p className="max-w-3xl text-sm text-muted">
          {described.title}: committed, allocated and disbursed per year. Back to the{' '}
          <Link href={dashboard}>dashboard</Link> with the same filters.
        </p>
      </header>
      <ProblemsNotice problems={problems} />
      <FilterBar
        path="/years"
        filters={filters}
        options={options}
        scope={null}
        keep={basis === 'fiscal' ? '' : `${YEAR_BASIS_PARAM}=${basis}`}
      />
      <YearsSection
        view={await getAnnualView(filters, basis)}
        basisHref={(b) => withBasis('/years', b)}
        csvHref={withBasis('/export/years.csv', basis)}
        apiHref={withBasis('/api/v1/years', basis)}
      />
    </div>
  );
}
