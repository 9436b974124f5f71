// Totals, delivery progress, the summary and the series → API JSON, money twice as in
// lib/api/present.ts, which re-exports these.
import type { z } from 'zod';
import { minorToDecimal } from '../money';
import { deliveryProgress, type Totals } from '../counting';
import type { DonorDelivery, ReportedTotal, Series } from '../../db/totals';
import { decimalOrNull } from './decimal-or-null';
import { presentGroupDelivery } from './present-delivery';
import type { deliveryOut, seriesOut, summaryOut, totalsOut } from './schemas';

export function presentTotals(t: Totals, currency: string): z.output<typeof totalsOut> {
  const money = (v: number) => minorToDecimal(v, currency);
  return {
    currency,
    committed: money(t.committed),
    committedMinor: t.committed,
    allocated: money(t.allocated),
    allocatedMinor: t.allocated,
    disbursed: money(t.disbursed),
    disbursedMinor: t.disbursed,
    announced: money(t.announced),
    announcedMinor: t.announced,
    cancelled: money(t.cancelled),
    cancelledMinor: t.cancelled,
    itemCount: t.itemCount,
    unquantifiedCount: t.unquantifiedCount,
    reportedTotalCount: t.reportedTotalCount,
    retractedCount: t.retractedCount,
    unconvertedCount: t.unconvertedCount,
    cancelledCount: t.cancelledCount,
  };
}

/** The headline's "disbursed X of committed Y (Z %)" (lib/counting.ts deliveryProgress). */
export function presentDelivery(t: Totals, currency: string): z.output<typeof deliveryOut> {
  const d = deliveryProgress(t);
  return {
    disbursed: minorToDecimal(d.disbursed, currency),
    disbursedMinor: d.disbursed,
    committed: minorToDecimal(d.committed, currency),
    committedMinor: d.committed,
    percent: d.percent,
  };
}

export function presentSummary(
  currency: string,
  totals: Totals,
  donors: DonorDelivery[],
  reported: ReportedTotal[],
): z.output<typeof summaryOut> {
  return {
    currency,
    totals: presentTotals(totals, currency),
    delivery: presentDelivery(totals, currency),
    rows: donors.flatMap((d) =>
      d.categories.map((c) => ({
        donor: d.donor,
        donorName: d.donorName,
        category: c.category,
        totals: presentTotals(c.totals, currency),
        delivery: presentGroupDelivery(c.delivery, currency),
      })),
    ),
    donors: donors.map((d) => ({
      donor: d.donor,
      donorName: d.donorName,
      delivery: presentGroupDelivery(d.delivery, currency),
    })),
    reportedTotals: reported.map((r) => ({
      id: r.id,
      title: r.title,
      donor: r.donor,
      recipient: r.recipient,
      announcedOn: r.announcedOn,
      isLowerBound: r.isLowerBound,
      value: decimalOrNull(r.value, r.currency),
      valueMinor: r.value,
    })),
  };
}

export function presentSeries(series: Series): z.output<typeof seriesOut> {
  const c = series.currency;
  return {
    currency: c,
    interval: series.interval,
    dates: series.dates,
    undatedCount: series.undatedCount,
    undatedByLine: series.undatedByLine,
    points: series.points.map((p) => ({
      period: p.period,
      totals: presentTotals(p.totals, c),
      cumulative: presentTotals(p.cumulative, c),
    })),
  };
}
