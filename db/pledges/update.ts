// Correcting a pledge: a patch of its input fields applied at the version the editor read, with its
// sources and one 'update' (or 'restore') revision; a patch that changes nothing leaves no trace.
import { and, eq } from 'drizzle-orm';
import { writeTransaction, type Tx } from '../connection';
import { pledges } from '../tables';
import { listSourcesForPledge, setPledgeSources, upsertSource } from './sources';
import { readPledge, type PledgeView } from './read';
import { diffSnapshots, recordRevision, type Actor } from './revisions';
import { assertExternalIdFree, writingExternalId } from './write-checks';
import { parsePledge } from './pledge-columns';
import { pledgeToInput, snapshot } from './pledge-snapshot';
import {
  assertWroteAtVersion,
  columnsFor,
  correctionContext,
  loadForWrite,
  type PledgeChange,
} from './write-steps';
import type { PledgeInput } from '../../lib/pledge-schema';
import { ValidationError } from '../../lib/validation';

/**
 * Applies `patch` (any subset of the input fields) to the pledge at `expectedVersion`. A stale
 * version throws VersionConflictError: never a silent overwrite. Returns the pledge unchanged
 * (and writes no revision) when the patch changes nothing.
 */
export async function updatePledgeIn(
  tx: Tx,
  id: number,
  patch: Partial<PledgeInput>,
  expectedVersion: number | null,
  actor: Actor,
  reason?: string | null,
  action: 'update' | 'restore' = 'update',
): Promise<PledgeView> {
  const current = await loadForWrite(tx, id, expectedVersion);
  if (current.retractedAt)
    throw new ValidationError({ _: [`pledge ${id} is retracted: un-retract it before editing it`] });
  const data = parsePledge({ ...pledgeToInput(current), ...patch });
  await assertExternalIdFree(tx, data.externalId, id);
  const columns = await columnsFor(tx, data, id, actor);
  // Corrected documents first: the pledge's own revision then records each correction once (under
  // its document) and its sources' diff shows only what changed about the links themselves.
  const context = correctionContext(actor, 'editing', id, reason);
  for (const s of data.sources) await upsertSource(tx, s, context);
  const before = snapshot({ ...current, sources: await listSourcesForPledge(id, tx) });
  const result = await writingExternalId(data.externalId, () =>
    tx
      .update(pledges)
      .set({ ...columns, version: current.version + 1 })
      .where(and(eq(pledges.id, id), eq(pledges.version, current.version))),
  );
  assertWroteAtVersion(result, current);
  await setPledgeSources(tx, id, data.sources, context);
  const after = (await readPledge(tx, id))!;
  const changes = { ...diffSnapshots(before, snapshot(after)), ...context.corrections };
  if (Object.keys(changes).length === 0) {
    // Nothing changed: undo the version bump so a no-op save leaves no trace.
    await tx
      .update(pledges)
      .set({ version: current.version, updatedAt: current.updatedAt, updatedBy: current.updatedBy })
      .where(eq(pledges.id, id));
    return (await readPledge(tx, id))!;
  }
  await recordRevision(tx, {
    pledgeId: id,
    action,
    actor,
    reason,
    changes,
    version: after.version,
    at: after.updatedAt,
  });
  return (await readPledge(tx, id))!;
}

export async function updatePledge({
  id,
  patch,
  expectedVersion,
  actor,
  reason,
}: PledgeChange & {
  patch: Partial<PledgeInput>;
  reason?: string | null;
}): Promise<PledgeView> {
  return writeTransaction((tx) => updatePledgeIn(tx, id, patch, expectedVersion, actor, reason));
}
