// GET the change feed as JSON, newest first, paged by an opaque (at, id) cursor.
import { changePartyNames, listChanges } from '@/db/changes';
import { endpoint } from '@/lib/api/endpoints';
import { intParam } from '@/lib/api/query';
import { CHANGE_PAGE, encodeCursor } from '@/lib/changes-params';
import { presentChange } from '@/lib/changes-present';
import { serverConfig } from '@/lib/env';
import { methodNotAllowed, preflight, publicRead } from '../_shared/handlers';
import { readChangeQuery } from './read-query';

export const dynamic = 'force-dynamic';

const ALLOW = 'GET, HEAD, OPTIONS';
const LIST = endpoint('get', '/api/v1/changes');

export const GET = publicRead((request) => {
  const url = new URL(request.url);
  const { filters, cursor } = readChangeQuery(url.searchParams, LIST);
  const limit = intParam(url.searchParams, 'limit', 1, CHANGE_PAGE.max, CHANGE_PAGE.default);
  return async () => {
    const page = await listChanges(filters, { cursor, limit });
    const names = await changePartyNames(page.rows);
    // On the site's public address: behind a proxy the server's own host name means nothing to the client.
    const site = serverConfig().siteUrl || url.origin;
    let next: string | null = null;
    if (page.next) {
      const query = new URLSearchParams(url.searchParams);
      query.set('cursor', encodeCursor(page.next));
      next = new URL(`${url.pathname}?${query}`, site).toString();
    }
    return { data: page.rows.map((c) => presentChange(c, names, site)), next, limit };
  };
});

export const OPTIONS = preflight(ALLOW);
export const POST = methodNotAllowed(ALLOW);
export const PUT = POST;
export const PATCH = POST;
export const DELETE = POST;
