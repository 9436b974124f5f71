// Cumulative support over time: the dashboard chart's and the series export's numbers.
import { getSeries } from '@/db/totals';
import { endpoint } from '@/lib/api/endpoints';
import { presentSeries } from '@/lib/api/present';
import { INTERVALS, enumParam } from '@/lib/api/query';
import { DATE_BASES, DATES_PARAM } from '@/lib/filters';
import { methodNotAllowed, preflight, publicRead } from '../_shared/handlers';
import { readFilters } from '../_shared/filters';

export const dynamic = 'force-dynamic';

const ALLOW = 'GET, HEAD, OPTIONS';
const SERIES = endpoint('get', '/api/v1/series');

export const GET = publicRead(async (request) => {
  const params = new URL(request.url).searchParams;
  const filters = await readFilters(params, SERIES);
  const interval = enumParam(params, 'interval', INTERVALS, 'month');
  const dates = enumParam(params, DATES_PARAM, DATE_BASES, 'announced');
  return async () => presentSeries(await getSeries(filters, interval, dates));
});

export const OPTIONS = preflight(ALLOW);
export const POST = methodNotAllowed(ALLOW);
export const PUT = POST;
export const PATCH = POST;
export const DELETE = POST;
