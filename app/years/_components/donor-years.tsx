// The donor page's "Support per year": the /years section for one donor, with the page's filters
// (the donor fixed by the address) and its own `basis=`. Included by app/donors/[slug]/page.tsx.
import { getPartyBySlug } from '@/db/pledges';
import { dropUnknownParties, getAnnualView, listReportingCurrencies } from '@/db/totals';
import { filtersToSearchParams, parseFilters } from '@/lib/filters';
import { isSlug } from '@/lib/domain';
import { YEAR_BASIS_PARAM, type YearBasis } from '@/lib/years';
import { parseYearBasis } from '@/lib/years-params';
import type { PartyPageProps } from '@/app/_components/party-page';
import { YearsSection } from './years-section';
import { withAsOf } from '@/db/as-of';

function slugOf(raw: string): string | null {
  try {
    const slug = decodeURIComponent(raw);
    return isSlug(slug) ? slug : null;
  } catch {
    return null;
  }
}

export async function DonorYears({ params, searchParams }: PartyPageProps) {
  const slug = slugOf((await params).slug);
  const party = slug ? await getPartyBySlug(slug) : null;
  if (!party) return null;
  const query = await searchParams;
  const currencies = await listReportingCurrencies();
  const parsed = await withAsOf(await dropUnknownParties(parseFilters(query, currencies.all)), query);
  const filters = { ...parsed.filters, donor: [party.slug] };
  // A bad `basis` falls back to fiscal years; the dashboard above already lists the page's problems.
  const basis = parseYearBasis(query);
  const view = await getAnnualView(filters, basis);
  if (view.rows.length === 0 && view.withoutYear.itemCount + view.calendarYearOnly.itemCount === 0)
    return null;
  const withBasis = (to: string, b: YearBasis, keepDonor: boolean) => {
    const q = filtersToSearchParams(filters);
    if (!keepDonor) q.delete('donor');
    if (b !== 'fiscal') q.set(YEAR_BASIS_PARAM, b);
    return q.size ? `${to}?${q}` : to;
  };
  const page = `/donors/${encodeURIComponent(party.slug)}`;
  return (
    <div className="mt-5">
      <YearsSection
        view={view}
        basisHref={(b) => `${withBasis(page, b, false)}#years-h`}
        csvHref={withBasis('/export/years.csv', basis, true)}
        apiHref={withBasis('/api/v1/years', basis, true)}
      />
    </div>
  );
}
