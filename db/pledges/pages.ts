// Keyset paging for the JSON API: pledges in id order after a cursor. Unlike page numbers, an
// id cursor never skips or repeats a row while pledges are added or retracted between requests.
import { and, asc, gt } from 'drizzle-orm';
import { read } from '../connection';
import { pledges } from '../tables';
import { flatten, selectSummaries, type PledgeSummary } from './read';
import { pledgeCount, listWhere } from './list';
import { sourcesForPledges, type LinkedSource } from './sources';
import type { PledgeFilters } from '../../lib/filters';

export type PagedPledge = PledgeSummary & { sources: LinkedSource[] };
export type PledgePage = { rows: PagedPledge[]; hasMore: boolean; total: number };

export async function listPledgesAfter(
  filters: PledgeFilters,
  options: { afterId?: number; limit: number; includeRetracted?: boolean },
): Promise<PledgePage> {
  return read(async (db) => {
    const includeRetracted = !!options.includeRetracted;
    const where = and(
      listWhere(filters, includeRetracted),
      options.afterId ? gt(pledges.id, options.afterId) : undefined,
    );
    // One extra row tells whether another page follows without a second query.
    const found = (
      await selectSummaries(db, where, filters.asOf)
        .orderBy(asc(pledges.id))
        .limit(options.limit + 1)
    ).map(flatten);
    const rows = found.slice(0, options.limit);
    const sources = await sourcesForPledges(
      rows.map((r) => r.id),
      db,
    );
    return {
      rows: rows.map((r) => ({ ...r, sources: sources.get(r.id) ?? [] })),
      hasMore: found.length > options.limit,
      total: await pledgeCount(filters, includeRetracted, db),
    };
  });
}
