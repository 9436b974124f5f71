// What changed between two dates, as its effect on the totals: every change in the window replayed
// from its pledge's history (lib/changes-effect.ts) and summed per donor and stage line
// (lib/changes-summary.ts). A window holding more changes than a summary replays is refused.
import { asc } from 'drizzle-orm';
import { read } from '../connection';
import { revisions } from '../tables';
import { changesWhere, selectChangeRows } from './where';
import { viewsOf } from './list';
import { SUMMARY_MAX_CHANGES, type ChangeFilters } from '../../lib/changes-params';
import { summariseEffects, type EffectRow } from '../../lib/changes-summary';

export type ChangeSummary = { tooMany: false; rows: EffectRow[]; changeCount: number } | { tooMany: true };

export async function summariseChanges(filters: ChangeFilters): Promise<ChangeSummary> {
  return read(async (db) => {
    // One row past the limit says the window is too wide, without a separate count.
    const found = await selectChangeRows(db, changesWhere(filters))
      .orderBy(asc(revisions.at), asc(revisions.id))
      .limit(SUMMARY_MAX_CHANGES + 1);
    if (found.length > SUMMARY_MAX_CHANGES) return { tooMany: true };
    const changes = await viewsOf(db, found);
    const wanted = new Set(filters.donor);
    const rows = summariseEffects(changes).filter((r) => wanted.size === 0 || wanted.has(r.donor));
    return { tooMany: false, rows, changeCount: changes.length };
  });
}
