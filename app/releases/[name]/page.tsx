import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { listReleaseCorrections } from '@/db/releases';
import { formatTimestamp, plural } from '@/lib/format';
import { REVISION_ACTIONS, REVISION_ACTION_LABELS } from '@/lib/domain';
import { changeSentence } from '@/lib/revision-changes';
import { isReleaseName } from '@/lib/release-schema';
import { ReleaseFiles } from '../_parts/release-files';

export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ name: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The segment as typed; a malformed escape is no release's name (and never an error). */
function segmentName(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

async function load({ params, searchParams }: Props) {
  const { name } = await params;
  const { page } = await searchParams;
  const asked = Number(Array.isArray(page) ? page[0] : (page ?? 1));
  const list = await listReleaseCorrections(segmentName(name), Number.isFinite(asked) ? asked : 1);
  if (!list) notFound();
  return list;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const name = segmentName((await params).name);
  return { title: isReleaseName(name) ? `Release ${name}: corrections` : 'Release' };
}

export default async function ReleasePage(props: Props) {
  const { release, previous, counts, total, page, pageCount, changes } = await load(props);
  const tally = REVISION_ACTIONS.filter((a) => counts[a]).map(
    (a) => `${REVISION_ACTION_LABELS[a]}: ${counts[a]}`,
  );
  const pageHref = (n: number) => `/releases/${release.name}${n > 1 ? `?page=${n}` : ''}`;
  return (
    <article className="space-y-5">
      <header className="space-y-1">
        <p className="text-sm text-muted">
          <Link href="/releases">Releases</Link> › {release.name}
        </p>
        <h1 className="text-2xl font-semibold">Release {release.name}</h1>
        <p className="text-sm">
          Cut on <time dateTime={release.cutAt}>{formatTimestamp(release.cutAt)}</time>
          {release.createdByName ? ` by ${release.createdByName}` : ''}.
        </p>
        {release.note && <p className="max-w-3xl whitespace-pre-line">{release.note}</p>}
      </header>
      <section aria-labelledby="files-h" className="space-y-1">
        <h2 id="files-h" className="font-semibold">
          Files as they stood
        </h2>
        <ReleaseFiles name={release.name} />
      </section>
      <section aria-labelledby="corrections-h" className="space-y-2">
        <h2 id="corrections-h" className="font-semibold">
          Corrections list
        </h2>
        <p className="text-sm" data-testid="corrections-summary">
          {previous ? (
            <>
              Every change since release <Link href={`/releases/${previous.name}`}>{previous.name}</Link> (
              {formatTimestamp(previous.cutAt)}):{' '}
            </>
          ) : (
            'Every change since the record began: '
          )}
          {plural(total, 'change')}
          {tally.length ? ` (${tally.join('; ')})` : ''}.
        </p>
        <ol className="space-y-3 text-sm">
          {changes.map((c) => (
            <li key={c.id} className="rounded border border-line bg-paper p-3" data-testid="correction">
              <p>
                <strong>{REVISION_ACTION_LABELS[c.action]}</strong>{' '}
                <Link href={`/pledges/${c.pledgeId}`}>
                  #{c.pledgeId} {c.title}
                </Link>{' '}
                by {c.actorLabel} on {formatTimestamp(c.at)} (version {c.version})
                {c.reason ? ` — “${c.reason}”` : ''}
              </p>
              {c.lines.length > 0 && (
                <ul className="mt-1 list-disc pl-5">
                  {c.lines.map((line) => (
                    <li key={line.field} className="break-words">
                      {changeSentence(line)}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
        {pageCount > 1 && (
          <nav aria-label="Pages of the corrections list" className="flex gap-4 text-sm">
            {page > 1 && <Link href={pageHref(page - 1)}>Previous page</Link>}
            <span>
              Page {page} of {pageCount}
            </span>
            {page < pageCount && <Link href={pageHref(page + 1)}>Next page</Link>}
          </nav>
        )}
      </section>
    </article>
  );
}
