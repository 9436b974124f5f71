'use client';
// The annual chart as a chunk of its own, fetched once the page has hydrated (as the dashboard's,
// app/_components/cumulative-chart-lazy.tsx): recharts stays out of every other page's script, and
// the table under the chart holds the same figures. The chart's space is held while it loads.
import dynamic from 'next/dynamic';
import type { YearBar } from './years-chart';

const HEIGHT = 300;

const Chart = dynamic(() => import('./years-chart').then((m) => m.YearsChart), {
  ssr: false,
  loading: () => (
    <p
      className="grid place-items-center text-sm text-muted"
      style={{ height: HEIGHT }}
      data-testid="years-chart-loading"
    >
      Drawing the chart…
    </p>
  ),
});

export function YearsChartLazy({ bars, currency }: { bars: YearBar[]; currency: string }) {
  return <Chart bars={bars} currency={currency} />;
}
