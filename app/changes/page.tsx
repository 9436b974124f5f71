// /changes: the public change feed — every new pledge, correction, cancellation, retraction and
// un-retraction, newest first, filtered like the dashboard; with `since`/`until` it leads with
// the effect of the window's changes on the totals. Also as /changes.atom and /api/v1/changes.
import type { Metadata } from 'next';
import Link from 'next/link';
import { changePartyNames, listChanges, summariseChanges } from '@/db/changes';
import { getPartiesBySlugs } from '@/db/pledges';
import { listFilterParties } from '@/db/totals';
import { CHANGE_PAGE, changeFiltersToParams, encodeCursor, parseChangeQuery } from '@/lib/changes-params';
import { ProblemsNotice } from '../_components/problems-notice';
import type { SearchParams } from '../_components/dashboard-view';
import { ChangeFiltersForm } from './_components/change-filters';
import { ChangeList } from './_components/change-list';
import { EffectSummary } from './_components/effect-summary';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Changes to the record' };

export default async function ChangesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { filters: asked, cursor, problems } = parseChangeQuery(await searchParams);
  // A slug no party has would match nothing: say so instead of showing an empty feed.
  const known = new Set((await getPartiesBySlugs([...asked.donor, ...asked.recipient])).map((p) => p.slug));
  const keep = (key: 'donor' | 'recipient') =>
    asked[key].filter((slug) => {
      if (!known.has(slug)) problems.push(`${key} "${slug}" is not a donor or recipient we know; ignored`);
      return known.has(slug);
    });
  const filters = { ...asked, donor: keep('donor'), recipient: keep('recipient') };
  const query = changeFiltersToParams(filters);
  const windowed = !!(filters.since || filters.until);
  const [page, summary, parties] = await Promise.all([
    listChanges(filters, { cursor, limit: CHANGE_PAGE.default }),
    windowed ? summariseChanges(filters) : null,
    listFilterParties(),
  ]);
  const names = await changePartyNames(
    page.rows,
    summary && !summary.tooMany ? summary.rows.map((r) => r.donor) : [],
  );
  const withQuery = (path: string, extra?: [string, string]) => {
    const q = new URLSearchParams(query);
    if (extra) q.set(...extra);
    return q.size ? `${path}?${q}` : path;
  };
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">Changes to the record</h1>
        <p className="max-w-3xl text-sm text-muted">
          Every new pledge, correction, cancellation, retraction and un-retraction, newest first, with who
          made it, why, and what it did to the totals. Filters match each pledge as it is now. Follow it as an{' '}
          <a href={withQuery('/changes.atom')}>Atom feed</a> or read it as{' '}
          <a href={withQuery('/api/v1/changes')}>JSON</a>.
        </p>
      </header>
      <ProblemsNotice problems={problems} />
      <ChangeFiltersForm filters={filters} donors={parties.donors} recipients={parties.recipients} />
      {summary && <EffectSummary filters={filters} summary={summary} names={names} />}
      <section aria-labelledby="changes-h" className="space-y-3">
        <h2 id="changes-h" className="text-lg font-semibold">
          {cursor ? 'Older changes' : 'Newest changes'}
        </h2>
        {page.rows.length === 0 ? (
          <p className="text-sm">No changes match these filters.</p>
        ) : (
          <ChangeList changes={page.rows} names={names} />
        )}
        <nav aria-label="Pages of changes" className="flex gap-4 text-sm">
          {cursor && <Link href={withQuery('/changes')}>Newest changes</Link>}
          {page.next && (
            <Link href={withQuery('/changes', ['cursor', encodeCursor(page.next)])} rel="next">
              Older changes →
            </Link>
          )}
        </nav>
      </section>
    </div>
  );
}
