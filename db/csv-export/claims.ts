// The reported totals (headline claims) as the summary and series exports place them: by donor
// slug, category and date. db/totals/totals.ts reportedTotalsFor reads and filters them; this adds the
// two facts a summary row is keyed on, for the handful of claims it found.
import { eq, inArray } from 'drizzle-orm';
import { read } from '../connection';
import { parties, pledges } from '../tables';
import { reportedTotalsFor } from '../totals/reported';
import type { ReportedClaim } from '../../lib/csv/totals-records';
import type { PledgeFilters } from '../../lib/filters';
import { pledgesTable } from '../as-of/pledges-at';

export async function getReportedClaims(filters: PledgeFilters): Promise<ReportedClaim[]> {
  return read(async (db) => {
    const totals = await reportedTotalsFor(filters);
    if (totals.length === 0) return [];
    const found = await db
      .select({ id: pledges.id, category: pledges.category, donor: parties.slug })
      .from(pledgesTable(filters.asOf))
      .innerJoin(parties, eq(parties.id, pledges.donorId))
      .where(
        inArray(
          pledges.id,
          totals.map((t) => t.id),
        ),
      );
    const keys = new Map(found.map((r) => [r.id, r]));
    return totals.map((t) => ({
      donor: keys.get(t.id)?.donor ?? '',
      category: keys.get(t.id)?.category ?? '',
      announcedOn: t.announcedOn,
      value: t.value,
      isLowerBound: t.isLowerBound,
    }));
  });
}
