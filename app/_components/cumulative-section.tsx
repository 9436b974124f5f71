// The cumulative chart in a <figure> with its caption, the undated-pledges note, the reported
// totals as text, and a "show data" table: everything the chart says, readable without it.
import Link from 'next/link';
import type { CumulativeChart as ChartData } from '@/db/totals';
import { MEASURES } from '@/lib/counting';
import { formatMoney } from '@/lib/money';
import { plural } from '@/lib/format';
import { CUMULATIVE_HEIGHT, MEASURE_LABELS } from './chart-theme';
import { CumulativeChart } from './cumulative-chart-lazy';
import { DownloadView } from './chart-download-buttons';
import { DatesSwitch } from './dates-switch';
import { UndatedStages } from './undated-stages';
import type { DateBasis } from '@/lib/filters';

export function CumulativeSection({
  chart,
  described,
  dataAsOf,
  csvHref,
  datesHrefs,
}: {
  chart: ChartData;
  described: { title: string; fileSuffix: string };
  dataAsOf: string | null;
  /** The page with the same filters and each `dates=` value (the switch's links). */
  datesHrefs: Record<DateBasis, string>;
  /** The export of the rows in view: the same filters as the page. */
  csvHref: string;
}) {
  const { rows, markers, currency } = chart;
  const full = (v: number) => formatMoney(v, currency);
  const title = `Cumulative support — ${described.title}`;
  return (
    <figure aria-labelledby="cumulative-h" className="rounded border border-line bg-paper p-3">
      <figcaption>
        <h2 id="cumulative-h" className="font-semibold">
          {title}
        </h2>
        <p className="text-sm text-muted">
          {chart.dates === 'reached'
            ? 'Running totals by the date each stage was reached: committed when the commitment was made, allocated when earmarked, disbursed when the money moved; a cancelled pledge leaves them on its cancellation date'
            : 'Running totals by announcement date'}
          {chart.interval === 'month' ? ', by month' : ''}. The dashed line is announced but not yet committed
          and is never part of the totals; red dots are reported totals, compared with the itemised sum, never
          added; a red arrow at the top edge is a claim far above the itemised steps, drawn off scale.
        </p>
        <DatesSwitch current={chart.dates} hrefs={datesHrefs} />
      </figcaption>
      {rows.length === 0 ? (
        <>
          <div className="mt-2 flex text-sm">
            <DownloadView csvHref={csvHref} />
          </div>
          <p className="grid place-items-center text-muted" style={{ height: CUMULATIVE_HEIGHT }}>
            No dated pledges match these filters.
          </p>
        </>
      ) : (
        <CumulativeChart
          rows={rows}
          markers={markers}
          currency={currency}
          title={title}
          csvHref={csvHref}
          filename={`cumulative-support-${described.fileSuffix}`}
          credit={`Aid Pledge Tracker · data as of ${dataAsOf ?? '—'}`}
        />
      )}
      <UndatedStages chart={chart} csvHref={csvHref} />
      {markers.length > 0 && (
        <ul className="mt-2 space-y-1 text-sm" aria-label="Reported totals compared with itemised pledges">
          {markers.map((m) => {
            const gap = m.value - m.itemised.committed - m.itemised.announced;
            return (
              <li key={m.id}>
                <Link href={`/pledges/${m.id}`}>
                  {m.donor} → {m.recipient}, {m.date}
                </Link>
                : reported{' '}
                <span className="num">
                  {m.isLowerBound ? 'more than ' : ''}
                  {full(m.value)}
                </span>
                ; itemised by then <span className="num">{full(m.itemised.committed)}</span> committed and{' '}
                <span className="num">{full(m.itemised.announced)}</span> announced
                {gap > 0 ? (
                  <>
                    {' '}
                    — <span className="num">{full(gap)}</span> not itemised
                  </>
                ) : null}
                .
              </li>
            );
          })}
        </ul>
      )}
      {chart.unplacedMarkers > 0 && (
        <p className="text-sm text-muted">
          {plural(chart.unplacedMarkers, 'further reported total')} not drawn (undated or beyond the largest{' '}
          {markers.length}); see the table.
        </p>
      )}
      {rows.length > 0 && (
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer">Show the chart&apos;s data</summary>
          <div className="max-h-96 overflow-auto">
            <table className="mt-2 w-full text-right" data-testid="chart-data">
              <caption className="sr-only">
                Cumulative totals by{' '}
                {chart.dates === 'reached' ? 'the date each stage was reached' : 'announcement date'} (
                {currency})
              </caption>
              <thead>
                <tr>
                  <th scope="col" className="p-1 text-left">
                    Date
                  </th>
                  {MEASURES.map((m) => (
                    <th key={m} scope="col" className="p-1">
                      {MEASURE_LABELS[m]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.date} className="border-t border-line">
                    <th scope="row" className="num p-1 text-left font-normal">
                      {r.date}
                    </th>
                    {MEASURES.map((m) => (
                      <td key={m} className="num p-1">
                        {full(r[m])}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </figure>
  );
}
