// Reading pledges: one pledge with everything about it, and filtered, sorted, paged lists.
import { aliasedTable, and, asc, desc, eq, inArray, isNull, max, type SQL } from 'drizzle-orm';
import { one, read, type Tx } from '../connection';
import { parties, pledges, type PledgeRow } from '../tables';
import { onDb } from './on-db';
import { pledgesTable } from '../as-of/pledges-at';
import { listSourcesForPledge, type LinkedSource } from './sources';
import { listRevisions, type RevisionView } from './revisions';
import type { PartyKind } from '../../lib/domain';

export type PartyRef = { id: number; slug: string; name: string; kind: PartyKind };
export type PledgeSummary = PledgeRow & { donor: PartyRef; recipient: PartyRef };
export type PledgeView = PledgeSummary & {
  sources: LinkedSource[];
  parent: PledgeSummary | null;
  drawdowns: PledgeSummary[];
  revisions: RevisionView[];
};

export const donorT = aliasedTable(parties, 'donor');
export const recipientT = aliasedTable(parties, 'recipient');
export const partyCols = (t: typeof donorT) => ({ id: t.id, slug: t.slug, name: t.name, kind: t.kind });

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
