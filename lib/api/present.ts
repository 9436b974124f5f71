// Domain objects → API JSON. Money goes out twice: integer minor units and an exact decimal
// string in major units (lib/money.ts), never a float.
import type { z } from 'zod';
import { stageDatesToInput } from '../stage-dates';
import type { PledgeSummary, PledgeView } from '../../db/pledges';
import type { LinkedSource } from '../../db/pledges';
import { decimalOrNull } from './decimal-or-null';
import type { pledgeDetailOut, pledgeOut, pledgeRefOut } from './schemas';

export { presentDelivery, presentSeries, presentSummary, presentTotals } from './present-totals';

const party = (p: PledgeSummary['donor']) => ({ slug: p.slug, name: p.name, kind: p.kind });

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
