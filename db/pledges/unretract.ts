// Un-retracting a pledge: a revision of its own, with the reason the editor gave.
import { writeTransaction } from '../connection';
import { type PledgeChange, bumpVersion, loadForWrite } from './writes';
import { readPledge, type PledgeView } from './read';
import { recordRevision } from './revisions';
import { retractSchema } from '../../lib/pledge-schema';
import { parseOrThrow, ValidationError } from '../../lib/validation';

function reasonOf(input: unknown): string {
  return parseOrThrow(retractSchema, input).reason;
}

/** Puts a retracted pledge back into the totals; like a retraction, it needs a reason. */
export async function unretractPledge({
  id,
  input,
  expectedVersion,
  actor,
}: PledgeChange & { input: unknown }): Promise<PledgeView> {
  const reason = reasonOf(input);
  return writeTransaction(async (tx) => {
    const current = await loadForWrite(tx, id, expectedVersion);
    if (!current.retractedAt) throw new ValidationError({ _: [`pledge ${id} is not retracted`] });
    const at = new Date().toISOString();
    await bumpVersion(tx, current, {
      retractedAt: null,
      retractionReason: null,
      updatedAt: at,
      updatedBy: actor.id,
    });
    await recordRevision(tx, {
      pledgeId: id,
      action: 'unretract',
      actor,
      reason,
      changes: { retractedAt: [current.retractedAt, null] },
      version: current.version + 1,
      at,
    });
    return (await readPledge(tx, id))!;
  });
}
