// Creating, correcting and retracting pledges. Each write validates through lib/pledge-schema,
// runs in one transaction with its sources and its revision, and bumps the data version.
import { and, eq } from 'drizzle-orm';
import { affected, writeTransaction, type Tx } from '../connection';
import { pledges, type PledgeRow } from '../tables';
import { findOrCreateParty } from './parties';
import { listSourcesForPledge, setPledgeSources, upsertSource, type CorrectionContext } from './sources';
import { readPledge, type PledgeView } from './read';
import { diffSnapshots, lastRevision, recordRevision, type Actor } from './revisions';
import { loadFxTable } from '../fx';
import { assertExternalIdFree, checkParent, writingExternalId } from './write-checks';
import { conversionFor, parsePledge, pledgeColumns, pledgeToInput, snapshot } from './pledge-columns';
import { retractSchema, type PledgeData, type PledgeInput } from '../../lib/pledge-schema';
import { parseOrThrow, NotFoundError, ValidationError, VersionConflictError } from '../../lib/validation';

export type { Actor } from './revisions';
export {
  conversionFor,
  parentProblem,
  parsePledge,
  pledgeColumns,
  pledgeToInput,
  snapshot,
  type SnapshotFields,
} from './pledge-columns';

/** The columns a validated pledge writes (parties resolved, money converted). */
async function columnsFor(tx: Tx, data: PledgeData, selfId: number | null, actor: Actor) {
  const donor = await findOrCreateParty(tx, data.donor, data.donorKind);
  const recipient = await findOrCreateParty(tx, data.recipient, data.recipientKind);
  const problem = await checkParent(tx, data, donor.id, selfId);
  if (problem) throw new ValidationError(problem);
  return pledgeColumns(data, donor.id, recipient.id, conversionFor(data, await loadFxTable()), actor);
}

/** How a source correction made while writing pledge `id` is recorded on the other pledges citing it. */
function correctionContext(
  actor: Actor,
  doing: 'creating' | 'editing',
  id: number,
  note?: string | null,
): CorrectionContext {
  return {
    actor,
    pledgeId: id,
    reason: `source corrected while ${doing} pledge #${id}${note ? `: ${note}` : ''}`,
    corrections: {},
  };
}

/** Creates a pledge with its sources and a 'create' revision, inside `tx` when given. */
export async function createPledgeIn(
  tx: Tx,
  input: unknown,
  actor: Actor,
  reason?: string | null,
): Promise<PledgeView> {
  const data = parsePledge(input);
  await assertExternalIdFree(tx, data.externalId, null);
  const columns = await columnsFor(tx, data, null, actor);
  const [{ id }] = await writingExternalId(data.externalId, () =>
    tx
      .insert(pledges)
      .values({ ...columns, createdBy: actor.id })
      .returning({ id: pledges.id }),
  );
  await setPledgeSources(tx, id, data.sources, correctionContext(actor, 'creating', id, reason));
  const view = (await readPledge(tx, id))!;
  await recordRevision(tx, {
    pledgeId: id,
    action: 'create',
    actor,
    reason,
    changes: diffSnapshots(null, snapshot(view)),
    version: 1,
    at: view.updatedAt,
  });
  return (await readPledge(tx, id))!;
}

export async function createPledge(
  input: unknown,
  actor: Actor,
  reason?: string | null,
): Promise<PledgeView> {
  return writeTransaction((tx) => createPledgeIn(tx, input, actor, reason));
}

export async function loadForWrite(tx: Tx, id: number, expectedVersion: number | null): Promise<PledgeView> {
  const current = await readPledge(tx, id);
  if (!current) throw new NotFoundError(`pledge ${id} does not exist`);
  if (expectedVersion != null && current.version !== expectedVersion) {
    const last = await lastRevision(id, tx);
    throw new VersionConflictError(
      expectedVersion,
      current.version,
      last?.actorLabel ?? 'someone',
      last?.at ?? current.updatedAt,
    );
  }
  return current;
}

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
  if (affected(result) !== 1)
    throw new VersionConflictError(
      current.version,
      current.version + 1,
      'another request',
      new Date().toISOString(),
    );
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

/**
 * Writes `set` and the next version onto the pledge as `current` read it. The version in WHERE
 * refuses a write another transaction committed since that read (PostgreSQL's READ COMMITTED lets
 * both read the same version), so it is a conflict, never a silent overwrite.
 */
export async function bumpVersion(
  tx: Tx,
  current: Pick<PledgeView, 'id' | 'version'>,
  set: Partial<PledgeRow>,
): Promise<void> {
  const result = await tx
    .update(pledges)
    .set({ ...set, version: current.version + 1 })
    .where(and(eq(pledges.id, current.id), eq(pledges.version, current.version)));
  if (affected(result) !== 1)
    throw new VersionConflictError(
      current.version,
      current.version + 1,
      'another request',
      new Date().toISOString(),
    );
}

/** A change to one pledge: `expectedVersion` is the version the caller read (null: whatever is stored). */
export type PledgeChange = { id: number; expectedVersion: number | null; actor: Actor };

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

/** Retracts (never deletes): hidden from totals, kept with its history. Needs a reason. */
export async function retractPledge({
  id,
  input,
  expectedVersion,
  actor,
}: PledgeChange & { input: unknown }): Promise<PledgeView> {
  const { reason } = parseOrThrow(retractSchema, input);
  return writeTransaction(async (tx) => {
    const current = await loadForWrite(tx, id, expectedVersion);
    if (current.retractedAt)
      throw new ValidationError({ _: [`pledge ${id} is already retracted (${current.retractedAt})`] });
    const at = new Date().toISOString();
    await bumpVersion(tx, current, {
      retractedAt: at,
      retractionReason: reason,
      updatedAt: at,
      updatedBy: actor.id,
    });
    await recordRevision(tx, {
      pledgeId: id,
      action: 'retract',
      actor,
      reason,
      changes: { retractedAt: [null, at] },
      version: current.version + 1,
      at,
    });
    return (await readPledge(tx, id))!;
  });
}
