// Password changes: one's own (the current password proves it), and an admin's reset, which makes
// the account choose a new one at its next sign-in (auth.ts sends it to /password until then).
// Both go through updateUser and end the account's sessions (db/accounts/sessions.ts endSessionsOf).
import bcrypt from 'bcryptjs';
import { eq } from 'drizzle-orm';
import { one, read } from '../connection';
import { users } from '../tables';
import { BCRYPT_COST, updateUser, type PublicUser } from './users';
import { endSessionsOf } from './sessions';
import { passwordChangeSchema, passwordSchema } from '../../lib/user-schema';
import { fieldErrorsOf, NotFoundError, ValidationError } from '../../lib/validation';

export type PasswordChange = { current: string; password: string; confirm: string };

export async function changeOwnPassword(id: number, input: PasswordChange): Promise<PublicUser> {
  const parsed = passwordChangeSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
  const row = await read((db) =>
    one(db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, id))),
  );
  if (!row) throw new NotFoundError(`user ${id} does not exist`);
  if (!bcrypt.compareSync(parsed.data.current.slice(0, 200), row.hash)) {
    throw new ValidationError({ current: ['current password is not right'] });
  }
  return updateUser(
    id,
    { passwordHash: bcrypt.hashSync(parsed.data.password, BCRYPT_COST), mustChangePassword: false },
    (tx) => endSessionsOf(tx, id),
  );
}

/** Sets a password chosen by someone else (an admin, the command line); `temporary` forces a change at next sign-in. */
export async function resetPassword(
  id: number,
  password: string,
  options: { temporary: boolean },
): Promise<PublicUser> {
  const parsed = passwordSchema.safeParse(password);
  if (!parsed.success) throw new ValidationError({ password: [parsed.error.issues[0].message] });
  return updateUser(
    id,
    { passwordHash: bcrypt.hashSync(parsed.data, BCRYPT_COST), mustChangePassword: options.temporary },
    (tx) => endSessionsOf(tx, id),
  );
}
