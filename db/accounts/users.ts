// Accounts: editors and admins. Passwords are bcrypt hashes; nothing here logs or returns them.
import bcrypt from 'bcryptjs';
import { asc, count, eq } from 'drizzle-orm';
import { lockFor, one, read, writeTransaction, type Tx } from '../connection';
import { revisions, users, type User } from '../tables';
import {
  displayNameSchema,
  newUserSchema,
  roleSchema,
  emailSchema,
  type NewUser,
} from '../../lib/user-schema';
import { fieldErrorsOf, NotFoundError, ValidationError } from '../../lib/validation';
import type { Role } from '../../lib/domain';
import type { Actor } from '../pledges/revisions';
import { revokeTokensOf } from './tokens';
import { endSessionsOf } from './sessions';
import { ADMINS_LOCK, keepAnAdmin } from './admins';

export { LAST_ADMIN, countActiveAdmins } from './admins';

export const BCRYPT_COST = 11;
/** Compared against when the e-mail is unknown, so a miss costs as long as a wrong password. */
const DUMMY_HASH = bcrypt.hashSync('not-a-real-password-just-timing', BCRYPT_COST);

export type PublicUser = Omit<User, 'passwordHash'>;
const strip = ({ passwordHash: _h, ...rest }: User): PublicUser => rest;

export async function countUsers(): Promise<number> {
  return read(async (db) => Number((await one(db.select({ n: count() }).from(users)))?.n ?? 0));
}

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

export async function resolveUserId(emailOrId: string): Promise<number> {
  const asEmail = emailSchema.safeParse(emailOrId);
  const user = asEmail.success ? await getUserByEmail(asEmail.data) : null;
  if (!user) throw new NotFoundError(`no account for ${emailOrId}`);
  return user.id;
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

/** How a user appears in revision history: the display name, never the e-mail. */
export function actorFor(user: Pick<PublicUser, 'id' | 'name'>): Actor {
  return { id: user.id, label: user.name?.trim() || `editor ${user.id}` };
}
