// The table of support per year (years-section.tsx): one row a year with its stage totals, its
// pledge count and a note when it holds pledges spread over several years.
import { formatMoney } from '@/lib/money';
import { plural } from '@/lib/format';
import type { AnnualView } from '@/lib/years-table';

export function YearsTable({ rows, currency }: { rows: AnnualView['rows']; currency: string }) {
  const money = (minor: number) => formatMoney(minor, currency);
  return (
    <div
      className="relative overflow-x-auto"
      tabIndex={0}
      role="region"
      aria-label="Support per year (scrolls sideways)"
    >
      <table className="w-full border-collapse text-sm" data-testid="years-table">
        <thead>
          <tr className="border-b border-line text-left">
            <th className="p-2">Year</th>
            <th className="p-2 text-right">Committed</th>
            <th className="p-2 text-right">Allocated</th>
            <th className="p-2 text-right">Disbursed</th>
            <th className="p-2 text-right">Pledges</th>
            <th className="p-2">Note</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.year} className="border-b border-line" data-testid="year-row">
              <th scope="row" className="p-2 text-left font-normal">
                {r.label}
                {r.span && r.label.startsWith('FY') && (
                  <span className="block text-xs text-muted">{r.span}</span>
                )}
              </th>
              <td className="p-2 text-right">{money(r.totals.committed)}</td>
              <td className="p-2 text-right">{money(r.totals.allocated)}</td>
              <td className="p-2 text-right">{money(r.totals.disbursed)}</td>
              <td className="p-2 text-right">{r.totals.itemCount}</td>
              <td className="p-2 text-muted">
                {r.spreadCount > 0 &&
                  `includes ${plural(r.spreadCount, 'pledge')} spread over several years, an estimate`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
