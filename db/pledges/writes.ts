// Creating, correcting and retracting pledges. Each write validates through lib/pledge-schema,
// runs in one transaction with its sources and its revision, and bumps the data version. Creating
// and retracting are here; correcting is db/pledges/update.ts, the steps they share write-steps.ts.
import { writeTransaction, type Tx } from '../connection';
import { pledges } from '../tables';
import { setPledgeSources } from './sources';
import { readPledge, type PledgeView } from './read';
import { diffSnapshots, recordRevision, type Actor } from './revisions';
import { assertExternalIdFree, writingExternalId } from './write-checks';
import { parsePledge } from './pledge-columns';
import { snapshot } from './pledge-snapshot';
import { bumpVersion, columnsFor, correctionContext, loadForWrite, type PledgeChange } from './write-steps';
import { retractSchema } from '../../lib/pledge-schema';
import { parseOrThrow, ValidationError } from '../../lib/validation';

export type { Actor } from './revisions';
export { conversionFor, parentProblem, parsePledge, pledgeColumns } from './pledge-columns';
export { pledgeToInput, snapshot, type SnapshotFields } from './pledge-snapshot';
export { bumpVersion, loadForWrite, type PledgeChange } from './write-steps';
export { updatePledge, updatePledgeIn } from './update';

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
