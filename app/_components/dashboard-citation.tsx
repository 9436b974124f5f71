// "Cite this" for a dashboard view: titled by its filters in words (the chart's own title,
// lib/filter-summary.ts) and addressed by the filters as the page understood them, so a
// parameter the page ignored is not cited either.
import { dropUnknownParties, listReportingCurrencies } from '@/db/totals';
import { getPartiesBySlugs } from '@/db/pledges';
import { DATES_PARAM, filtersToSearchParams, parseDateBasis, parseFilters } from '@/lib/filters';
import { describeFilters } from '@/lib/filter-summary';
import { citedAsOf } from '@/lib/citation-url';
import { CiteThis } from './cite-this';

// Awaited last by the dashboard (app/_components/dashboard-view.tsx) rather than rendered as an
// element of its own: an async sibling would stream in whichever order it finished, and two renders
// of one version of a page would differ in bytes (tests/e2e/page-cache.test.ts holds them equal).
import type { SearchParams } from './dashboard-view';

export async function DashboardCitation({ params, path }: { params: SearchParams; path: string }) {
  const currencies = await listReportingCurrencies();
  const { filters } = await dropUnknownParties(parseFilters(params, currencies.all));
  const parties = await getPartiesBySlugs([...filters.donor, ...filters.recipient]);
  const names = new Map(parties.map((p) => [p.slug, p.name]));
  const described = describeFilters(filters, (slug) => names.get(slug) ?? slug);
  const query = filtersToSearchParams(filters);
  const dates = parseDateBasis(params);
  if (dates !== 'announced') query.set(DATES_PARAM, dates);
  return CiteThis({
    title: `Aid pledges: ${described.title}`,
    path,
    query,
    asOf: citedAsOf(params.asOf),
    slug: `dashboard-${described.fileSuffix}`,
  });
}
