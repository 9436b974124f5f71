// The two charts of /donors, loaded apart from the page's own code (recharts is large): a bar of the
// chosen figure and a scatter of % of GDP against per capita, each with its table and its downloads.
import dynamic from 'next/dynamic';
import type { DonorRow, RankColumn } from '@/lib/ranking';

export type ChartDonor = Pick<DonorRow, 'slug' | 'name' | 'committed' | 'allocated' | 'disbursed' | 'pctGdp' | 'perCapita' | 'share'>;

const DonorBarChart = dynamic(() => import('./donor-bar-chart').then((m) => m.DonorBarChart));
const DonorScatter = dynamic(() => import('./donor-scatter').then((m) => m.DonorScatter));

export function DonorCharts({ donors, currency, measure, csvHref, credit, title, fileSuffix }: {
  donors: DonorRow[]; currency: string; measure: RankColumn; csvHref: string; credit: string; title: string; fileSuffix: string;
}) {
  const rows: ChartDonor[] = donors.map(({ slug, name, committed, allocated, disbursed, pctGdp, perCapita, share }) =>
    ({ slug, name, committed, allocated, disbursed, pctGdp, perCapita, share }));
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <DonorBarChart donors={rows} currency={currency} initial={measure} csvHref={csvHref} credit={credit} title={title} fileSuffix={fileSuffix} />
      <DonorScatter donors={rows} csvHref={csvHref} credit={credit} title={title} fileSuffix={fileSuffix} />
    </div>
  );
}
