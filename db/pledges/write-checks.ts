// The checks a pledge write makes against the stored rows, in the writer's transaction: the parent
// rules (db/pledges/pledge-columns.ts parentProblem) on the parent as committed, and the external
// id's uniqueness, which the unique index keeps when two writers take one id at once.
import { count, eq, sql } from 'drizzle-orm';
import { lockingRows } from '../sql-dialect';
import { execute, isUniqueViolation, one, type Tx } from '../connection';
import { pledges } from '../tables';
import { parentProblem } from './pledge-columns';
import type { PledgeData } from '../../lib/pledge-schema';
import { ValidationError, type FieldErrors } from '../../lib/validation';

export async function checkParent(
  tx: Tx,
  data: PledgeData,
  donorId: number,
  selfId: number | null,
): Promise<FieldErrors | null> {
  if (data.parentId == null) return null;
  // Two writers at once (PostgreSQL) must not each pass half the rule: one making this pledge a
  // draw-down while the other draws down from it. The pledge is held against new draw-downs and
  // the parent against becoming one until this transaction ends; the rules then read committed rows.
  if (selfId != null)
    await execute(tx, sql`select id from pledges where id = ${selfId}${lockingRows('update')}`);
  await execute(tx, sql`select id from pledges where id = ${data.parentId}${lockingRows('share')}`);
  const parent = await one(tx.select().from(pledges).where(eq(pledges.id, data.parentId)));
  const children =
    selfId == null
      ? 0
      : ((await one(tx.select({ n: count() }).from(pledges).where(eq(pledges.parentId, selfId))))?.n ?? 0);
  return parentProblem(parent, data, donorId, selfId, children);
}

const externalIdTaken = (externalId: string, owner: string) =>
  new ValidationError({ externalId: [`externalId "${externalId}" already belongs to ${owner}`] });

export async function assertExternalIdFree(
  tx: Tx,
  externalId: string | null | undefined,
  selfId: number | null,
): Promise<void> {
  if (!externalId) return;
  const other = await one(
    tx.select({ id: pledges.id }).from(pledges).where(eq(pledges.externalId, externalId)),
  );
  if (other && other.id !== selfId) throw externalIdTaken(externalId, `pledge ${other.id}`);
}

/**
 * Runs the pledge row's insert or update; a concurrent writer that committed the same external id
 * after assertExternalIdFree looked is refused by the unique index, reported as the same field error.
 */
export async function writingExternalId<T>(
  externalId: string | null | undefined,
  write: () => Promise<T>,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (externalId && isUniqueViolation(error)) throw externalIdTaken(externalId, 'another pledge');
    throw error;
  }
}
