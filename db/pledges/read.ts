// Reading pledges: one pledge with everything about it, and filtered, sorted, paged lists.
import { aliasedTable, and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import { caseless } from '../sql-dialect';
import { getDb, type Tx } from '../sqlite/client';
import { read } from '../sqlite/transaction';
import { parties, pledges, type PledgeRow } from '../schema';
import { whereFilters } from './filter-sql';
import { listSourcesForPledge, countSourcesForPledges, type LinkedSource } from './sources';
import { listRevisions, type RevisionView } from './revisions';
import { versionedCache } from '../meta';
import { valueIn } from '../totals/totals';
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
export function selectSummaries(db: Tx | ReturnType<typeof getDb>, where: SQL | undefined) {
  return db.select({ pledge: pledges, donor: partyCols(donorT), recipient: partyCols(recipientT) })
    .from(pledges)
    .innerJoin(donorT, eq(donorT.id, pledges.donorId))
    .innerJoin(recipientT, eq(recipientT.id, pledges.recipientId))
    .where(where);
}

export const flatten = (r: { pledge: PledgeRow; donor: PartyRef; recipient: PartyRef }): PledgeSummary =>
  ({ ...r.pledge, donor: r.donor, recipient: r.recipient });

export function getPledgeSummary(id: number, db: Tx | ReturnType<typeof getDb> = getDb()): PledgeSummary | null {
  const row = selectSummaries(db, eq(pledges.id, id)).get();
  return row ? flatten(row) : null;
}

/** One pledge with its sources, parent, draw-downs and public revision history. */
export function getPledge(id: number): Promise<PledgeView | null> {
  return read((db) => readPledge(db, id));
}

/** getPledge inside a transaction (or a read) already open: `db` sees its uncommitted rows. */
export function readPledge(db: Tx, id: number): PledgeView | null {
  if (!Number.isSafeInteger(id) || id < 1) return null;
  const summary = getPledgeSummary(id, db);
  if (!summary) return null;
  return {
    ...summary,
    sources: listSourcesForPledge(id, db),
    parent: summary.parentId ? getPledgeSummary(summary.parentId, db) : null,
    drawdowns: selectSummaries(db, eq(pledges.parentId, id)).orderBy(asc(pledges.announcedOn), asc(pledges.id)).all().map(flatten),
    revisions: listRevisions(id, db),
  };
}

export const SORTS = ['date', 'amount', 'title', 'donor', 'recipient', 'category', 'stage', 'updated'] as const;
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
export type PledgeList = { rows: ListedPledge[]; total: number; page: number; pageSize: number; pages: number };

function orderFor(sort: Sort, currency: string): SQL {
  switch (sort) {
    case 'amount': return valueIn(currency);
    case 'title': return caseless(pledges.title);
    case 'donor': return caseless(donorT.name);
    case 'recipient': return caseless(recipientT.name);
    case 'category': return sql`${pledges.category}`;
    case 'stage': return sql`${pledges.stage}`;
    case 'updated': return sql`${pledges.updatedAt}`;
    default: return sql`${pledges.announcedOn}`;
  }
}

const countCache = versionedCache<number>();

/** The filters' condition, leaving out retracted pledges unless asked (history views). */
export function listWhere(filters: PledgeFilters, includeRetracted: boolean): SQL | undefined {
  return and(whereFilters(filters), includeRetracted ? undefined : sql`${pledges.retractedAt} is null`);
}

/** How many pledges match the filters (cached until the data next changes). */
export function pledgeCount(filters: PledgeFilters, includeRetracted = false): number {
  return countCache(`${filtersKey(filters)}:${includeRetracted}`, () =>
    getDb().select({ n: sql<number>`count(*)` }).from(pledges).where(listWhere(filters, includeRetracted)).get()?.n ?? 0);
}

export async function countPledges(filters: PledgeFilters, includeRetracted = false): Promise<number> {
  return read(() => pledgeCount(filters, includeRetracted));
}

/** Filtered pledges, sorted and paged on the server. Ties break on id, so paging is stable. */
export async function listPledges(filters: PledgeFilters, options: ListOptions = {}): Promise<PledgeList> {
  return read(() => {
    const pageSize = Math.min(Math.max(Math.trunc(options.pageSize ?? 50), 1), 500);
    const sort = options.sort ?? 'date';
    const dir = options.dir ?? (sort === 'title' || sort === 'donor' || sort === 'recipient' ? 'asc' : 'desc');
    const where = listWhere(filters, !!options.includeRetracted);
    const total = pledgeCount(filters, !!options.includeRetracted);
    const pages = Math.max(1, Math.ceil(total / pageSize));
    const page = Math.min(Math.max(Math.trunc(options.page ?? 1), 1), pages);
    const order = orderFor(sort, filters.currency);
    const value = valueIn(filters.currency);
    const rows = getDb().select({
      pledge: pledges, donor: partyCols(donorT), recipient: partyCols(recipientT), value: sql<number | null>`${value}`,
    }).from(pledges)
      .innerJoin(donorT, eq(donorT.id, pledges.donorId))
      .innerJoin(recipientT, eq(recipientT.id, pledges.recipientId))
      .where(where)
      .orderBy(dir === 'asc' ? sql`${order} asc nulls last` : sql`${order} desc nulls last`, dir === 'asc' ? asc(pledges.id) : desc(pledges.id))
      .limit(pageSize).offset((page - 1) * pageSize).all();
    const counts = countSourcesForPledges(rows.map((r) => r.pledge.id));
    return {
      rows: rows.map((r) => ({ ...flatten(r), value: r.value, sourceCount: counts.get(r.pledge.id) ?? 0 })),
      total, page, pageSize, pages,
    };
  });
}

/** Commitments a draw-down may be drawn against: the donor's top-level, committed-or-later items. */
export async function listCommitments(donorSlug?: string, limit = 200): Promise<PledgeSummary[]> {
  return read(() => {
    return selectSummaries(getDb(), and(
      sql`${pledges.parentId} is null`, sql`${pledges.retractedAt} is null`, eq(pledges.kind, 'item'),
      sql`${pledges.stage} in ('committed', 'allocated', 'disbursed')`,
      donorSlug ? eq(donorT.slug, donorSlug) : undefined,
    )).orderBy(desc(pledges.announcedOn)).limit(limit).all().map(flatten);
  });
}

/** The newest change in the data ("last updated"). */
export async function lastUpdatedAt(): Promise<string | null> {
  return read(() => {
    return getDb().select({ at: sql<string | null>`max(${pledges.updatedAt})` }).from(pledges).get()?.at ?? null;
  });
}
