// Domain objects → API JSON. Money goes out twice: integer minor units and an exact decimal
// string in major units (lib/money.ts), never a float.
import type { z } from 'zod';
import { minorToDecimal } from '../money';
import { stageDatesToInput } from '../stage-dates';
import { deliveryProgress, type Totals } from '../counting';
import type { PledgeSummary, PledgeView } from '../../db/pledges';
import type { LinkedSource } from '../../db/pledges';
import type { DonorDelivery, ReportedTotal, Series } from '../../db/totals';
import { presentGroupDelivery } from './present-delivery';
import type {
  deliveryOut,
  pledgeDetailOut,
  pledgeOut,
  pledgeRefOut,
  seriesOut,
  summaryOut,
  totalsOut,
} from './schemas';

const party = (p: PledgeSummary['donor']) => ({ slug: p.slug, name: p.name, kind: p.kind });
const decimalOrNull = (value: number | null, currency: string | null) =>
  value == null || !currency ? null : minorToDecimal(value, currency);

export function presentPledgeRef(p: PledgeSummary): z.output<typeof pledgeRefOut> {
  return {
    id: p.id,
    externalId: p.externalId,
    title: p.title,
    description: p.description,
    donor: party(p.donor),
    recipient: party(p.recipient),
    category: p.category,
    instrument: p.instrument,
    stage: p.stage,
    kind: p.kind,
    isLowerBound: p.isLowerBound,
    parentId: p.parentId,
    amount: decimalOrNull(p.amount, p.currency),
    amountMinor: p.amount,
    currency: p.currency,
    amountUsd: decimalOrNull(p.amountUsd, 'USD'),
    amountUsdMinor: p.amountUsd,
    fxRate: p.fxRate,
    fxDate: p.fxDate,
    fxSource: p.fxSource,
    announcedOn: p.announcedOn,
    datePrecision: p.datePrecision,
    ...stageDatesToInput(p),
    retractedAt: p.retractedAt,
    retractionReason: p.retractionReason,
    version: p.version,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
    links: { self: `/api/v1/pledges/${p.id}`, html: `/pledges/${p.id}` },
  };
}

export function presentPledge(p: PledgeSummary & { sources: LinkedSource[] }): z.output<typeof pledgeOut> {
  return {
    ...presentPledgeRef(p),
    sources: p.sources.map((s) => ({
      id: s.id,
      url: s.url,
      publisher: s.publisher,
      title: s.title,
      publishedOn: s.publishedOn,
      accessedOn: s.accessedOn,
      quote: s.quote,
    })),
  };
}

export function presentPledgeDetail(p: PledgeView): z.output<typeof pledgeDetailOut> {
  return {
    ...presentPledge(p),
    parent: p.parent ? presentPledgeRef(p.parent) : null,
    drawdowns: p.drawdowns.map(presentPledgeRef),
    revisions: p.revisions.map((r) => ({
      id: r.id,
      action: r.action,
      actorLabel: r.actorLabel,
      at: r.at,
      reason: r.reason,
      changes: r.changes,
      version: r.version,
    })),
  };
}

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
