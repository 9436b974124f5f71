// The pledge table: sorted and paged on the server through listPledges; sort and page live in
// the URL next to the filters, so a table view is a link too.
import Link from 'next/link';
import type { PledgeList } from '@/db/pledges';
import { CATEGORY_LABELS, STAGE_LABELS } from '@/lib/domain';
import { formatDateAt } from '@/lib/dates';
import { claimText, moneyOrDash } from '@/lib/format';
import { defaultDir, tableHref, type TableParams, type TableSort } from '@/lib/table-params';

type Column = { label: string; sort?: TableSort; numeric?: boolean };

export function PledgeTable({
  list,
  table,
  path,
  base,
  currency,
}: {
  list: PledgeList;
  table: TableParams;
  path: string;
  base: URLSearchParams;
  currency: string;
}) {
  const columns: Column[] = [
    { label: 'Date', sort: 'date' },
    { label: 'Donor → recipient', sort: 'donor' },
    { label: 'Title', sort: 'title' },
    { label: 'Category', sort: 'category' },
    { label: 'Stage', sort: 'stage' },
    { label: 'Original amount', numeric: true },
    { label: `In ${currency}`, sort: 'amount', numeric: true },
    { label: 'Sources', numeric: true },
  ];
  const header = (c: Column) => {
    if (!c.sort) return c.label;
    const active = table.sort === c.sort;
    const dir = active ? (table.dir === 'asc' ? 'desc' : 'asc') : defaultDir(c.sort);
    return (
      <Link href={tableHref(path, base, { sort: c.sort, dir })} scroll={false}>
        {c.label}
        {active ? (table.dir === 'asc' ? ' ▲' : ' ▼') : ''}
      </Link>
    );
  };
  return (
    <section aria-labelledby="pledges-h" className="rounded border border-line bg-paper p-3">
      <h2 id="pledges-h" className="font-semibold">
        Pledges
      </h2>
      <p className="text-sm text-muted">
        {list.total.toLocaleString('en-US')} in view, retracted ones left out. Choose a title for its sources
        and history.
      </p>
      {table.page > list.pages && (
        <p role="status" className="text-sm text-amber-900">
          Page {table.page} is past the last page ({list.pages}); showing page {list.page}.
        </p>
      )}
      <div
        className="mt-2 overflow-x-auto"
        tabIndex={0}
        role="region"
        aria-label="Pledge table (scrolls sideways)"
      >
        <table className="w-full min-w-[56rem] border-collapse text-sm" data-testid="pledge-table">
          <thead>
            <tr className="border-b border-line text-left">
              {columns.map((c) => (
                <th
                  key={c.label}
                  scope="col"
                  className={`p-2 ${c.numeric ? 'text-right' : ''}`}
                  aria-sort={
                    c.sort && table.sort === c.sort
                      ? table.dir === 'asc'
                        ? 'ascending'
                        : 'descending'
                      : undefined
                  }
                >
                  {header(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {list.rows.map((p) => (
              <tr key={p.id} className="border-b border-line align-top">
                <td className="num p-2 whitespace-nowrap">{formatDateAt(p.announcedOn, p.datePrecision)}</td>
                <td className="p-2">
                  {p.donor.name} → {p.recipient.name}
                </td>
                <td className="p-2">
                  <Link href={`/pledges/${p.id}`}>{p.title}</Link>
                </td>
                <td className="p-2">{CATEGORY_LABELS[p.category]}</td>
                <td className="p-2">
                  {p.kind === 'reported_total' ? 'Reported total (not summed)' : STAGE_LABELS[p.stage]}
                </td>
                <td className="num p-2 text-right">
                  {p.amount == null
                    ? 'unquantified, in kind'
                    : `${claimText(p.amount, p.currency, p.isLowerBound)} ${p.currency}`}
                </td>
                <td className="num p-2 text-right">
                  {p.amount == null ? '—' : moneyOrDash(p.value, currency)}
                </td>
                <td className="num p-2 text-right">{p.sourceCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label="Pages of pledges" className="mt-2 flex items-center gap-3 text-sm">
        {list.page > 1 ? (
          <Link href={tableHref(path, base, { ...table, page: list.page - 1 })} scroll={false}>
            ← Previous
          </Link>
        ) : (
          <span className="text-muted">← Previous</span>
        )}
        <span>
          Page {list.page} of {list.pages}
        </span>
        {list.page < list.pages ? (
          <Link href={tableHref(path, base, { ...table, page: list.page + 1 })} scroll={false}>
            Next →
          </Link>
        ) : (
          <span className="text-muted">Next →</span>
        )}
      </nav>
    </section>
  );
}
