// The steps the pledge write verbs share (db/pledges/writes.ts, update.ts, undo.ts, unretract.ts,
// progress.ts): the row's columns with its parties resolved and money converted, how a source
// correction is recorded, and the version read before a write and checked in the write itself.
import { and, eq } from 'drizzle-orm';
import { affected, type Tx } from '../connection';
import { pledges, type PledgeRow } from '../tables';
import { findOrCreateParty } from './parties';
import type { CorrectionContext } from './sources';
import { readPledge, type PledgeView } from './read';
import { lastRevision, type Actor } from './revisions';
import { loadFxTable } from '../fx';
import { checkParent } from './write-checks';
import { conversionFor, pledgeColumns } from './pledge-columns';
import type { PledgeData } from '../../lib/pledge-schema';
import { NotFoundError, ValidationError, VersionConflictError } from '../../lib/validation';

/** The columns a validated pledge writes (parties resolved, money converted). */
export async function columnsFor(tx: Tx, data: PledgeData, selfId: number | null, actor: Actor) {
  const donor = await findOrCreateParty(tx, data.donor, data.donorKind);
  const recipient = await findOrCreateParty(tx, data.recipient, data.recipientKind);
  const problem = await checkParent(tx, data, donor.id, selfId);
  if (problem) throw new ValidationError(problem);
  return pledgeColumns(data, donor.id, recipient.id, conversionFor(data, await loadFxTable()), actor);
}

/** How a source correction made while writing pledge `id` is recorded on the other pledges citing it. */
export function correctionContext(
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
  assertWroteAtVersion(result, current);
}

/** A write with `current.version` in WHERE that changed no row: another request committed first (409). */
export function assertWroteAtVersion(result: unknown, current: Pick<PledgeView, 'version'>): void {
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
