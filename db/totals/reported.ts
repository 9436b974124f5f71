// Reported totals: headline claims ("more than $7 billion") read beside the itemised pledges,
// never summed into them (lib/counting.ts); cached until the data next changes. The claim cards'
// comparison with the itemised sum is db/totals/claims.ts getReportedClaims.
import { sql } from 'drizzle-orm';
import { read, rows } from '../connection';
import { pledges, parties } from '../tables';
import { whereFilters } from '../pledges/filter-sql';
import { versionedCache } from '../meta';
import { valueIn } from './buckets';
import { filtersKey, type PledgeFilters } from '../../lib/filters';
import { pledgesAt } from '../as-of/pledges-at';

const cache = versionedCache<ReportedTotal[]>();

export type ReportedTotal = {
  id: number;
  title: string;
  donor: string;
  recipient: string;
  donorSlug: string;
  recipientSlug: string;
  announcedOn: string | null;
  isLowerBound: boolean;
  value: number | null;
  currency: string;
};

/** Headline claims ("more than $7 billion"), shown as markers and compared, never summed. */
export function reportedTotalsFor(filters: PledgeFilters): Promise<ReportedTotal[]> {
  return cache(`reported:${filtersKey(filters)}`, async () => {
    const where = whereFilters(filters);
    const party = (column: 'name' | 'slug', id: typeof pledges.donorId | typeof pledges.recipientId) =>
      sql`(select ${parties[column]} from ${parties} where ${parties.id} = ${id})`;
    // Quoted aliases keep their case on PostgreSQL; undated claims sort first on both engines.
    const found = await read((db) =>
      rows<{
        id: number;
        title: string;
        donor: string;
        recipient: string;
        donorSlug: string;
        recipientSlug: string;
        announcedOn: string | null;
        lb: number | boolean;
        value: number | null;
      }>(
        db,
        sql`
      select ${pledges.id} as id, ${pledges.title} as title, ${party('name', pledges.donorId)} as donor,
             ${party('name', pledges.recipientId)} as recipient, ${party('slug', pledges.donorId)} as "donorSlug",
             ${party('slug', pledges.recipientId)} as "recipientSlug",
             ${pledges.announcedOn} as "announcedOn", ${pledges.isLowerBound} as lb, ${valueIn(filters.currency)} as value
      from ${pledgesAt(filters.asOf)}
      where ${pledges.kind} = 'reported_total' and ${pledges.retractedAt} is null ${where ? sql`and ${where}` : sql``}
      order by ${pledges.announcedOn} asc nulls first, ${pledges.id}`,
      ),
    );
    return found.map((r) => ({
      id: r.id,
      title: r.title,
      donor: r.donor,
      recipient: r.recipient,
      donorSlug: r.donorSlug,
      recipientSlug: r.recipientSlug,
      announcedOn: r.announcedOn,
      isLowerBound: !!r.lb,
      value: r.value,
      currency: filters.currency,
    }));
  });
}

export async function getReportedTotals(filters: PledgeFilters): Promise<ReportedTotal[]> {
  return read(() => reportedTotalsFor(filters));
}
