// The table of /pledges/undated (page.tsx): each pledge the chart counts but cannot place, with its
// parties, stage and amount, and, by the date each stage was reached, the lines it has no date for.
import Link from 'next/link';
import type { UndatedRow } from '@/db/totals';
import { formatMoney } from '@/lib/money';
import { STAGE_LABELS } from '@/lib/domain';

export function UndatedTable({
  rows,
  page,
  pages,
  reached,
}: {
  rows: UndatedRow[];
  page: number;
  pages: number;
  /** By the date each stage was reached: a column names the lines without a date. */
  reached: boolean;
}) {
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Pledges without a date">
      <table className="w-full text-sm" data-testid="undated-table">
        <caption className="sr-only">
          Pledges without a date, page {page} of {pages}
        </caption>
        <thead>
          <tr className="text-left">
            <th scope="col" className="p-1">
              Pledge
            </th>
            <th scope="col" className="p-1">
              Donor → recipient
            </th>
            <th scope="col" className="p-1">
              Stage
            </th>
            <th scope="col" className="p-1 text-right">
              Amount
            </th>
            {reached && (
              <th scope="col" className="p-1">
                No date for
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-t border-line" data-id={r.id}>
              <td className="p-1">
                <Link href={`/pledges/${r.id}`}>{r.title}</Link>
              </td>
              <td className="p-1">
                {r.donor} → {r.recipient}
              </td>
              <td className="p-1">{STAGE_LABELS[r.stage]}</td>
              <td className="num p-1 text-right">
                {r.amount == null || !r.currency ? 'not quantified' : formatMoney(r.amount, r.currency)}
              </td>
              {reached && <td className="p-1">{r.lines.join(', ')}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
