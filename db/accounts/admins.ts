// The rule that the site always keeps an active admin, checked inside the write that could break it.
// Under PostgreSQL's READ COMMITTED two transactions demoting the only two admins would each count
// the other still there and both commit; so every such write first takes one advisory lock
// (db/connection.ts lockFor) and counts after it, when the other's change is committed and visible.
import { and, count, eq, isNull } from 'drizzle-orm';
import { lockFor, one, type Tx } from '../connection';
import { users } from '../tables';
import { ValidationError } from '../../lib/validation';

/** The lock every write that may remove an active admin takes (the first admin's setup too). */
export const ADMINS_LOCK = 7_316_101;

export const LAST_ADMIN = 'this is the only active admin: make someone else admin first';

export async function countActiveAdmins(db: Tx): Promise<number> {
  const row = await one(
    db
      .select({ n: count() })
      .from(users)
      .where(and(eq(users.role, 'admin'), isNull(users.disabledAt))),
  );
  return Number(row?.n ?? 0);
}

/** Refuses, inside the write's transaction, a change that would leave no active admin. */
export async function keepAnAdmin(
  tx: Tx,
  id: number,
  set: Partial<typeof users.$inferInsert>,
): Promise<void> {
  const losesAdmin = set.disabledAt != null || (set.role !== undefined && set.role !== 'admin');
  if (!losesAdmin) return;
  await lockFor(tx, ADMINS_LOCK);
  const before = await one(
    tx.select({ role: users.role, disabledAt: users.disabledAt }).from(users).where(eq(users.id, id)),
  );
  if (!before || before.role !== 'admin' || before.disabledAt) return;
  if ((await countActiveAdmins(tx)) <= 1) throw new ValidationError({ _: [LAST_ADMIN] });
}
