'use client';
// Horizontal bars per donor, recipient or category: the three stage totals and, apart, announced.
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { MEASURES, type Measure } from '@/lib/counting';
import { formatMoney } from '@/lib/money';
import { MEASURE_COLORS, MEASURE_LABELS } from './chart-theme';

export type BreakdownBar = Record<Measure, number> & { label: string };

export function BreakdownChart({ bars, currency, height }: { bars: BreakdownBar[]; currency: string; height: number }) {
  const compact = (v: number) => formatMoney(v, currency, { compact: true });
  return (
    <div style={{ height }} data-testid="breakdown-chart">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={bars} layout="vertical" margin={{ top: 4, right: 12, bottom: 4, left: 4 }} barGap={1}>
          <CartesianGrid strokeDasharray="3 3" stroke="#d9e2ec" horizontal={false} />
          <XAxis type="number" tickFormatter={compact} fontSize={11} />
          <YAxis type="category" dataKey="label" width={110} fontSize={11} interval={0} />
          <Tooltip formatter={(v) => compact(Number(v))} />
          {MEASURES.map((m) => (
            <Bar key={m} dataKey={m} name={MEASURE_LABELS[m]} fill={MEASURE_COLORS[m]} isAnimationActive={false}
              fillOpacity={m === 'announced' ? 0.55 : 1} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
