// Creating accounts: one by an admin or the CLI (a taken e-mail is the field error, also when two
// create it at once), and the first admin while no account exists (the /setup page).
import bcrypt from 'bcryptjs';
import { count } from 'drizzle-orm';
import { lockFor, one, writeTransaction, type Tx } from '../connection';
import { users } from '../tables';
import { newUserSchema, type NewUser } from '../../lib/user-schema';
import { fieldErrorsOf, ValidationError } from '../../lib/validation';
import type { Role } from '../../lib/domain';
import { ADMINS_LOCK } from './admins';
import { BCRYPT_COST, strip, type PublicUser } from './public-user';

/** The row to insert; without a display name, the e-mail's local part, marked for review. */
function newUserRow(input: NewUser | Omit<NewUser, 'role'>, role?: Role) {
  const parsed = newUserSchema.safeParse(role ? { ...input, role } : input);
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
  const data = parsed.data;
  return {
    email: data.email,
    role: data.role,
    passwordHash: bcrypt.hashSync(data.password, BCRYPT_COST),
    name: data.name ?? data.email.slice(0, data.email.indexOf('@')),
    nameNeedsReview: !data.name,
  };
}

/** Inserts the row unless the e-mail has an account, whoever committed it first (no check-then-insert). */
async function insertUser(tx: Tx, row: ReturnType<typeof newUserRow>): Promise<PublicUser> {
  const [created] = await tx
    .insert(users)
    .values(row)
    .onConflictDoNothing({ target: users.email })
    .returning();
  if (!created) throw new ValidationError({ email: [`email ${row.email} already has an account`] });
  return strip(created);
}

export async function createUser(input: NewUser): Promise<PublicUser> {
  const row = newUserRow(input);
  return writeTransaction((tx) => insertUser(tx, row), { touchesData: false });
}

/**
 * Creates the first admin, only while no account exists (the /setup page). `also` runs in the same
 * transaction (the setup code's check and the audit entry: app/setup/actions.ts). Two setups at once
 * make one admin: the second waits for the first's lock and then finds its account.
 */
export async function createFirstAdmin(
  input: Omit<NewUser, 'role'>,
  also?: (tx: Tx, user: PublicUser) => void | Promise<void>,
): Promise<PublicUser> {
  const row = newUserRow(input, 'admin');
  return writeTransaction(
    async (tx) => {
      await lockFor(tx, ADMINS_LOCK);
      const existing = Number((await one(tx.select({ n: count() }).from(users)))?.n ?? 0);
      if (existing > 0) throw new ValidationError({ _: ['setup is closed: an account already exists'] });
      const user = await insertUser(tx, row);
      await also?.(tx, user);
      return user;
    },
    { touchesData: false },
  );
}
