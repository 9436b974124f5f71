// Support per year: the /years page's and the years export's numbers.
import { getAnnualView } from '@/db/totals';
import { endpoint } from '@/lib/api/endpoints';
import { enumParam } from '@/lib/api/query';
import { presentYears } from '@/lib/api/years';
import { YEAR_BASES, YEAR_BASIS_PARAM } from '@/lib/years';
import { methodNotAllowed, preflight, publicRead } from '../_shared/handlers';
import { readFilters } from '../_shared/filters';

export const dynamic = 'force-dynamic';

const ALLOW = 'GET, HEAD, OPTIONS';
const YEARS = endpoint('get', '/api/v1/years');

export const GET = publicRead(async (request) => {
  const params = new URL(request.url).searchParams;
  const filters = await readFilters(params, YEARS);
  const basis = enumParam(params, YEAR_BASIS_PARAM, YEAR_BASES, 'fiscal');
  return async () => presentYears(await getAnnualView(filters, basis));
});

export const OPTIONS = preflight(ALLOW);
export const POST = methodNotAllowed(ALLOW);
export const PUT = POST;
export const PATCH = POST;
export const DELETE = POST;
