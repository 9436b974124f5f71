'use client';
// Support per year as grouped bars (committed, allocated, disbursed), drawn in the browser from the
// figures of the table beside it (years-table.tsx), which says the same in words and numbers.
import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from 'recharts';
import { compactMoney } from '@/lib/format';
import { MEASURE_COLORS, MEASURE_LABELS } from '@/app/_components/chart-theme';

export type YearBar = { label: string; committed: number; allocated: number; disbursed: number };
const DRAWN = ['committed', 'allocated', 'disbursed'] as const;
export const YEARS_CHART_HEIGHT = 300;

export function YearsChart({ bars, currency }: { bars: YearBar[]; currency: string }) {
  return (
    <div style={{ height: YEARS_CHART_HEIGHT }} data-testid="years-chart">
      <BarChart
        responsive
        accessibilityLayer={false}
        data={bars}
        margin={{ top: 8, right: 12, bottom: 4, left: 4 }}
        style={{ width: '100%', height: '100%' }}
      >
        <CartesianGrid strokeDasharray="3 3" stroke="#d9e2ec" vertical={false} />
        <XAxis dataKey="label" fontSize={11} />
        <YAxis width={64} fontSize={11} tickFormatter={(v: number) => compactMoney(v, currency)} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        {DRAWN.map((m) => (
          <Bar
            key={m}
            dataKey={m}
            name={MEASURE_LABELS[m]}
            fill={MEASURE_COLORS[m]}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </div>
  );
}
