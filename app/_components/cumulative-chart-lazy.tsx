'use client';
// The cumulative chart as a chunk of its own, fetched once the page has hydrated: recharts is most of
// the page's script, and the figures, filters and tables above and below it work without it. The
// space it takes is held while it loads, so nothing moves when it appears; the chart's data is also
// in the table under it (cumulative-section.tsx). docs/performance.md has the bytes either side.
import dynamic from 'next/dynamic';
import { CUMULATIVE_HEIGHT } from './chart-theme';

export const CumulativeChart = dynamic(() => import('./cumulative-chart').then((m) => m.CumulativeChart), {
  ssr: false,
  loading: () => (
    <p
      className="grid place-items-center text-sm text-muted"
      style={{ height: CUMULATIVE_HEIGHT }}
      data-testid="chart-loading"
    >
      Drawing the chart…
    </p>
  ),
});
