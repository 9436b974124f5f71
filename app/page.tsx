import Link from 'next/link';
import { getTotals } from '@/db/totals';
import { listPledges } from '@/db/pledges';
import { parseFilters } from '@/lib/filters';
import { moneyOrDash, plural } from '@/lib/format';
import { STAGE_LABELS, CATEGORY_LABELS } from '@/lib/domain';
import { formatDateAt } from '@/lib/dates';

export const dynamic = 'force-dynamic';

export default async function Dashboard({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { filters } = parseFilters(await searchParams);
  const totals = getTotals(filters);
  const list = listPledges(filters, { pageSize: 50 });
  const c = filters.currency;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Aid pledges</h1>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {([['Committed', totals.committed], ['Allocated', totals.allocated], ['Disbursed', totals.disbursed], ['Announced, not yet committed', totals.announced]] as const).map(([label, value]) => (
          <div key={label} className="rounded border border-line bg-paper p-3">
            <dt className="text-sm text-muted">{label}</dt>
            <dd className="num text-xl font-semibold">{moneyOrDash(value, c)}</dd>
          </div>
        ))}
      </dl>
      <p className="text-sm text-muted">{plural(totals.unquantifiedCount, 'unquantified in-kind pledge')} counted, not summed.</p>
      <table className="w-full border-collapse bg-paper text-sm">
        <thead><tr className="border-b border-line text-left"><th className="p-2">Date</th><th className="p-2">Donor → recipient</th><th className="p-2">Title</th><th className="p-2">Category</th><th className="p-2">Stage</th><th className="p-2 text-right">Amount</th></tr></thead>
        <tbody>
          {list.rows.map((p) => (
            <tr key={p.id} className="border-b border-line">
              <td className="p-2 num">{formatDateAt(p.announcedOn, p.datePrecision)}</td>
              <td className="p-2">{p.donor.name} → {p.recipient.name}</td>
              <td className="p-2"><Link href={`/pledges/${p.id}`}>{p.title}</Link></td>
              <td className="p-2">{CATEGORY_LABELS[p.category]}</td>
              <td className="p-2">{p.kind === 'reported_total' ? 'Reported total' : STAGE_LABELS[p.stage]}</td>
              <td className="p-2 num text-right">{moneyOrDash(p.amount, p.currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
