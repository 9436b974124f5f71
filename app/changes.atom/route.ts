// /changes.atom: the newest changes of the public record as an Atom 1.0 feed, with the filters of
// /changes. A bad filter is refused with a 400 that names it (a feed reader has no page to show
// an "ignored" note on); the document itself is written by lib/changes-atom.ts.
import { changePartyNames, listChanges } from '@/db/changes';
import { getDataVersion } from '@/db/meta';
import { atomXml } from '@/lib/changes-atom';
import { CHANGE_PAGE, changeFiltersToParams, parseChangeQuery } from '@/lib/changes-params';
import { changeHeadline, changeHtml } from '@/lib/changes-text';
import { serverConfig } from '@/lib/env';
import { isNotModified, publicCacheControl, validatorHeaders, validatorsFor } from '@/lib/api/http-cache';

export const dynamic = 'force-dynamic';

const withQuery = (path: string, query: URLSearchParams) => (query.size ? `${path}?${query}` : path);

export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const { filters, problems } = parseChangeQuery(url.searchParams);
  if (url.searchParams.has('cursor'))
    problems.push('cursor is not a parameter of the feed; it always starts at the newest');
  if (problems.length)
    return new Response(
      `Bad feed address:\n${problems.map((p) => `- ${p.replace(/;[^;]*$/, '')}`).join('\n')}\n`,
      {
        status: 400,
        headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
      },
    );
  const data = await getDataVersion();
  const validators = validatorsFor(data);
  const headers = { 'Cache-Control': publicCacheControl(), ...validatorHeaders(validators) };
  if (isNotModified(request.headers, validators)) return new Response(null, { status: 304, headers });

  const { rows } = await listChanges(filters, { limit: CHANGE_PAGE.default });
  const names = await changePartyNames(rows);
  const site = serverConfig().siteUrl || url.origin;
  const query = changeFiltersToParams(filters);
  const xml = atomXml({
    id: `${site}${withQuery('/changes.atom', query)}`,
    title: query.size ? 'Aid Pledge Tracker: changes (filtered)' : 'Aid Pledge Tracker: changes',
    subtitle: 'Every new pledge, correction, cancellation, retraction and un-retraction, newest first.',
    updated: rows[0]?.at ?? data.changedAt ?? new Date(0).toISOString(),
    author: 'Aid Pledge Tracker',
    selfUrl: `${site}${withQuery('/changes.atom', query)}`,
    htmlUrl: `${site}${withQuery('/changes', query)}`,
    entries: rows.map((c) => ({
      id: `${site}/pledges/${c.pledgeId}#revision-${c.id}`,
      title: changeHeadline(c),
      updated: c.at,
      link: `${site}/pledges/${c.pledgeId}`,
      author: c.actorLabel,
      html: changeHtml(c, names),
    })),
  });
  return new Response(xml, {
    headers: { ...headers, 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
}
