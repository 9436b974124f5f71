// Accounts: editors and admins. Passwords are bcrypt hashes; nothing here logs or returns them.
// This file reads accounts; creating them is db/accounts/user-create.ts, changing them
// db/accounts/user-changes.ts, and their verbs are exported from here too.
import bcrypt from 'bcryptjs';
import { asc, count, eq } from 'drizzle-orm';
import { one, read, type Tx } from '../connection';
import { users } from '../tables';
import { emailSchema } from '../../lib/user-schema';
import { NotFoundError } from '../../lib/validation';
import type { Actor } from '../pledges/revisions';
import { BCRYPT_COST, strip, type PublicUser } from './public-user';

export { LAST_ADMIN, countActiveAdmins } from './admins';
export { BCRYPT_COST, type PublicUser } from './public-user';
export { createFirstAdmin, createUser } from './user-create';
export { disableUser, enableUser, setDisplayName, setUserRole, updateUser } from './user-changes';

/** Compared against when the e-mail is unknown, so a miss costs as long as a wrong password. */
const DUMMY_HASH = bcrypt.hashSync('not-a-real-password-just-timing', BCRYPT_COST);

export async function countUsers(): Promise<number> {
  return read(async (db) => Number((await one(db.select({ n: count() }).from(users)))?.n ?? 0));
}

export async function userById(db: Tx, id: number): Promise<PublicUser | null> {
  const row = await one(db.select().from(users).where(eq(users.id, id)));
  return row ? strip(row) : null;
}

/** Ids are positive 32-bit integers (PostgreSQL's `integer` refuses more): anything else names no account. */
const isAccountId = (id: number): boolean => Number.isInteger(id) && id >= 1 && id <= 2_147_483_647;

export async function getUserById(id: number): Promise<PublicUser | null> {
  if (!isAccountId(id)) return null;
  return read((db) => userById(db, id));
}

export async function userByEmail(db: Tx, email: string): Promise<PublicUser | null> {
  const row = await one(db.select().from(users).where(eq(users.email, email.trim().toLowerCase())));
  return row ? strip(row) : null;
}

export async function getUserByEmail(email: string): Promise<PublicUser | null> {
  return read((db) => userByEmail(db, email));
}

/** The active account with these credentials, or null (same cost whether or not the e-mail exists). */
export async function verifyCredentials(email: string, password: string): Promise<PublicUser | null> {
  const row = await read((db) =>
    one(
      db
        .select()
        .from(users)
        .where(eq(users.email, String(email).trim().toLowerCase())),
    ),
  );
  // Compared outside the read: the hash's cost need not hold up SQLite's writers.
  const ok = bcrypt.compareSync(String(password).slice(0, 200), row?.passwordHash ?? DUMMY_HASH);
  if (!row || !ok || row.disabledAt) return null;
  return strip(row);
}

export async function listUsers(): Promise<PublicUser[]> {
  return read(async (db) => (await db.select().from(users).orderBy(asc(users.email))).map(strip));
}

export async function resolveUserId(emailOrId: string): Promise<number> {
  const asEmail = emailSchema.safeParse(emailOrId);
  const user = asEmail.success ? await getUserByEmail(asEmail.data) : null;
  if (!user) throw new NotFoundError(`no account for ${emailOrId}`);
  return user.id;
}

/** How a user appears in revision history: the display name, never the e-mail. */
export function actorFor(user: Pick<PublicUser, 'id' | 'name'>): Actor {
  return { id: user.id, label: user.name?.trim() || `editor ${user.id}` };
}
