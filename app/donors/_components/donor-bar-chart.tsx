'use client';
// A bar per donor of the chosen figure (a stage total, % of GDP, per capita or share), largest first,
// saveable as PNG/SVG; donors without the figure are named under it, never drawn as 0.
import { useRef, useState } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import { compactMoney } from '@/lib/format';
import { formatPctGdp, formatPerCapita, formatShare } from '@/lib/ranking-format';
import type { RankColumn } from '@/lib/ranking';
import { MEASURE_COLORS } from '@/app/_components/chart-theme';
import { DownloadView } from '@/app/_components/chart-download-buttons';
import { useNoLayerTabStops } from '@/app/_components/use-no-layer-tab-stops';
import type { ChartDonor } from './donor-charts';

export const CHART_LABELS: Record<RankColumn, string> = {
  committed: 'Committed',
  allocated: 'Allocated',
  disbursed: 'Disbursed',
  pctGdp: '% of GDP',
  perCapita: 'Per capita (USD)',
  share: 'Share of all donors',
};

export function formatFigure(column: RankColumn, value: number | null, currency: string): string {
  if (column === 'pctGdp') return formatPctGdp(value);
  if (column === 'perCapita') return formatPerCapita(value);
  if (column === 'share') return formatShare(value);
  return value === null ? '—' : compactMoney(value, currency);
}

export function DonorBarChart({
  donors,
  currency,
  initial,
  csvHref,
  credit,
  title,
  fileSuffix,
}: {
  donors: ChartDonor[];
  currency: string;
  initial: RankColumn;
  csvHref: string;
  credit: string;
  title: string;
  fileSuffix: string;
}) {
  const [column, setColumn] = useState<RankColumn>(initial);
  const box = useRef<HTMLDivElement>(null);
  useNoLayerTabStops(box);
  const drawn = donors
    .filter((d) => d[column] !== null)
    .map((d) => ({ name: d.name, value: d[column] as number }))
    .sort((a, b) => b.value - a.value);
  const missing = donors.filter((d) => d[column] === null).map((d) => d.name);
  const label = CHART_LABELS[column];
  const format = (v: number) => formatFigure(column, v, currency);
  return (
    <figure aria-labelledby="bar-h" className="rounded border border-line bg-paper p-3">
      <figcaption className="mb-2 flex flex-wrap items-center gap-3 text-sm">
        <h2 id="bar-h" className="font-semibold">
          {label} by donor
        </h2>
        <label>
          Measure{' '}
          <select
            value={column}
            onChange={(e) => setColumn(e.target.value as RankColumn)}
            className="rounded border border-line bg-paper px-1"
            data-testid="bar-measure"
          >
            {(Object.keys(CHART_LABELS) as RankColumn[]).map((c) => (
              <option key={c} value={c}>
                {CHART_LABELS[c]}
              </option>
            ))}
          </select>
        </label>
        <DownloadView
          csvHref={csvHref}
          image={{
            box,
            filename: `donors-${column}-${fileSuffix}`,
            title: `${label} by donor — ${title}`,
            credit,
            legend: [{ label, color: MEASURE_COLORS.committed }],
          }}
        />
      </figcaption>
      <div ref={box} style={{ height: Math.max(120, 28 * drawn.length + 40) }} data-testid="donor-bar-chart">
        <BarChart
          responsive
          accessibilityLayer={false}
          layout="vertical"
          data={drawn}
          margin={{ top: 4, right: 72, bottom: 4, left: 4 }}
          style={{ width: '100%', height: '100%' }}
        >
          <CartesianGrid strokeDasharray="3 3" stroke="#d9e2ec" horizontal={false} />
          <XAxis type="number" tickFormatter={format} fontSize={11} />
          <YAxis type="category" dataKey="name" width={110} fontSize={11} />
          <Bar dataKey="value" fill={MEASURE_COLORS.committed} isAnimationActive={false}>
            <LabelList
              dataKey="value"
              position="right"
              formatter={(v: unknown) => format(Number(v))}
              fontSize={11}
            />
          </Bar>
        </BarChart>
      </div>
      {missing.length > 0 && (
        <p className="text-sm text-muted">Not drawn, without this figure: {missing.join(', ')}.</p>
      )}
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer">Show the chart&apos;s data</summary>
        <table className="mt-2 w-full text-right" data-testid="bar-table">
          <caption className="sr-only">{label} by donor</caption>
          <thead>
            <tr>
              <th scope="col" className="p-1 text-left">
                Donor
              </th>
              <th scope="col" className="p-1">
                {label}
              </th>
            </tr>
          </thead>
          <tbody>
            {[...drawn, ...missing.map((name) => ({ name, value: null }))].map((r) => (
              <tr key={r.name} className="border-t border-line">
                <th scope="row" className="p-1 text-left font-normal">
                  {r.name}
                </th>
                <td className="num p-1">{formatFigure(column, r.value, currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
