// The donor ranking of /donors as JSON, for the same filters and the ranking's own parameters.
import { getDonorRanking } from '@/db/totals';
import { endpoint } from '@/lib/api/endpoints';
import { presentDonors } from '@/lib/api/donors';
import { refuseProblems } from '@/lib/api/query';
import { parseRankingParams } from '@/lib/ranking-params';
import { sortRows } from '@/lib/ranking';
import { methodNotAllowed, preflight, publicRead } from '../_shared/handlers';
import { readFilters } from '../_shared/filters';

export const dynamic = 'force-dynamic';

const ALLOW = 'GET, HEAD, OPTIONS';
const DONORS = endpoint('get', '/api/v1/donors');

export const GET = publicRead(async (request) => {
  const params = new URL(request.url).searchParams;
  const filters = await readFilters(params, DONORS);
  const { ranking: asked, problems } = parseRankingParams(params);
  refuseProblems(problems);
  return async () => {
    const ranking = await getDonorRanking(filters, { measure: asked.measure, gdpYear: asked.gdpYear });
    return presentDonors(
      ranking,
      asked.sort ? sortRows(ranking.donors, asked.sort, asked.dir) : ranking.donors,
    );
  };
});

export const OPTIONS = preflight(ALLOW);
export const POST = methodNotAllowed(ALLOW);
export const PUT = POST;
export const PATCH = POST;
export const DELETE = POST;
