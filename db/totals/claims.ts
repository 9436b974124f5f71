// Reported totals beside what the same filters itemise for their donor → recipient pair: the
// cumulative chart's markers (db/totals/dashboard.ts) and the headline's claim cards.
import { read } from '../connection';
import { totalsFor } from './totals';
import { reportedTotalsFor, type ReportedTotal } from './reported';
import { dayMs, type ReportedMarker } from '../../lib/cumulative-rows';
import type { PledgeFilters } from '../../lib/filters';

/** Markers drawn on the chart; further reported totals stay in the table. */
const MAX_MARKERS = 8;

/** The largest dated claims as chart markers, each with the pair's itemised sum up to its date. */
export async function reportedMarkers(
  filters: PledgeFilters,
): Promise<{ markers: ReportedMarker[]; unplaced: number }> {
  const all = await reportedTotalsFor(filters);
  const placeable = all
    .filter((r) => r.announcedOn && r.value != null)
    .sort((a, b) => b.value! - a.value! || a.id - b.id)
    .slice(0, MAX_MARKERS);
  const markers = (
    await Promise.all(
      placeable.map(async (r) => {
        const to = filters.to && filters.to < r.announcedOn! ? filters.to : r.announcedOn!;
        // The claim is about one donor's aid to one recipient: compare it with that pair's items only.
        const itemised = await totalsFor({
          ...filters,
          donor: [r.donorSlug],
          recipient: [r.recipientSlug],
          to,
        });
        return {
          id: r.id,
          title: r.title,
          donor: r.donor,
          recipient: r.recipient,
          date: r.announcedOn!,
          t: dayMs(r.announcedOn!),
          value: r.value!,
          isLowerBound: r.isLowerBound,
          itemised: { committed: itemised.committed, announced: itemised.announced },
        };
      }),
    )
  ).sort((a, b) => a.t - b.t);
  return { markers, unplaced: all.length - markers.length };
}

export type ReportedClaim = ReportedTotal & { value: number; itemisedCommitted: number };

/**
 * Each quantified claim beside what the same filters itemise as committed for its donor →
 * recipient pair so far (the headline's claim cards); the gap is the claim minus that sum.
 */
export async function getReportedClaims(filters: PledgeFilters): Promise<ReportedClaim[]> {
  return read(async () => {
    const quantified = (await reportedTotalsFor(filters)).filter(
      (r): r is ReportedTotal & { value: number } => r.value != null,
    );
    return Promise.all(
      quantified.map(async (r) => ({
        ...r,
        itemisedCommitted: (
          await totalsFor({ ...filters, donor: [r.donorSlug], recipient: [r.recipientSlug] })
        ).committed,
      })),
    );
  });
}
