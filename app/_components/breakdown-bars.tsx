// Horizontal bars per donor, recipient or category, drawn in HTML on the server: no chart library
// to load, nothing to hydrate, and the exact figures sit in the table beside them.
import Link from 'next/link';
import { MEASURES } from '@/lib/counting';
import type { BreakdownRow } from '@/db/totals';
import { compactMoney } from '@/lib/format';
import { MEASURE_COLORS, MEASURE_LABELS } from './chart-theme';

export function BreakdownBars({
  rows,
  currency,
  hrefFor,
}: {
  rows: BreakdownRow[];
  currency: string;
  hrefFor: (key: string) => string;
}) {
  const max = Math.max(1, ...rows.flatMap((r) => MEASURES.map((m) => r.totals[m])));
  return (
    <div data-testid="breakdown-chart">
      <ul className="mb-2 flex flex-wrap gap-x-3 text-xs" aria-label="Legend">
        {MEASURES.map((m) => (
          <li key={m} className="flex items-center gap-1">
            <span
              aria-hidden="true"
              className="inline-block h-2 w-3"
              style={{ background: MEASURE_COLORS[m] }}
            />
            {MEASURE_LABELS[m]}
          </li>
        ))}
      </ul>
      <ol className="space-y-2">
        {rows.map((r) => (
          <li key={r.key} className="grid grid-cols-[minmax(5rem,8rem)_1fr] items-center gap-2 text-xs">
            <Link href={hrefFor(r.key)} className="truncate text-sm">
              {r.label}
            </Link>
            <div className="space-y-px">
              {MEASURES.map((m) => (
                <div
                  key={m}
                  className="flex items-center gap-1"
                  title={`${MEASURE_LABELS[m]}: ${compactMoney(r.totals[m], currency)}`}
                >
                  <span
                    className="block h-2.5 rounded-r-sm"
                    style={{
                      width: `${(r.totals[m] / max) * 80}%`,
                      minWidth: r.totals[m] > 0 ? 2 : 0,
                      background: MEASURE_COLORS[m],
                    }}
                  />
                  <span className="num text-muted">
                    <span className="sr-only">{MEASURE_LABELS[m]}: </span>
                    {compactMoney(r.totals[m], currency)}
                  </span>
                </div>
              ))}
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}
