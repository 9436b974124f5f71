'use client';
// Cumulative support over time: running stage totals (or, toggled, one total stacked by category)
// as steps by announcement date, with reported totals drawn as labelled markers.
import { useRef, useState } from 'react';
import { Area, AreaChart, CartesianGrid, ReferenceDot, XAxis, YAxis } from 'recharts';
import { MEASURES, type Measure } from '@/lib/counting';
import { CATEGORIES, CATEGORY_LABELS } from '@/lib/domain';
import { compactMoney } from '@/lib/format';
import { axisTop, fitMarkers, markerLanes, type ChartRow, type ReportedMarker } from '@/lib/cumulative-rows';
import {
  CATEGORY_COLORS,
  CUMULATIVE_HEIGHT,
  MARKER_COLOR,
  MEASURE_COLORS,
  MEASURE_LABELS,
} from './chart-theme';
import type { ShownSeries } from './chart-tooltip';
import { ChartHover, type PlotInsets } from './chart-hover';
import { MarkerShape } from './marker-shape';
import { DownloadView } from './chart-download-buttons';
import { useNoLayerTabStops } from './use-no-layer-tab-stops';

const DAY = 86_400_000;
const MARGIN = { top: 28, right: 12, bottom: 4, left: 4 };
const Y_AXIS_WIDTH = 64;
const X_AXIS_HEIGHT = 30;
const PLOT: PlotInsets = {
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

export function CumulativeChart({
  rows,
  markers,
  currency,
  title,
  filename,
  credit,
  csvHref,
}: {
  rows: ChartRow[];
  markers: ReportedMarker[];
  currency: string;
  title: string;
  filename: string;
  credit: string;
  csvHref: string;
}) {
  const last = rows.at(-1)!;
  const [mode, setMode] = useState<'stage' | 'category'>('stage');
  // Stacked by category shows one total; start with the first that has anything in it.
  const [measure, setMeasure] = useState<Measure>(() => MEASURES.find((m) => last[m] > 0) ?? 'committed');
  const box = useRef<HTMLDivElement>(null);
  useNoLayerTabStops(box);
  const series: ShownSeries[] =
    mode === 'stage'
      ? MEASURES.map((m) => ({
          label: m === 'announced' ? `${MEASURE_LABELS[m]} (not in totals)` : MEASURE_LABELS[m],
          color: MEASURE_COLORS[m],
          dashed: m === 'announced',
          value: (r: ChartRow) => r[m],
        }))
      : CATEGORIES.map((c) => ({
          label: CATEGORY_LABELS[c],
          color: CATEGORY_COLORS[c],
          value: (r: ChartRow) => r.byCategory[c][measure],
        }));
  const min = rows[0].t;
  const max = last.t > min ? last.t : min + 30 * DAY;
  const legend = [...series, { label: 'Reported total (compared, never added)', color: MARKER_COLOR }];
  // In category mode the stack's top is the chosen total itself.
  const itemisedTop = Math.max(
    0,
    ...rows.map((r) => (mode === 'stage' ? Math.max(...MEASURES.map((m) => r[m])) : r[measure])),
  );
  const fit = fitMarkers(
    itemisedTop,
    markers.map((m) => m.value),
  );
  const lanes = markerLanes(
    markers.map((m) => m.t),
    max - min,
  );

  return (
    <div>
      <div className="mb-2 flex flex-wrap items-center gap-3 text-sm">
        <fieldset className="flex gap-3">
          <legend className="sr-only">Chart shows</legend>
          <label>
            <input
              type="radio"
              name="chart-mode"
              checked={mode === 'stage'}
              onChange={() => setMode('stage')}
            />{' '}
            By stage
          </label>
          <label>
            <input
              type="radio"
              name="chart-mode"
              checked={mode === 'category'}
              onChange={() => setMode('category')}
            />{' '}
            By category
          </label>
        </fieldset>
        {mode === 'category' && (
          <label>
            Total{' '}
            <select
              value={measure}
              onChange={(e) => setMeasure(e.target.value as Measure)}
              className="rounded border border-line bg-paper px-1"
            >
              {MEASURES.map((m) => (
                <option key={m} value={m}>
                  {MEASURE_LABELS[m]}
                </option>
              ))}
            </select>
          </label>
        )}
        <DownloadView csvHref={csvHref} image={{ box, filename, title, credit, legend }} />
      </div>
      <ul className="mb-1 flex flex-wrap gap-x-4 gap-y-1 text-xs" aria-label="Legend">
        {legend.map((s) => (
          <li key={s.label} className="flex items-center gap-1">
            <svg width="18" height="8" aria-hidden="true">
              <line
                x1="0"
                y1="4"
                x2="18"
                y2="4"
                stroke={s.color}
                strokeWidth="3"
                strokeDasharray={'dashed' in s && s.dashed ? '4 3' : undefined}
              />
            </svg>
            {s.label}
          </li>
        ))}
      </ul>
      {/* The read-out layer takes every pointer: a finger's tap would otherwise be snapped by the
          browser's touch adjustment onto a nearby focusable recharts group beneath it. */}
      <div
        ref={box}
        style={{ height: CUMULATIVE_HEIGHT }}
        className="relative [&_.recharts-wrapper]:pointer-events-none"
        data-testid="cumulative-chart"
      >
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
              fillOpacity={mode === 'stage' ? 0.06 : 0.55}
              stackId={mode === 'category' ? 'categories' : undefined}
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
        <ChartHover
          rows={rows}
          min={min}
          max={max}
          insets={PLOT}
          series={series}
          markers={markers}
          currency={currency}
        />
      </div>
    </div>
  );
}
