'use client';
// The cumulative chart's tooltip: the date, the running figures shown, and the pledges that moved them.
import type { ChartRow, ReportedMarker } from '@/lib/cumulative-rows';
import { compactMoney } from '@/lib/format';
import type { LegendEntry } from './chart-download';

export type ShownSeries = LegendEntry & { value: (row: ChartRow) => number };

export function ChartTooltip({
  row,
  series,
  markers,
  currency,
}: {
  row: ChartRow | undefined;
  series: ShownSeries[];
  markers: ReportedMarker[];
  currency: string;
}) {
  if (!row) return null;
  const marker = markers.find((m) => m.date === row.date);
  return (
    <div className="max-w-72 rounded border border-line bg-paper p-2 text-xs shadow">
      <p className="font-semibold">{row.date}</p>
      <ul>
        {series.map((s) => (
          <li key={s.label} className="num">
            <span style={{ color: s.color }}>■</span> {s.label}: {compactMoney(s.value(row), currency)}
          </li>
        ))}
      </ul>
      {marker && (
        <p className="mt-1 text-red-700">
          Reported: {marker.isLowerBound ? 'more than ' : ''}
          {compactMoney(marker.value, currency)} ({marker.donor} → {marker.recipient})
        </p>
      )}
      {row.moverCount > 0 && (
        <>
          <p className="mt-1 text-muted">
            Moved by {row.moverCount === 1 ? '1 pledge' : `${row.moverCount} pledges`}:
          </p>
          <ul className="list-disc pl-4">
            {row.movers.map((m) => (
              <li key={m.id}>
                {m.title} ({m.value == null ? 'unquantified' : compactMoney(m.value, currency)})
              </li>
            ))}
            {row.moverCount > row.movers.length && <li>and {row.moverCount - row.movers.length} more</li>}
          </ul>
        </>
      )}
    </div>
  );
}
