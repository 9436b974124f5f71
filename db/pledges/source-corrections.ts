// A stored document corrected by a mention that states a detail differently: the details a
// correction may change, and the revision it leaves on every other pledge citing the document.
import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../connection';
import { pledgeSources, pledges, sources } from '../tables';
import { recordRevision, type Actor, type Changes } from './revisions';
import type { SourceInput } from './sources';
import { SOURCE_CHANGE_PREFIX } from '../../lib/revision-changes';

type SourceRow = typeof import('../schema').sources.$inferSelect;

/** Who corrects a document and why; the revisions it leaves on the pledges that cite it say so. */
export type CorrectionContext = {
  actor: Actor;
  /** The reason recorded on every other citing pledge ("source corrected while editing pledge #4"). */
  reason: string;
  /** The pledge being written: its own revision records the correction, so it is left out here. */
  pledgeId: number | null;
  /** Filled with each corrected document's before and after, for the pledge's own revision. */
  corrections?: Changes;
};

/** The details a correction can change; accessedOn only fills a gap (a later visit is no correction). */
const CORRECTABLE = ['title', 'publisher', 'publishedOn'] as const;
const documentOf = (r: Pick<SourceRow, 'url' | 'title' | 'publisher' | 'publishedOn'>) => ({
  url: r.url,
  title: r.title,
  publisher: r.publisher,
  publishedOn: r.publishedOn,
});

/** Every other pledge citing `sourceId` gets an 'update' revision and a new version: it changed too. */
async function recordOnCitingPledges(
  tx: Tx,
  sourceId: number,
  change: [unknown, unknown],
  context: CorrectionContext,
): Promise<void> {
  const citing = await tx
    .select({ id: pledgeSources.pledgeId })
    .from(pledgeSources)
    .where(eq(pledgeSources.sourceId, sourceId));
  const at = new Date().toISOString();
  for (const p of citing) {
    if (p.id === context.pledgeId) continue;
    // The next version counted by the update itself, so a concurrent write to the pledge is never overwritten.
    const [bumped] = await tx
      .update(pledges)
      .set({ version: sql`${pledges.version} + 1`, updatedAt: at, updatedBy: context.actor.id })
      .where(eq(pledges.id, p.id))
      .returning({ version: pledges.version });
    await recordRevision(tx, {
      pledgeId: p.id,
      action: 'update',
      actor: context.actor,
      reason: context.reason,
      changes: { [`${SOURCE_CHANGE_PREFIX}${sourceId}`]: change },
      version: bumped.version,
      at,
    });
  }
}

/**
 * Brings the stored document `existing` in line with what `input` states: a detail left empty keeps
 * what is stored, and accessedOn only fills a gap. A changed document is recorded on the pledges citing it.
 */
export async function correctSource(
  tx: Tx,
  existing: SourceRow,
  input: SourceInput,
  context: CorrectionContext,
): Promise<void> {
  const patch: Partial<SourceRow> = {};
  for (const key of CORRECTABLE) {
    const given = input[key]?.trim() || null;
    if (given && given !== existing[key]) patch[key] = given;
  }
  if (!existing.accessedOn && input.accessedOn) patch.accessedOn = input.accessedOn;
  if (Object.keys(patch).length === 0) return;
  await tx.update(sources).set(patch).where(eq(sources.id, existing.id));
  const before = documentOf(existing);
  const after = documentOf({ ...existing, ...patch });
  if (JSON.stringify(before) !== JSON.stringify(after)) {
    await recordOnCitingPledges(tx, existing.id, [before, after], context);
    if (context.corrections) context.corrections[`${SOURCE_CHANGE_PREFIX}${existing.id}`] = [before, after];
  }
}
