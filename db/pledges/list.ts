// Filtered, sorted, paged lists of pledges (listPledges, countPledges), the count cached per data
// version.
import { and, asc, count, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { caseless } from '../sql-dialect';
import { one, read, type Tx } from '../connection';
import { pledges } from '../tables';
import { onDb } from './on-db';
import { whereFilters } from './filter-sql';
import { countSourcesForPledges } from './sources';
import { versionedCache } from '../meta';
import { valueIn } from '../totals/totals';
import { filtersKey, type PledgeFilters } from '../../lib/filters';
import { type PledgeSummary, donorT, recipientT, partyCols, flatten } from './read';
import { pledgesTable } from '../as-of/pledges-at';

export const SORTS = [
  'date',
  'amount',
  'title',
  'donor',
  'recipient',
  'category',
  'stage',
  'updated',
] as const;
export type Sort = (typeof SORTS)[number];
export type ListOptions = {
  page?: number;
  pageSize?: number;
  sort?: Sort;
  dir?: 'asc' | 'desc';
  /** Include retracted pledges (history views); lists leave them out by default. */
  includeRetracted?: boolean;
};
export type ListedPledge = PledgeSummary & { sourceCount: number; value: number | null };
export type PledgeList = {
  rows: ListedPledge[];
  total: number;
  page: number;
  pageSize: number;
  pages: number;
};

function orderFor(sort: Sort, currency: string): SQL {
  switch (sort) {
    case 'amount':
      return valueIn(currency);
    case 'title':
      return caseless(pledges.title);
    case 'donor':
      return caseless(donorT.name);
    case 'recipient':
      return caseless(recipientT.name);
    case 'category':
      return sql`${pledges.category}`;
    case 'stage':
      return sql`${pledges.stage}`;
    case 'updated':
      return sql`${pledges.updatedAt}`;
    default:
      return sql`${pledges.announcedOn}`;
  }
}

const countCache = versionedCache<number>();

/** The filters' condition, leaving out retracted pledges unless asked (history views). */
export function listWhere(filters: PledgeFilters, includeRetracted: boolean): SQL | undefined {
  return and(whereFilters(filters), includeRetracted ? undefined : isNull(pledges.retractedAt));
}

/** How many pledges match the filters (cached until the data next changes). */
export async function pledgeCount(
  filters: PledgeFilters,
  includeRetracted = false,
  db?: Tx,
): Promise<number> {
  return countCache(
    `${filtersKey(filters)}:${includeRetracted}`,
    async () =>
      (
        await onDb(db, (d) =>
          one(
            d
              .select({ n: count() })
              .from(pledgesTable(filters.asOf))
              .where(listWhere(filters, includeRetracted)),
          ),
        )
      )?.n ?? 0,
  );
}

export async function countPledges(filters: PledgeFilters, includeRetracted = false): Promise<number> {
  return pledgeCount(filters, includeRetracted);
}

/** Filtered pledges, sorted and paged on the server. Ties break on id, so paging is stable. */
export async function listPledges(filters: PledgeFilters, options: ListOptions = {}): Promise<PledgeList> {
  return read(async (db) => {
    const pageSize = Math.min(Math.max(Math.trunc(options.pageSize ?? 50), 1), 500);
    const sort = options.sort ?? 'date';
    const dir =
      options.dir ?? (sort === 'title' || sort === 'donor' || sort === 'recipient' ? 'asc' : 'desc');
    const where = listWhere(filters, !!options.includeRetracted);
    const total = await pledgeCount(filters, !!options.includeRetracted, db);
    const pages = Math.max(1, Math.ceil(total / pageSize));
    const page = Math.min(Math.max(Math.trunc(options.page ?? 1), 1), pages);
    const order = orderFor(sort, filters.currency);
    const value = valueIn(filters.currency);
    const rows = await db
      .select({
        pledge: pledges,
        donor: partyCols(donorT),
        recipient: partyCols(recipientT),
        value: sql<number | null>`${value}`.mapWith(Number),
      })
      .from(pledgesTable(filters.asOf))
      .innerJoin(donorT, eq(donorT.id, pledges.donorId))
      .innerJoin(recipientT, eq(recipientT.id, pledges.recipientId))
      .where(where)
      .orderBy(
        dir === 'asc' ? sql`${order} asc nulls last` : sql`${order} desc nulls last`,
        dir === 'asc' ? asc(pledges.id) : desc(pledges.id),
      )
      .limit(pageSize)
      .offset((page - 1) * pageSize);
    const counts = await countSourcesForPledges(
      rows.map((r) => r.pledge.id),
      db,
    );
    return {
      rows: rows.map((r) => ({ ...flatten(r), value: r.value, sourceCount: counts.get(r.pledge.id) ?? 0 })),
      total,
      page,
      pageSize,
      pages,
    };
  });
}
