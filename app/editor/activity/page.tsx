import type { Metadata } from 'next';
import Link from 'next/link';
import { editorForPage } from '../_lib/editor-page';
import { listRecentRevisions } from '@/db/revisions';
import { formatTimestamp } from '@/lib/format';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Recent changes' };

const ACTION_LABELS = { create: 'Created', update: 'Edited', retract: 'Retracted' } as const;

export default async function ActivityPage() {
  await editorForPage('/editor/activity');
  const revisions = listRecentRevisions(200);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Recent changes</h1>
      {/* On a phone the table scrolls inside its own box; the page itself never scrolls sideways. */}
      <div className="overflow-x-auto">
        <table className="w-full border-collapse bg-paper text-sm">
          <thead><tr className="border-b border-line text-left"><th className="p-2">When</th><th className="p-2">Who</th><th className="p-2">What</th><th className="p-2">Pledge</th><th className="p-2">Fields</th><th className="p-2">Reason</th></tr></thead>
          <tbody>
            {revisions.map((r) => (
              <tr key={r.id} className="border-b border-line align-top" data-testid="activity-row">
                <td className="p-2 num">{formatTimestamp(r.at)}</td>
                <td className="p-2">{r.actorLabel}</td>
                <td className="p-2">{ACTION_LABELS[r.action]} (v{r.version})</td>
                <td className="p-2"><Link href={`/pledges/${r.pledgeId}`}>#{r.pledgeId} {r.title}</Link></td>
                <td className="p-2">{r.action === 'create' ? '—' : Object.keys(r.changes).join(', ')}</td>
                <td className="p-2">{r.reason ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
