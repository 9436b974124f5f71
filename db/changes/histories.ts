// A revision records only the fields it changed, so the state of a pledge before a change is its
// history replayed up to it. The feed reads the histories of the pledges on a page (or in a
// summary's window) in one query per few hundred pledges and replays them here.
import { and, asc, inArray, lte } from 'drizzle-orm';
import type { Tx } from '../connection';
import { revisions } from '../tables';
import type { Changes } from '../pledges/revisions';
import { applyChanges, type PledgeState } from '../../lib/changes-effect';

const CHUNK = 500;

/** For each revision id asked about: its pledge's state just before it and just after it. */
export type Replayed = Map<number, { before: PledgeState | null; after: PledgeState }>;

export async function replayUpTo(db: Tx, pledgeIds: number[], upToId: number): Promise<Replayed> {
  const ids = [...new Set(pledgeIds)];
  const out: Replayed = new Map();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const found = await db
      .select({ id: revisions.id, pledgeId: revisions.pledgeId, changes: revisions.changes })
      .from(revisions)
      .where(and(inArray(revisions.pledgeId, ids.slice(i, i + CHUNK)), lte(revisions.id, upToId)))
      .orderBy(asc(revisions.pledgeId), asc(revisions.id));
    let pledgeId = -1;
    let state: PledgeState | null = null;
    for (const r of found) {
      if (r.pledgeId !== pledgeId) {
        pledgeId = r.pledgeId;
        state = null;
      }
      const after = applyChanges(state, JSON.parse(r.changes) as Changes);
      out.set(r.id, { before: state, after });
      state = after;
    }
  }
  return out;
}
