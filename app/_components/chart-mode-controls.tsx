'use client';
// The cumulative chart's own controls (cumulative-chart.tsx): stage totals or one total stacked by
// category, and, stacked, which total.
import { MEASURES, type Measure } from '@/lib/counting';
import { MEASURE_LABELS } from './chart-theme';

export type ChartMode = 'stage' | 'category';

export function ChartModeControls({
  mode,
  measure,
  onModeChange,
  onMeasureChange,
}: {
  mode: ChartMode;
  measure: Measure;
  onModeChange: (mode: ChartMode) => void;
  onMeasureChange: (measure: Measure) => void;
}) {
  return (
    <>
      <fieldset className="flex gap-3">
        <legend className="sr-only">Chart shows</legend>
        <label>
          <input
            type="radio"
            name="chart-mode"
            checked={mode === 'stage'}
            onChange={() => onModeChange('stage')}
          />{' '}
          By stage
        </label>
        <label>
          <input
            type="radio"
            name="chart-mode"
            checked={mode === 'category'}
            onChange={() => onModeChange('category')}
          />{' '}
          By category
        </label>
      </fieldset>
      {mode === 'category' && (
        <label>
          Total{' '}
          <select
            value={measure}
            onChange={(e) => onMeasureChange(e.target.value as Measure)}
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
    </>
  );
}
