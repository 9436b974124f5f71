// A release's corrections list: every revision since the previous release's cut up to this one's
// (creates, corrections, retractions and their undoing), oldest first, each change in the words
// the public history uses (lib/revision-changes.ts).
import { and, asc, count, desc, eq, gt, lt, lte, or, type SQL } from 'drizzle-orm';
import { one, read } from '../connection';
import { pledges, releases, revisions } from '../tables';
import { partyNamesFor } from '../pledges/revisions';
import type { RevisionAction } from '../../lib/domain';
import { describeChanges, type ChangeLine } from '../../lib/revision-changes';
import { findReleaseByName, type ReleaseView } from './read';

export const CORRECTIONS_PAGE_SIZE = 100;

export type ReleaseChange = {
  id: number;
  pledgeId: number;
  title: string;
  action: RevisionAction;
  actorLabel: string;
  at: string;
  reason: string | null;
  version: number;
  lines: ChangeLine[];
};

export type ReleaseCorrections = {
  release: ReleaseView;
  /** The release before this one: the list starts after its cut (null: from the first revision). */
  previous: { name: string; cutAt: string } | null;
  /** How many revisions of each action the release's list holds, over all its pages. */
  counts: Partial<Record<RevisionAction, number>>;
  total: number;
  page: number;
  pageCount: number;
  changes: ReleaseChange[];
};

/** The corrections list of the release named `name` (one page of it), or null for no such release. */
export async function listReleaseCorrections(name: string, page = 1): Promise<ReleaseCorrections | null> {
  const release = await findReleaseByName(name);
  if (!release) return null;
  const found = await read(async (db) => {
    const previous =
      (await one(
        db
          .select({ name: releases.name, cutAt: releases.cutAt })
          .from(releases)
          .where(
            or(
              lt(releases.cutAt, release.cutAt),
              and(eq(releases.cutAt, release.cutAt), lt(releases.id, release.id)),
            ),
          )
          .orderBy(desc(releases.cutAt), desc(releases.id))
          .limit(1),
      )) ?? null;
    const since: SQL | undefined = previous ? gt(revisions.at, previous.cutAt) : undefined;
    const within = and(since, lte(revisions.at, release.cutAt));
    const grouped = await db
      .select({ action: revisions.action, n: count() })
      .from(revisions)
      .where(within)
      .groupBy(revisions.action);
    // PostgreSQL returns count() as text.
    const counts = Object.fromEntries(grouped.map((g) => [g.action, Number(g.n)]));
    const total = grouped.reduce((sum, g) => sum + Number(g.n), 0);
    const pageCount = Math.max(1, Math.ceil(total / CORRECTIONS_PAGE_SIZE));
    const current = Math.min(Math.max(1, Math.trunc(page) || 1), pageCount);
    const list = await db
      .select({ r: revisions, title: pledges.title, currency: pledges.currency })
      .from(revisions)
      .innerJoin(pledges, eq(pledges.id, revisions.pledgeId))
      .where(within)
      .orderBy(asc(revisions.at), asc(revisions.id))
      .limit(CORRECTIONS_PAGE_SIZE)
      .offset((current - 1) * CORRECTIONS_PAGE_SIZE);
    return { previous, counts, total, page: current, pageCount, list };
  });
  const parsed = found.list.map(({ r, title, currency }) => ({
    r,
    title,
    currency,
    changes: JSON.parse(r.changes) as Record<string, [unknown, unknown]>,
  }));
  // Party names are read after the list's own read (a read helper opens a read of its own).
  const partyName = await partyNamesFor(parsed);
  const changes = parsed.map(({ r, title, currency, changes }) => ({
    id: r.id,
    pledgeId: r.pledgeId,
    title,
    action: r.action,
    actorLabel: r.actorLabel,
    at: r.at,
    reason: r.reason,
    version: r.version,
    lines: r.action === 'create' ? [] : describeChanges(changes, { partyName, currency }),
  }));
  const { previous, counts, total, page: shown, pageCount } = found;
  return { release, previous, counts, total, page: shown, pageCount, changes };
}
