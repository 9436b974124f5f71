// Headline totals, donor × category rows and each donor's delivery: the dashboard's, the donor pages'
// and the summary export's numbers.
import { getDeliveryByDonor, getReportedTotals, getTotals } from '@/db/totals';
import { endpoint } from '@/lib/api/endpoints';
import { presentSummary } from '@/lib/api/present';
import { methodNotAllowed, preflight, publicRead } from '../_shared/handlers';
import { readFilters } from '../_shared/filters';

export const dynamic = 'force-dynamic';

const ALLOW = 'GET, HEAD, OPTIONS';
const SUMMARY = endpoint('get', '/api/v1/summary');

export const GET = publicRead(async (request) => {
  const filters = await readFilters(new URL(request.url).searchParams, SUMMARY);
  return async () =>
    presentSummary(
      filters.currency,
      await getTotals(filters),
      await getDeliveryByDonor(filters),
      await getReportedTotals(filters),
    );
});

export const OPTIONS = preflight(ALLOW);
export const POST = methodNotAllowed(ALLOW);
export const PUT = POST;
export const PATCH = POST;
export const DELETE = POST;
