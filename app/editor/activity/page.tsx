import type { Metadata } from 'next';
import Link from 'next/link';
import { editorForPage } from '../_lib/editor-page';
import { listRecentRevisions, partyNamesFor } from '@/db/pledges';
import { changeSummary } from '@/lib/revision-changes';
import { formatTimestamp } from '@/lib/format';
import { REVISION_ACTION_LABELS } from '@/lib/domain';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Recent changes' };

export default async function ActivityPage() {
  await editorForPage('/editor/activity');
  const revisions = await listRecentRevisions(200);
  const partyName = await partyNamesFor(revisions);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Recent changes</h1>
      {/* On a phone the table scrolls inside its own box; the page itself never scrolls sideways. */}
      <div className="overflow-x-auto">
        <table className="w-full border-collapse bg-paper text-sm">
          <thead>
            <tr className="border-b border-line text-left">
              <th className="p-2">When</th>
              <th className="p-2">Who</th>
              <th className="p-2">What</th>
              <th className="p-2">Pledge</th>
              <th className="p-2">Fields</th>
              <th className="p-2">Reason</th>
            </tr>
          </thead>
          <tbody>
            {revisions.map((r) => (
              <tr key={r.id} className="border-b border-line align-top" data-testid="activity-row">
                <td className="p-2 num">{formatTimestamp(r.at)}</td>
                <td className="p-2">{r.actorLabel}</td>
                <td className="p-2">
                  {REVISION_ACTION_LABELS[r.action]} (v{r.version})
                </td>
                <td className="p-2">
                  <Link href={`/pledges/${r.pledgeId}`}>
                    #{r.pledgeId} {r.title}
                  </Link>
                </td>
                <td className="p-2">
                  {r.action === 'create'
                    ? '—'
                    : changeSummary(r.changes, { partyName, currency: r.currency })}
                </td>
                <td className="p-2">{r.reason ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
