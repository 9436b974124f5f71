'use client';
// The plot of the cumulative chart (cumulative-chart.tsx): month ticks, the money axis, one step area
// per shown series and the reported totals as markers. PLOT is where the plot sits inside its box.
import { Area, AreaChart, CartesianGrid, ReferenceDot, XAxis, YAxis } from 'recharts';
import { compactMoney } from '@/lib/format';
import { axisTop, type ChartRow, type ReportedMarker } from '@/lib/cumulative-rows';
import type { ShownSeries } from './chart-tooltip';
import type { PlotInsets } from './chart-hover';
import { MarkerShape } from './marker-shape';

const MARGIN = { top: 28, right: 12, bottom: 4, left: 4 };
const Y_AXIS_WIDTH = 64;
const X_AXIS_HEIGHT = 30;
export const PLOT: PlotInsets = {
  left: MARGIN.left + Y_AXIS_WIDTH,
  right: MARGIN.right,
  top: MARGIN.top,
  bottom: MARGIN.bottom + X_AXIS_HEIGHT,
};
const monthLabel = new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** Up to `most` month starts inside [min, max], evenly thinned: readable ticks at any width. */
function monthTicks(min: number, max: number, most = 6): number[] {
  const out: number[] = [];
  const d = new Date(min);
  for (let t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1); t <= max; ) {
    out.push(t);
    const n = new Date(t);
    t = Date.UTC(n.getUTCFullYear(), n.getUTCMonth() + 1, 1);
  }
  const step = Math.ceil(out.length / most);
  return out.length ? out.filter((_, i) => i % step === 0) : [min, max];
}

export function CumulativePlot({
  rows,
  markers,
  series,
  min,
  max,
  fit,
  lanes,
  currency,
  stacked,
}: {
  rows: ChartRow[];
  markers: ReportedMarker[];
  series: ShownSeries[];
  min: number;
  max: number;
  /** Where the markers fit (lib/cumulative-rows.ts fitMarkers): the axis top and which are clipped to it. */
  fit: { top: number; clipped: boolean[] };
  lanes: number[];
  currency: string;
  /** One total stacked by category rather than the stage totals overlaid. */
  stacked: boolean;
}) {
  return (
    <AreaChart
      responsive
      accessibilityLayer={false}
      data={rows}
      margin={MARGIN}
      style={{ width: '100%', height: '100%' }}
    >
      <CartesianGrid strokeDasharray="3 3" stroke="#d9e2ec" />
      <XAxis
        dataKey="t"
        type="number"
        domain={[min, max]}
        ticks={monthTicks(min, max)}
        tickFormatter={(t: number) => monthLabel.format(t)}
        height={X_AXIS_HEIGHT}
        fontSize={11}
      />
      <YAxis
        domain={[0, axisTop(fit.top) || 'auto']}
        tickFormatter={(v: number) => compactMoney(v, currency)}
        width={Y_AXIS_WIDTH}
        fontSize={11}
      />
      {series.map((s) => (
        <Area
          key={s.label}
          type="stepAfter"
          dataKey={s.value}
          name={s.label}
          stroke={s.color}
          strokeWidth={2}
          strokeDasharray={s.dashed ? '6 4' : undefined}
          fill={s.color}
          fillOpacity={stacked ? 0.55 : 0.06}
          stackId={stacked ? 'categories' : undefined}
          isAnimationActive={false}
          dot={false}
        />
      ))}
      {markers.map((m, i) => (
        <ReferenceDot
          key={m.id}
          x={m.t}
          y={fit.clipped[i] ? fit.top : m.value}
          ifOverflow="visible"
          shape={(p) => (
            <MarkerShape
              cx={p.cx}
              cy={fit.clipped[i] ? MARGIN.top : p.cy}
              clipped={fit.clipped[i]}
              lane={lanes[i]}
              marker={m}
              currency={currency}
              alignEnd={m.t > (min + max) / 2}
            />
          )}
        />
      ))}
    </AreaChart>
  );
}
