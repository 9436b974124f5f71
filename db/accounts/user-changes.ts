// Changing an account: every change goes through updateUser (the last-admin rule, db/accounts/admins.ts,
// inside its transaction); disabling, enabling, the role, and the display name with its past edits.
import { eq } from 'drizzle-orm';
import { writeTransaction, type Tx } from '../connection';
import { revisions, users } from '../tables';
import { displayNameSchema, roleSchema } from '../../lib/user-schema';
import { NotFoundError, ValidationError } from '../../lib/validation';
import type { Role } from '../../lib/domain';
import { revokeTokensOf } from './tokens';
import { endSessionsOf } from './sessions';
import { keepAnAdmin } from './admins';
import { strip, type PublicUser } from './public-user';

/** Every account change goes through here: it bumps updated_at, which ends the account's sessions (auth.ts). */
export async function updateUser(
  id: number,
  set: Partial<typeof users.$inferInsert>,
  also?: (tx: Tx) => void | Promise<void>,
): Promise<PublicUser> {
  return writeTransaction(
    async (tx) => {
      await keepAnAdmin(tx, id, set);
      await also?.(tx);
      const [row] = await tx
        .update(users)
        .set({ ...set, updatedAt: new Date().toISOString() })
        .where(eq(users.id, id))
        .returning();
      if (!row) throw new NotFoundError(`user ${id} does not exist`);
      return strip(row);
    },
    { touchesData: false },
  );
}

/** Also revokes every live API token of the account, in the same transaction: enabling it later revives none. */
export async function disableUser(id: number): Promise<PublicUser> {
  return updateUser(id, { disabledAt: new Date().toISOString() }, async (tx) => {
    await revokeTokensOf(tx, id);
    await endSessionsOf(tx, id);
  });
}

export async function enableUser(id: number): Promise<PublicUser> {
  return updateUser(id, { disabledAt: null });
}

export async function setUserRole(id: number, role: Role): Promise<PublicUser> {
  const parsed = roleSchema.safeParse(role);
  if (!parsed.success) throw new ValidationError({ role: [parsed.error.issues[0].message] });
  return updateUser(id, { role: parsed.data });
}

/** Sets the display name (the admin's review) and renames the account's past edits with it. */
export async function setDisplayName(id: number, name: string): Promise<PublicUser> {
  const parsed = displayNameSchema.safeParse(name);
  if (!parsed.success) throw new ValidationError({ name: [parsed.error.issues[0].message] });
  return writeTransaction(async (tx) => {
    const [row] = await tx
      .update(users)
      .set({ name: parsed.data, nameNeedsReview: false })
      .where(eq(users.id, id))
      .returning();
    if (!row) throw new NotFoundError(`user ${id} does not exist`);
    // History is public and shows the label stored with each revision: it follows the new name.
    await tx.update(revisions).set({ actorLabel: parsed.data }).where(eq(revisions.actorId, id));
    return strip(row);
  });
}
