// One pledge as it stood at a cut-off: its figures rebuilt from the revisions (db/as-of/pledges-at.ts),
// its parent and draw-downs as they stood, and its history up to then. Its sources are the documents it
// cites now: revisions record a pledge's sources as one line each, not the documents themselves.
import { asc, eq } from 'drizzle-orm';
import { one, read } from '../connection';
import { pledges } from '../tables';
import { flatten, selectSummaries, type PledgeView } from '../pledges/read';
import { listSourcesForPledge } from '../pledges/sources';
import { listRevisions } from '../pledges/revisions';

/** The pledge as of `cutOff`, or null when it was not yet recorded then. */
export function getPledgeAsOf(id: number, cutOff: string): Promise<PledgeView | null> {
  return read(async (db) => {
    if (!Number.isSafeInteger(id) || id < 1) return null;
    const at = async (pledgeId: number) => {
      const row = await one(selectSummaries(db, eq(pledges.id, pledgeId), cutOff));
      return row ? flatten(row) : null;
    };
    const summary = await at(id);
    if (!summary) return null;
    return {
      ...summary,
      sources: await listSourcesForPledge(id, db),
      parent: summary.parentId ? await at(summary.parentId) : null,
      drawdowns: (
        await selectSummaries(db, eq(pledges.parentId, id), cutOff).orderBy(
          asc(pledges.announcedOn),
          asc(pledges.id),
        )
      ).map(flatten),
      revisions: (await listRevisions(id, db)).filter((r) => r.at <= cutOff),
    };
  });
}
