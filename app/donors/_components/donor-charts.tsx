'use client';
// The two charts of /donors, loaded in the browser as a chunk of their own: recharts' bar and scatter
// parts stay out of the chunks every other page loads (tests/e2e/dashboard.test.ts keeps that budget).
// A bar of the chosen figure and a scatter of % of GDP against per capita, each with its table.
import dynamic from 'next/dynamic';
import type { DonorRow, RankColumn } from '@/lib/ranking';

export type ChartDonor = Pick<
  DonorRow,
  'slug' | 'name' | 'committed' | 'allocated' | 'disbursed' | 'pctGdp' | 'perCapita' | 'share'
>;

const loading = () => <p className="grid h-80 place-items-center text-sm text-muted">Drawing the chart…</p>;
const DonorBarChart = dynamic(() => import('./donor-bar-chart').then((m) => m.DonorBarChart), {
  ssr: false,
  loading,
});
const DonorScatter = dynamic(() => import('./donor-scatter').then((m) => m.DonorScatter), {
  ssr: false,
  loading,
});

export function DonorCharts({
  donors,
  currency,
  measure,
  csvHref,
  credit,
  title,
  fileSuffix,
}: {
  donors: DonorRow[];
  currency: string;
  measure: RankColumn;
  csvHref: string;
  credit: string;
  title: string;
  fileSuffix: string;
}) {
  const rows: ChartDonor[] = donors.map(
    ({ slug, name, committed, allocated, disbursed, pctGdp, perCapita, share }) => ({
      slug,
      name,
      committed,
      allocated,
      disbursed,
      pctGdp,
      perCapita,
      share,
    }),
  );
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <DonorBarChart
        donors={rows}
        currency={currency}
        initial={measure}
        csvHref={csvHref}
        credit={credit}
        title={title}
        fileSuffix={fileSuffix}
      />
      <DonorScatter donors={rows} csvHref={csvHref} credit={credit} title={title} fileSuffix={fileSuffix} />
    </div>
  );
}
