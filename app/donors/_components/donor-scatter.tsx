'use client';
// % of GDP against per capita, a labelled dot per donor: who gives much for its size, and per person.
import { useRef } from 'react';
import { CartesianGrid, LabelList, Scatter, ScatterChart, XAxis, YAxis } from 'recharts';
import { formatPctGdp, formatPerCapita } from '@/lib/ranking-format';
import { MEASURE_COLORS } from '@/app/_components/chart-theme';
import { DownloadView } from '@/app/_components/chart-download-buttons';
import { useNoLayerTabStops } from '@/app/_components/use-no-layer-tab-stops';
import type { ChartDonor } from './donor-charts';

export function DonorScatter({
  donors,
  csvHref,
  credit,
  title,
  fileSuffix,
}: {
  donors: ChartDonor[];
  csvHref: string;
  credit: string;
  title: string;
  fileSuffix: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  useNoLayerTabStops(box);
  const points = donors
    .filter((d) => d.pctGdp !== null && d.perCapita !== null)
    .map((d) => ({ name: d.name, x: d.pctGdp!, y: d.perCapita! }));
  const missing = donors.filter((d) => d.pctGdp === null || d.perCapita === null).map((d) => d.name);
  const heading = '% of GDP against per capita';
  return (
    <figure aria-labelledby="scatter-h" className="rounded border border-line bg-paper p-3">
      <figcaption className="mb-2 flex flex-wrap items-center gap-3 text-sm">
        <h2 id="scatter-h" className="font-semibold">
          {heading}
        </h2>
        <DownloadView
          csvHref={csvHref}
          image={{
            box,
            filename: `donors-gdp-per-capita-${fileSuffix}`,
            title: `${heading} — ${title}`,
            credit,
            legend: [{ label: 'Donor', color: MEASURE_COLORS.allocated }],
          }}
        />
      </figcaption>
      <div ref={box} style={{ height: 320 }} data-testid="donor-scatter">
        <ScatterChart
          responsive
          accessibilityLayer={false}
          margin={{ top: 16, right: 48, bottom: 16, left: 8 }}
          style={{ width: '100%', height: '100%' }}
        >
          <CartesianGrid strokeDasharray="3 3" stroke="#d9e2ec" />
          <XAxis
            type="number"
            dataKey="x"
            name="% of GDP"
            tickFormatter={(v: number) => formatPctGdp(v)}
            fontSize={11}
            label={{ value: '% of GDP', position: 'insideBottom', offset: -8, fontSize: 11 }}
          />
          <YAxis
            type="number"
            dataKey="y"
            name="Per capita"
            tickFormatter={(v: number) => formatPerCapita(v)}
            width={64}
            fontSize={11}
          />
          <Scatter data={points} fill={MEASURE_COLORS.allocated} isAnimationActive={false}>
            <LabelList dataKey="name" position="top" fontSize={11} />
          </Scatter>
        </ScatterChart>
      </div>
      {missing.length > 0 && (
        <p className="text-sm text-muted">Not drawn, no GDP or population figures: {missing.join(', ')}.</p>
      )}
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer">Show the chart&apos;s data</summary>
        <table className="mt-2 w-full text-right" data-testid="scatter-table">
          <caption className="sr-only">{heading}</caption>
          <thead>
            <tr>
              <th scope="col" className="p-1 text-left">
                Donor
              </th>
              <th scope="col" className="p-1">
                % of GDP
              </th>
              <th scope="col" className="p-1">
                Per capita
              </th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.name} className="border-t border-line">
                <th scope="row" className="p-1 text-left font-normal">
                  {p.name}
                </th>
                <td className="num p-1">{formatPctGdp(p.x)}</td>
                <td className="num p-1">{formatPerCapita(p.y)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
