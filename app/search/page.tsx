// /search?q= — public full-text search over pledges' titles, descriptions, quotes and party names.
import type { Metadata } from 'next';
import Link from 'next/link';
import { searchPledges } from '@/db/pledges';
import { SEARCH_LIMITS } from '@/lib/search-query';
import { formatDateAt } from '@/lib/dates';
import type { DatePrecision } from '@/lib/domain';
import { MarkedText } from './_components/marked-text';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Search pledges' };

const plural = (n: number) => `${n.toLocaleString('en-US')} pledge${n === 1 ? '' : 's'}`;

export default async function SearchPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { q } = await searchParams;
  const { query, total, more, hits } = await searchPledges(q);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Search pledges</h1>
      <form action="/search" method="get" role="search" className="flex flex-wrap items-end gap-2">
        <label className="flex flex-col text-sm">
          Words to find
          <input
            type="search"
            name="q"
            defaultValue={query.text}
            maxLength={SEARCH_LIMITS.chars * 2}
            className="mt-1 w-80 max-w-full rounded border border-line px-2 py-1"
          />
        </label>
        <button type="submit" className="rounded border border-line bg-paper px-3 py-1">
          Search
        </button>
      </form>
      <p className="text-sm text-muted">
        Titles, descriptions, quoted sentences and donor or recipient names, in any language; every word must
        appear. Retracted pledges are not searched.
      </p>
      {query.shortened && (
        <p className="text-sm">
          Only the first {SEARCH_LIMITS.terms} words and {SEARCH_LIMITS.chars} characters were searched.
        </p>
      )}
      {query.mode !== 'empty' && (
        <section aria-labelledby="search-results" className="space-y-3">
          <h2 id="search-results" data-testid="search-count" className="text-lg font-semibold">
            {total === 0
              ? `No pledges match “${query.text}”`
              : `${more ? 'More than ' : ''}${plural(total)} match “${query.text}”`}
            {total > hits.length &&
              (more
                ? `; ${hits.length} are shown, title matches first, then the newest`
                : `; the best ${hits.length} are shown`)}
          </h2>
          <ol className="space-y-3">
            {hits.map((h) => (
              <li key={h.id} data-testid="search-hit" className="rounded border border-line bg-paper p-3">
                <Link href={`/pledges/${h.id}`} className="font-semibold">
                  <MarkedText text={h.title} />
                </Link>
                <p className="text-sm">
                  <MarkedText text={h.parties.replace('\n', ' → ')} /> ·{' '}
                  {formatDateAt(h.announcedOn, h.datePrecision as DatePrecision)} ·{' '}
                  {h.kind === 'reported_total' ? 'reported total' : h.stage}
                </p>
                {h.description && (
                  <p className="text-sm">
                    <MarkedText text={h.description} />
                  </p>
                )}
                {h.quote && (
                  <blockquote className="border-l-2 border-line pl-2 text-sm italic">
                    <MarkedText text={h.quote} />
                  </blockquote>
                )}
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
