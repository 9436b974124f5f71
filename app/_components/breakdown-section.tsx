// A breakdown (top donors, recipients or categories first) as bars with the full table beside them.
import Link from 'next/link';
import type { TopBreakdown } from '@/db/totals';
import { MEASURES } from '@/lib/counting';
import { formatMoney } from '@/lib/money';
import { plural } from '@/lib/format';
import { MEASURE_LABELS } from './chart-theme';
import { BreakdownBars } from './breakdown-bars';

export function BreakdownSection({
  id,
  title,
  data,
  currency,
  hrefFor,
}: {
  id: string;
  title: string;
  data: TopBreakdown;
  currency: string;
  hrefFor: (key: string) => string;
}) {
  const full = (v: number) => formatMoney(v, currency);
  return (
    <figure aria-labelledby={`${id}-h`} className="min-w-0 rounded border border-line bg-paper p-3">
      <figcaption>
        <h2 id={`${id}-h`} className="font-semibold">
          {title}
        </h2>
        <p className="text-sm text-muted">
          Largest committed plus announced first
          {data.rest.count ? `; ${plural(data.rest.count, 'other')} summed in the table` : ''}.
        </p>
      </figcaption>
      {data.rows.length === 0 ? (
        <p className="text-sm text-muted">Nothing matches these filters.</p>
      ) : (
        <BreakdownBars rows={data.rows} currency={currency} hrefFor={hrefFor} />
      )}
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer">Show the data</summary>
        <div className="overflow-x-auto">
          <table className="mt-2 w-full text-right">
            <caption className="sr-only">
              {title} ({currency})
            </caption>
            <thead>
              <tr>
                <th scope="col" className="p-1 text-left">
                  Name
                </th>
                {MEASURES.map((m) => (
                  <th key={m} scope="col" className="p-1">
                    {MEASURE_LABELS[m]}
                  </th>
                ))}
                <th scope="col" className="p-1">
                  Pledges
                </th>
              </tr>
            </thead>
            <tbody>
              {data.rows.map((r) => (
                <tr key={r.key} className="border-t border-line">
                  <th scope="row" className="p-1 text-left font-normal">
                    <Link href={hrefFor(r.key)}>{r.label}</Link>
                  </th>
                  {MEASURES.map((m) => (
                    <td key={m} className="num p-1">
                      {full(r.totals[m])}
                    </td>
                  ))}
                  <td className="num p-1">{r.totals.itemCount}</td>
                </tr>
              ))}
              {data.rest.count > 0 && (
                <tr className="border-t border-line">
                  <th scope="row" className="p-1 text-left font-normal">
                    {plural(data.rest.count, 'other')}
                  </th>
                  {MEASURES.map((m) => (
                    <td key={m} className="num p-1">
                      {full(data.rest.totals[m])}
                    </td>
                  ))}
                  <td className="num p-1">{data.rest.totals.itemCount}</td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
