'use client';
// The cumulative chart's read-out, drawn over its plot area, for a mouse, a finger and the keyboard.
// Recharts' own Tooltip would add several kilobytes of client JS; on a step chart the row in force
// at a date is all a reader needs, and the "show data" table carries the same figures.
// - A mouse read-out follows the pointer and goes when it leaves.
// - A touch read-out stays until the next touch: a finger lifting ends the pointer (pointerleave
//   follows every pointerup of a touch), which would otherwise wipe it before it can be read.
// - The plot is one Tab stop; the arrow keys, Home and End step through the rows, and each step is
//   written to a polite live region for screen readers.
import { useEffect, useRef, useState } from 'react';
import type { ChartRow, ReportedMarker } from '@/lib/cumulative-rows';
import { formatMoney } from '@/lib/money';
import { compactMoney } from '@/lib/format';
import { ChartTooltip, type ShownSeries } from './chart-tooltip';

export type PlotInsets = { left: number; right: number; top: number; bottom: number };
type ReadOut = { index: number; x: number; fraction: number; by: 'mouse' | 'touch' | 'key' };

/** The row the key moves to from `from` (-1: none shown yet), or null for a key that is not ours. */
function stepTo(key: string, from: number, count: number): number | null {
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  if (key === 'ArrowRight' || key === 'ArrowDown') return Math.min(from + 1, count - 1);
  if (key === 'ArrowLeft' || key === 'ArrowUp') return from < 0 ? count - 1 : Math.max(from - 1, 0);
  return null;
}

/** What a screen reader says for a row: its date, each line's figure, a claim made that day. */
function spoken(row: ChartRow, series: ShownSeries[], markers: ReportedMarker[], currency: string): string {
  const figures = series.map((s) => `${s.label} ${formatMoney(s.value(row), currency)}`).join(', ');
  const marker = markers.find((m) => m.date === row.date);
  const claim = marker
    ? `; reported ${marker.isLowerBound ? 'more than ' : ''}${compactMoney(marker.value, currency)}`
    : '';
  return `${row.date}: ${figures}${claim}`;
}

export function ChartHover({
  rows,
  min,
  max,
  insets,
  series,
  markers,
  currency,
}: {
  rows: ChartRow[];
  min: number;
  max: number;
  insets: PlotInsets;
  series: ShownSeries[];
  markers: ReportedMarker[];
  currency: string;
}) {
  const [at, setAt] = useState<ReadOut | null>(null);
  const plot = useRef<HTMLDivElement>(null);
  const track = (e: React.PointerEvent<HTMLDivElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const x = Math.min(Math.max(e.clientX - box.left, 0), box.width);
    const t = min + (x / box.width) * (max - min);
    // A step holds its value until the next row: the row in force is the last one at or before t.
    const index = Math.max(
      0,
      rows.findLastIndex((r) => r.t <= t),
    );
    setAt({ index, x, fraction: x / (box.width || 1), by: e.pointerType === 'mouse' ? 'mouse' : 'touch' });
  };
  const onKey = (e: React.KeyboardEvent<HTMLDivElement>) => {
    const index = stepTo(e.key, at?.index ?? -1, rows.length);
    if (index === null) return;
    e.preventDefault();
    const fraction = max > min ? (rows[index].t - min) / (max - min) : 0;
    setAt({ index, x: fraction * (plot.current?.clientWidth ?? 0), fraction, by: 'key' });
  };
  const touched = at?.by === 'touch';
  useEffect(() => {
    if (!touched) return;
    const away = (e: PointerEvent) => {
      if (!plot.current?.contains(e.target as Node)) setAt(null);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [touched]);

  const row = at ? rows[at.index] : undefined;
  return (
    <div
      ref={plot}
      tabIndex={0}
      role="group"
      data-testid="chart-plot"
      className="absolute"
      style={{ ...insets, touchAction: 'pan-y' }}
      aria-label="Chart read-out: use the arrow keys, Home and End to step through the dates"
      onPointerMove={track}
      onPointerDown={track}
      onKeyDown={onKey}
      onPointerLeave={(e) => {
        if (e.pointerType === 'mouse') setAt(null);
      }}
      onBlur={() => {
        if (at?.by === 'key') setAt(null);
      }}
    >
      {at && row && (
        <div aria-hidden="true">
          <div className="pointer-events-none absolute inset-y-0 w-px bg-slate-400" style={{ left: at.x }} />
          <div
            data-testid="chart-readout"
            className="pointer-events-none absolute top-8 z-10 sm:top-12"
            style={at.fraction > 0.5 ? { right: `calc(100% - ${at.x}px + 8px)` } : { left: at.x + 8 }}
          >
            <ChartTooltip row={row} series={series} markers={markers} currency={currency} />
          </div>
        </div>
      )}
      {/* A mouse user sees the read-out; announcing every pointer move would drown a screen reader. */}
      <p aria-live="polite" className="sr-only">
        {row && at?.by !== 'mouse' ? spoken(row, series, markers, currency) : ''}
      </p>
    </div>
  );
}
