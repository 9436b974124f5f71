import type { Metadata } from 'next';
import Link from 'next/link';
import { editorForPage } from './_lib/editor-page';
import { listPledges } from '@/db/pledges';
import { parseFilters } from '@/lib/filters';
import { claimText, formatTimestamp } from '@/lib/format';
import { STAGE_LABELS } from '@/lib/domain';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Editor' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Pledges by last change, retracted ones included, each with its edit link. */
export default async function EditorHome({ searchParams }: Props) {
  await editorForPage('/editor');
  const params = await searchParams;
  const { filters } = parseFilters(params);
  const page = Number(params.page) || 1;
  const list = listPledges(filters, { sort: 'updated', dir: 'desc', page, pageSize: 50, includeRetracted: true });
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">Pledges</h1>
        <Link href="/editor/pledges/new" className="rounded bg-accent px-3 py-2 text-white no-underline">New pledge</Link>
      </div>
      {/* On a phone the table scrolls inside its own box; the page itself never scrolls sideways. */}
      <div className="overflow-x-auto">
        <table className="w-full border-collapse bg-paper text-sm">
          <thead><tr className="border-b border-line text-left"><th className="p-2">Changed</th><th className="p-2">Donor → recipient</th><th className="p-2">Title</th><th className="p-2">Stage</th><th className="p-2 text-right">Amount</th></tr></thead>
          <tbody>
            {list.rows.map((p) => (
              <tr key={p.id} className={`border-b border-line ${p.retractedAt ? 'text-muted line-through' : ''}`}>
                <td className="p-2 num">{formatTimestamp(p.updatedAt)}</td>
                <td className="p-2">{p.donor.name} → {p.recipient.name}</td>
                <td className="p-2"><Link href={`/editor/pledges/${p.id}`}>{p.title}</Link></td>
                <td className="p-2">{p.kind === 'reported_total' ? 'Reported total' : STAGE_LABELS[p.stage]}</td>
                <td className="p-2 num text-right">{claimText(p.amount, p.currency, p.isLowerBound)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label="Pages" className="flex gap-4 text-sm">
        {list.page > 1 && <Link href={`/editor?page=${list.page - 1}`}>Newer</Link>}
        <span>Page {list.page} of {list.pages}</span>
        {list.page < list.pages && <Link href={`/editor?page=${list.page + 1}`}>Older</Link>}
      </nav>
    </div>
  );
}
