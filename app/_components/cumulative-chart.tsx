'use client';
// Cumulative support over time: running stage totals (or, toggled, one total stacked by category)
// as steps by announcement date, with reported totals drawn as labelled markers.
import { useRef, useState } from 'react';
import { MEASURES, type Measure } from '@/lib/counting';
import { CATEGORIES, CATEGORY_LABELS } from '@/lib/domain';
import { fitMarkers, markerLanes, type ChartRow, type ReportedMarker } from '@/lib/cumulative-rows';
import {
  CATEGORY_COLORS,
  CUMULATIVE_HEIGHT,
  MARKER_COLOR,
  MEASURE_COLORS,
  MEASURE_LABELS,
} from './chart-theme';
import type { ShownSeries } from './chart-tooltip';
import { ChartHover } from './chart-hover';
import { DownloadView } from './chart-download-buttons';
import { useNoLayerTabStops } from './use-no-layer-tab-stops';
import { CumulativePlot, PLOT } from './cumulative-plot';
import { ChartModeControls, type ChartMode } from './chart-mode-controls';

const DAY = 86_400_000;

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
  const [mode, setMode] = useState<ChartMode>('stage');
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
        <ChartModeControls
          mode={mode}
          measure={measure}
          onModeChange={setMode}
          onMeasureChange={setMeasure}
        />
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
        <CumulativePlot
          rows={rows}
          markers={markers}
          series={series}
          min={min}
          max={max}
          fit={fit}
          lanes={lanes}
          currency={currency}
          stacked={mode === 'category'}
        />
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
