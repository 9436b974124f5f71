// Reading pledges: one pledge with everything about it, and filtered, sorted, paged lists.
import { aliasedTable, and, asc, count, desc, eq, inArray, isNull, max, sql, type SQL } from 'drizzle-orm';
import { caseless } from '../sql-dialect';
import { one, read, type Tx } from '../connection';
import { parties, pledges, type PledgeRow } from '../tables';
import { onDb } from './on-db';
import { whereFilters } from './filter-sql';
import { listSourcesForPledge, countSourcesForPledges, type LinkedSource } from './sources';
import { listRevisions, type RevisionView } from './revisions';
import { versionedCache } from '../meta';
import { valueIn } from '../totals/totals';
import { pledgesTable } from '../as-of/pledges-at';
import { filtersKey, type PledgeFilters } from '../../lib/filters';
import type { PartyKind } from '../../lib/domain';

export type PartyRef = { id: number; slug: string; name: string; kind: PartyKind };
export type PledgeSummary = PledgeRow & { donor: PartyRef; recipient: PartyRef };
export type PledgeView = PledgeSummary & {
  sources: LinkedSource[];
  parent: PledgeSummary | null;
  drawdowns: PledgeSummary[];
  revisions: RevisionView[];
};

const donorT = aliasedTable(parties, 'donor');
const recipientT = aliasedTable(parties, 'recipient');
const partyCols = (t: typeof donorT) => ({ id: t.id, slug: t.slug, name: t.name, kind: t.kind });

/** Pledges joined with their donor and recipient (shared by every pledge read). */
export function selectSummaries(db: Tx, where: SQL | undefined, asOf?: string | null) {
  return db
    .select({ pledge: pledges, donor: partyCols(donorT), recipient: partyCols(recipientT) })
    .from(pledgesTable(asOf))
    .innerJoin(donorT, eq(donorT.id, pledges.donorId))
    .innerJoin(recipientT, eq(recipientT.id, pledges.recipientId))
    .where(where);
}

export const flatten = (r: { pledge: PledgeRow; donor: PartyRef; recipient: PartyRef }): PledgeSummary => ({
  ...r.pledge,
  donor: r.donor,
  recipient: r.recipient,
});

export async function getPledgeSummary(id: number, db?: Tx): Promise<PledgeSummary | null> {
  const row = await onDb(db, (d) => one(selectSummaries(d, eq(pledges.id, id))));
  return row ? flatten(row) : null;
}

/** One pledge with its sources, parent, draw-downs and public revision history. */
export function getPledge(id: number): Promise<PledgeView | null> {
  return read((db) => readPledge(db, id));
}

/** getPledge inside a transaction (or a read) already open: `db` sees its uncommitted rows. */
export async function readPledge(db: Tx, id: number): Promise<PledgeView | null> {
  if (!Number.isSafeInteger(id) || id < 1) return null;
  const summary = await getPledgeSummary(id, db);
  if (!summary) return null;
  return {
    ...summary,
    sources: await listSourcesForPledge(id, db),
    parent: summary.parentId ? await getPledgeSummary(summary.parentId, db) : null,
    drawdowns: (
      await selectSummaries(db, eq(pledges.parentId, id)).orderBy(asc(pledges.announcedOn), asc(pledges.id))
    ).map(flatten),
    revisions: await listRevisions(id, db),
  };
}

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

/** Commitments a draw-down may be drawn against: the donor's top-level, committed-or-later items. */
export async function listCommitments(donorSlug?: string, limit = 200): Promise<PledgeSummary[]> {
  const rows = await read((db) =>
    selectSummaries(
      db,
      and(
        isNull(pledges.parentId),
        isNull(pledges.retractedAt),
        eq(pledges.kind, 'item'),
        inArray(pledges.stage, ['committed', 'allocated', 'disbursed']),
        donorSlug ? eq(donorT.slug, donorSlug) : undefined,
      ),
    )
      .orderBy(desc(pledges.announcedOn))
      .limit(limit),
  );
  return rows.map(flatten);
}

/** The newest change in the data ("last updated"). */
export async function lastUpdatedAt(): Promise<string | null> {
  return read(async (db) => (await one(db.select({ at: max(pledges.updatedAt) }).from(pledges)))?.at ?? null);
}
