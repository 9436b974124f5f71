import type { Metadata } from 'next';
import Link from 'next/link';
import { editorForPage } from '../_lib/editor-page';
import { listReleases } from '@/db/releases';
import { formatTimestamp } from '@/lib/format';
import { CutReleaseForm } from './release-form';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Releases' };

export default async function EditorReleasesPage() {
  await editorForPage('/editor/releases', { admin: true });
  const releases = await listReleases();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Releases</h1>
      <p className="max-w-3xl text-sm text-muted">
        A release names the record as it stands at the moment it is cut, so it can be cited and its files
        downloaded as they were. Its corrections list is every change since the previous release. A release
        cannot be renamed or removed. The public list is at <Link href="/releases">/releases</Link>.
      </p>
      <CutReleaseForm />
      <section aria-labelledby="existing-h" className="space-y-2">
        <h2 id="existing-h" className="font-semibold">
          Existing releases ({releases.length})
        </h2>
        {releases.length === 0 ? (
          <p className="text-sm">No release has been cut yet.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse bg-paper text-sm">
              <thead>
                <tr className="border-b border-line text-left">
                  <th className="p-2">Name</th>
                  <th className="p-2">Cut at</th>
                  <th className="p-2">By</th>
                  <th className="p-2">Note</th>
                </tr>
              </thead>
              <tbody>
                {releases.map((r) => (
                  <tr key={r.id} className="border-b border-line align-top" data-testid="release-row">
                    <td className="p-2">
                      <Link href={`/releases/${r.name}`}>{r.name}</Link>
                    </td>
                    <td className="p-2 num">{formatTimestamp(r.cutAt)}</td>
                    <td className="p-2">{r.createdByName}</td>
                    <td className="p-2 whitespace-pre-line">{r.note ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
