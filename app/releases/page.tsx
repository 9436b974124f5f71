import type { Metadata } from 'next';
import Link from 'next/link';
import { listReleases } from '@/db/releases';
import { formatTimestamp } from '@/lib/format';
import { ReleaseFiles } from './_parts/release-files';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Releases' };

export default async function ReleasesPage() {
  const releases = await listReleases();
  return (
    <div className="space-y-5">
      <header>
        <h1 className="text-2xl font-semibold">Releases</h1>
        <p className="max-w-3xl text-sm text-muted">
          A release is a named moment of the record, for citing: its files are the record exactly as it stood
          when the release was cut, and its corrections list shows every change since the release before it.
          The live record keeps changing; a release does not.
        </p>
      </header>
      {releases.length === 0 ? (
        <p>No release has been cut yet.</p>
      ) : (
        <ol className="space-y-4">
          {releases.map((r) => (
            <li key={r.id} className="rounded border border-line bg-paper p-4" data-testid="release">
              <h2 className="text-lg font-semibold">
                <Link href={`/releases/${r.name}`}>Release {r.name}</Link>
              </h2>
              <p className="text-sm text-muted">
                Cut on <time dateTime={r.cutAt}>{formatTimestamp(r.cutAt)}</time>
                {r.createdByName ? ` by ${r.createdByName}` : ''}
              </p>
              {r.note && <p className="mt-1 whitespace-pre-line">{r.note}</p>}
              <p className="mt-2 text-sm">
                <Link href={`/releases/${r.name}`}>Corrections list of {r.name}</Link>
              </p>
              <div className="mt-2">
                <ReleaseFiles name={r.name} />
              </div>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
