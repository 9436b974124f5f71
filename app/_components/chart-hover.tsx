'use client';
// Hover and touch read-out for the cumulative chart, drawn over its plot area. Recharts' own
// Tooltip would add several kilobytes of client JS; on a step chart the row in force at the
// pointer's date is all a reader needs, and the "show data" table carries the same figures.
import { useState } from 'react';
import type { ChartRow, ReportedMarker } from '@/lib/cumulative-rows';
import { ChartTooltip, type ShownSeries } from './chart-tooltip';

export type PlotInsets = { left: number; right: number; top: number; bottom: number };

export function ChartHover({ rows, min, max, insets, series, markers, currency }: {
  rows: ChartRow[]; min: number; max: number; insets: PlotInsets; series: ShownSeries[]; markers: ReportedMarker[]; currency: string;
}) {
  const [at, setAt] = useState<{ x: number; fraction: number; row: ChartRow } | null>(null);
  const track = (e: React.PointerEvent<HTMLDivElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const x = Math.min(Math.max(e.clientX - box.left, 0), box.width);
    const t = min + (x / box.width) * (max - min);
    // A step holds its value until the next row: the row in force is the last one at or before t.
    const row = rows.filter((r) => r.t <= t).at(-1) ?? rows[0];
    setAt({ x, fraction: x / box.width, row });
  };
  return (
    <div aria-hidden="true" className="absolute" style={{ ...insets, touchAction: 'pan-y' }}
      onPointerMove={track} onPointerDown={track} onPointerLeave={() => setAt(null)}>
      {at && (
        <>
          <div className="pointer-events-none absolute inset-y-0 w-px bg-slate-400" style={{ left: at.x }} />
          <div className="pointer-events-none absolute top-2 z-10" style={at.fraction > 0.5 ? { right: `calc(100% - ${at.x}px + 8px)` } : { left: at.x + 8 }}>
            <ChartTooltip row={at.row} series={series} markers={markers} currency={currency} />
          </div>
        </>
      )}
    </div>
  );
}
