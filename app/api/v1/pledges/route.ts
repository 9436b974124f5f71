// GET lists pledges page by page (keyset on id); POST creates one (token required).
import { listPledgesAfter } from '@/db/pledges';
import { createPledge } from '@/db/pledges';
import { actorFor } from '@/db/accounts';
import { assertKnownFields, readJsonObject } from '@/lib/api/body';
import { endpoint } from '@/lib/api/endpoints';
import { jsonResponse } from '@/lib/api/errors';
import { pledgeInputSchema } from '@/lib/pledge-schema';
import { presentPledge, presentPledgeDetail } from '@/lib/api/present';
import { PAGE_LIMIT, enumParam, intParam } from '@/lib/api/query';
import { methodNotAllowed, preflight, publicRead, tokenWrite } from '../_shared/handlers';
import { readFilters } from '../_shared/filters';
import { serverConfig } from '@/lib/env';

export const dynamic = 'force-dynamic';

const ALLOW = 'GET, HEAD, POST, OPTIONS';
const LIST = endpoint('get', '/api/v1/pledges');

export const GET = publicRead(async (request) => {
  const url = new URL(request.url);
  const filters = await readFilters(url.searchParams, LIST);
  const limit = intParam(url.searchParams, 'limit', 1, PAGE_LIMIT.max, PAGE_LIMIT.default);
  const afterId = intParam(url.searchParams, 'after', 0, Number.MAX_SAFE_INTEGER, 0);
  const includeRetracted =
    enumParam(url.searchParams, 'retracted', ['exclude', 'include'], 'exclude') === 'include';
  return async () => {
    const page = await listPledgesAfter(filters, { afterId, limit, includeRetracted });
    let next: string | null = null;
    if (page.hasMore) {
      const query = new URLSearchParams(url.searchParams);
      query.set('after', String(page.rows[page.rows.length - 1].id));
      // On the site's public address: behind a proxy the server's own host name means nothing to the client.
      next = new URL(`${url.pathname}?${query}`, serverConfig().siteUrl || url.origin).toString();
    }
    return { data: page.rows.map(presentPledge), next, total: page.total, limit };
  };
});

export const POST = tokenWrite(async (request, user) => {
  const body = await readJsonObject(request);
  assertKnownFields(body, Object.keys(pledgeInputSchema.shape), 'a pledge');
  const created = await createPledge(body, actorFor(user));
  return jsonResponse(presentPledgeDetail(created), 201, { Location: `/api/v1/pledges/${created.id}` });
});

export const OPTIONS = preflight(ALLOW);
export const PUT = methodNotAllowed(ALLOW);
export const PATCH = PUT;
export const DELETE = PUT;
