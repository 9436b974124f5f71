import type { Metadata } from 'next';
import Link from 'next/link';
import { editorForPage } from './_lib/editor-page';
import { PledgeFinder } from './_components/pledge-finder';
import { listEditorPledges } from '@/db/pledges';
import {
  editorDefaultDir,
  editorListHref,
  parseEditorListParams,
  type EditorSort,
} from '@/lib/editor-list-params';
import { claimText, formatTimestamp } from '@/lib/format';
import { STAGE_LABELS } from '@/lib/domain';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Editor' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const COLUMNS: { sort: EditorSort; label: string; className?: string }[] = [
  { sort: 'id', label: '#' },
  { sort: 'updated', label: 'Changed' },
  { sort: 'donor', label: 'Donor → recipient' },
  { sort: 'title', label: 'Title' },
  { sort: 'stage', label: 'Stage' },
  { sort: 'amount', label: 'Amount', className: 'text-right' },
];

/** Every pledge, retracted ones included and labelled, found by words or id, sortable by any column. */
export default async function EditorHome({ searchParams }: Props) {
  await editorForPage('/editor');
  const { list: params, problems } = parseEditorListParams(await searchParams);
  const list = await listEditorPledges(params);
  const current = { ...params, page: list.page };
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">Pledges</h1>
        <Link
          href="/editor/pledges/new"
          className="rounded bg-accent px-3 py-2 font-semibold text-white no-underline"
        >
          New pledge
        </Link>
      </div>
      {/* key: after a client navigation (Clear, a sort link) the fields show the new URL, not the last choices. */}
      <PledgeFinder key={editorListHref(params, {})} list={params} />
      {problems.length > 0 && (
        <p role="alert" className="text-sm text-red-800">
          {problems.join('. ')}.
        </p>
      )}
      <p className="text-sm text-muted" data-testid="editor-list-count">
        {list.total.toLocaleString('en-US')} {list.total === 1 ? 'pledge' : 'pledges'}
      </p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse bg-paper text-sm">
          <thead>
            <tr className="border-b border-line text-left">
              {COLUMNS.map((c) => {
                const active = params.sort === c.sort;
                const dir = active ? (params.dir === 'asc' ? 'desc' : 'asc') : editorDefaultDir(c.sort);
                return (
                  <th
                    key={c.sort}
                    className={`p-2 ${c.className ?? ''}`}
                    aria-sort={active ? (params.dir === 'asc' ? 'ascending' : 'descending') : undefined}
                  >
                    <Link href={editorListHref(current, { sort: c.sort, dir, page: 1 })}>
                      {c.label}
                      {active ? (params.dir === 'asc' ? ' ▲' : ' ▼') : ''}
                    </Link>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {list.rows.map((p) => (
              <tr
                key={p.id}
                className={`border-b border-line ${p.retractedAt ? 'text-muted' : ''}`}
                data-testid="editor-row"
              >
                <td className="p-2 num">{p.id}</td>
                <td className="p-2 num">{formatTimestamp(p.updatedAt)}</td>
                <td className="p-2">
                  {p.donor.name} → {p.recipient.name}
                </td>
                <td className="p-2">
                  <Link href={`/editor/pledges/${p.id}`}>{p.title}</Link>
                  {p.retractedAt && (
                    <span className="ml-2 rounded border border-red-700 px-1 text-xs text-red-800">
                      Retracted
                    </span>
                  )}
                </td>
                <td className="p-2">
                  {p.kind === 'reported_total' ? 'Reported total' : STAGE_LABELS[p.stage]}
                </td>
                <td className="p-2 num text-right">{claimText(p.amount, p.currency, p.isLowerBound)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {list.rows.length === 0 && (
        <p>
          No pledge matches. <Link href="/editor">Show all pledges</Link>
        </p>
      )}
      <nav aria-label="Pages" className="flex gap-4 text-sm">
        {list.page > 1 && <Link href={editorListHref(current, { page: list.page - 1 })}>Previous</Link>}
        <span>
          Page {list.page} of {list.pages}
        </span>
        {list.page < list.pages && <Link href={editorListHref(current, { page: list.page + 1 })}>Next</Link>}
      </nav>
    </div>
  );
}
