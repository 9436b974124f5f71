// The change feed's rows and their condition: revisions joined to their pledge and its parties,
// selected by the pledge's current donor, recipient and category (the dashboard's filter SQL,
// db/pledges/filter-sql.ts) and by the time of the change.
import { aliasedTable, and, eq, gte, lt, or, type SQL } from 'drizzle-orm';
import type { Tx } from '../connection';
import { parties, pledges, revisions } from '../tables';
import { whereFilters } from '../pledges/filter-sql';
import { EMPTY_FILTERS } from '../../lib/filters';
import { changeBounds, type ChangeCursor, type ChangeFilters } from '../../lib/changes-params';

const donorT = aliasedTable(parties, 'donor');
const recipientT = aliasedTable(parties, 'recipient');

/** Filters, the window of time and, for a later page, "older than the cursor" in (at, id) order. */
export function changesWhere(f: ChangeFilters, cursor: ChangeCursor | null = null): SQL | undefined {
  const { from, before } = changeBounds(f);
  return and(
    whereFilters({ ...EMPTY_FILTERS, donor: f.donor, recipient: f.recipient, category: f.category }),
    from ? gte(revisions.at, from) : undefined,
    before ? lt(revisions.at, before) : undefined,
    cursor
      ? or(lt(revisions.at, cursor.at), and(eq(revisions.at, cursor.at), lt(revisions.id, cursor.id)))
      : undefined,
  );
}

/** The revisions with what the feed shows of their pledge as it is now. */
export function selectChangeRows(db: Tx, where: SQL | undefined) {
  return db
    .select({
      id: revisions.id,
      pledgeId: revisions.pledgeId,
      action: revisions.action,
      actorLabel: revisions.actorLabel,
      at: revisions.at,
      reason: revisions.reason,
      changes: revisions.changes,
      version: revisions.version,
      title: pledges.title,
      donorSlug: donorT.slug,
      donorName: donorT.name,
      recipientSlug: recipientT.slug,
      recipientName: recipientT.name,
    })
    .from(revisions)
    .innerJoin(pledges, eq(pledges.id, revisions.pledgeId))
    .innerJoin(donorT, eq(donorT.id, pledges.donorId))
    .innerJoin(recipientT, eq(recipientT.id, pledges.recipientId))
    .where(where);
}
