// Cutting a release: a name for the record as it stands now. Only an active admin may cut one; the
// check is made again here, inside the write, so the form, a script and a test all obey it.
import { eq, sql } from 'drizzle-orm';
import { execute, firstRow, one, writeTransaction, type Tx } from '../connection';
import { onPostgres } from '../engine';
import { nowText } from '../sql-dialect';
import { releases, users } from '../tables';
import { cutReleaseSchema, RELEASE_LABELS } from '../../lib/release-schema';
import { parseOrThrow, ValidationError } from '../../lib/validation';
import { toReleaseView, type ReleaseView } from './read';
import { recordAudit } from '../accounts/audit';

export type CutRelease = { name: unknown; note?: unknown; actor: { id: number } };

async function requireActiveAdmin(tx: Tx, id: number): Promise<string> {
  const account = await one(
    tx
      .select({ role: users.role, disabledAt: users.disabledAt, name: users.name })
      .from(users)
      .where(eq(users.id, id)),
  );
  if (!account || account.disabledAt || account.role !== 'admin')
    throw new ValidationError({ _: ['only an active admin may cut a release'] });
  return account.name ?? '';
}

/**
 * The moment of the cut must split the revisions cleanly: every revision at or before it committed,
 * every later one after it. On PostgreSQL a SHARE lock on revisions waits for the writers under way
 * and holds new ones off until this commits (SQLite's one writer already does both). Holding them
 * until the clock has moved past the cut's millisecond means no later revision can share it.
 */
async function holdWritersPast(tx: Tx, cutAt: string): Promise<void> {
  for (let i = 0; i < 1000; i++) {
    const row = await firstRow<{ now: string }>(tx, sql`select ${nowText()} as now`);
    if (row && row.now > cutAt) return;
  }
}

export async function cutRelease({ name, note, actor }: CutRelease): Promise<ReleaseView> {
  const input = parseOrThrow(cutReleaseSchema, { name, note: note ?? null });
  return writeTransaction(async (tx) => {
    const actorName = await requireActiveAdmin(tx, actor.id);
    if (onPostgres()) await execute(tx, sql`lock table revisions in share mode`);
    const [created] = await tx
      .insert(releases)
      .values({ name: input.name, note: input.note, createdBy: actor.id })
      .onConflictDoNothing({ target: releases.name })
      .returning();
    if (!created)
      throw new ValidationError({
        name: [`${RELEASE_LABELS.name}: a release named “${input.name}” already exists; choose another name`],
      });
    await recordAudit(
      {
        event: 'release_cut',
        actorId: actor.id,
        detail: `Release ${created.name}, the record at ${created.cutAt}`,
      },
      tx,
    );
    await holdWritersPast(tx, created.cutAt);
    return toReleaseView({ ...created, createdByName: actorName });
  });
  // The data version moves (writeTransaction's default): anything cached on it that resolves
  // `release:NAME` must see the new release.
}
