// The public history of every pledge: who changed what, when and why.
import { asc, desc, eq } from 'drizzle-orm';
import { one, read, type Tx } from '../connection';
import { pledges, revisions } from '../tables';
import type { RevisionRow } from '../schema';
import { onDb } from './on-db';
import { partiesBySlugs } from './parties';
import type { RevisionAction } from '../../lib/domain';
import { partySlugsOf } from '../../lib/revision-changes';

export type Actor = { id: number | null; label: string };
export type Changes = Record<string, [unknown, unknown]>;
export type RevisionView = {
  id: number;
  pledgeId: number;
  action: RevisionAction;
  actorLabel: string;
  at: string;
  reason: string | null;
  changes: Changes;
  version: number;
};

export async function recordRevision(
  tx: Tx,
  entry: {
    pledgeId: number;
    action: RevisionAction;
    actor: Actor;
    reason?: string | null;
    changes: Changes;
    version: number;
    /** The pledge's updated_at written by the same change, so the revision and the row name one moment. */
    at?: string;
  },
): Promise<void> {
  await tx.insert(revisions).values({
    pledgeId: entry.pledgeId,
    action: entry.action,
    actorId: entry.actor.id,
    actorLabel: entry.actor.label,
    reason: entry.reason ?? null,
    changes: JSON.stringify(entry.changes),
    version: entry.version,
    ...(entry.at ? { at: entry.at } : {}),
  });
}

/** Field-by-field before/after of two snapshots; unchanged fields are left out. */
export function diffSnapshots(
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
): Changes {
  const out: Changes = {};
  for (const key of Object.keys(after)) {
    const a = before ? (before[key] ?? null) : null;
    const b = after[key] ?? null;
    if (JSON.stringify(a) !== JSON.stringify(b)) out[key] = [a, b];
  }
  return out;
}

const toView = (r: RevisionRow): RevisionView => ({
  id: r.id,
  pledgeId: r.pledgeId,
  action: r.action,
  actorLabel: r.actorLabel,
  at: r.at,
  reason: r.reason,
  changes: JSON.parse(r.changes) as Changes,
  version: r.version,
});

export async function listRevisions(pledgeId: number, db?: Tx): Promise<RevisionView[]> {
  const rows = await onDb(db, (d) =>
    d.select().from(revisions).where(eq(revisions.pledgeId, pledgeId)).orderBy(asc(revisions.id)),
  );
  return rows.map(toView);
}

export async function lastRevision(pledgeId: number, db?: Tx): Promise<RevisionView | null> {
  const row = await onDb(db, (d) =>
    one(
      d.select().from(revisions).where(eq(revisions.pledgeId, pledgeId)).orderBy(desc(revisions.id)).limit(1),
    ),
  );
  return row ? toView(row) : null;
}

/** Recent changes across the database, newest first, with each pledge's title and currency. */
export async function listRecentRevisions(
  limit = 100,
): Promise<(RevisionView & { title: string; currency: string | null })[]> {
  const rows = await read((db) =>
    db
      .select({ r: revisions, title: pledges.title, currency: pledges.currency })
      .from(revisions)
      .innerJoin(pledges, eq(pledges.id, revisions.pledgeId))
      .orderBy(desc(revisions.id))
      .limit(Math.min(limit, 500)),
  );
  return rows.map(({ r, title, currency }) => ({ ...toView(r), title, currency }));
}

/** The names of the parties a list of revisions records by slug, for showing them as people read them. */
export async function partyNamesFor(
  list: Pick<RevisionView, 'changes'>[],
): Promise<(slug: string) => string | undefined> {
  const names = new Map((await partiesBySlugs(partySlugsOf(list))).map((p) => [p.slug, p.name]));
  return (slug) => names.get(slug);
}
