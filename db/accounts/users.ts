// Accounts: editors and admins. Passwords are bcrypt hashes; nothing here logs or returns them.
import bcrypt from 'bcryptjs';
import { asc, count, eq, sql } from 'drizzle-orm';
import { getDb, type Tx } from '../sqlite/client';
import { writeTransaction , read } from '../sqlite/transaction';
import { revisions, users, type User } from '../schema';
import { displayNameSchema, newUserSchema, roleSchema, emailSchema, type NewUser } from '../../lib/user-schema';
import { fieldErrorsOf, NotFoundError, ValidationError } from '../../lib/validation';
import type { Role } from '../../lib/domain';
import type { Actor } from '../pledges/revisions';
import { revokeTokensOf } from './tokens';
import { endSessionsOf } from './sessions';

export const BCRYPT_COST = 11;
/** Compared against when the e-mail is unknown, so a miss costs as long as a wrong password. */
const DUMMY_HASH = bcrypt.hashSync('not-a-real-password-just-timing', BCRYPT_COST);

export type PublicUser = Omit<User, 'passwordHash'>;
const strip = ({ passwordHash: _h, ...rest }: User): PublicUser => rest;

export async function countUsers(): Promise<number> {
  return read(() => {
    return getDb().select({ n: count() }).from(users).get()?.n ?? 0;
  });
}

/** The row to insert; without a display name, the e-mail's local part, marked for review. */
function newUserRow(input: NewUser | Omit<NewUser, 'role'>, role?: Role) {
  const parsed = newUserSchema.safeParse(role ? { ...input, role } : input);
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
  const data = parsed.data;
  return {
    email: data.email, role: data.role, passwordHash: bcrypt.hashSync(data.password, BCRYPT_COST),
    name: data.name ?? data.email.slice(0, data.email.indexOf('@')), nameNeedsReview: !data.name,
  };
}

export async function createUser(input: NewUser): Promise<PublicUser> {
  const row = newUserRow(input);
  return writeTransaction((tx) => {
    if (tx.select().from(users).where(eq(users.email, row.email)).get()) {
      throw new ValidationError({ email: [`email ${row.email} already has an account`] });
    }
    return strip(tx.insert(users).values(row).returning().get());
  }, { touchesData: false });
}

/**
 * Creates the first admin, only while no account exists (the /setup page). `also` runs in the same
 * transaction (the setup code's check and the audit entry: app/setup/actions.ts).
 */
export async function createFirstAdmin(input: Omit<NewUser, 'role'>, also?: (tx: Tx, user: PublicUser) => void): Promise<PublicUser> {
  const row = newUserRow(input, 'admin');
  return writeTransaction((tx) => {
    const existing = tx.select({ n: count() }).from(users).get()?.n ?? 0;
    if (existing > 0) throw new ValidationError({ _: ['setup is closed: an account already exists'] });
    const user = strip(tx.insert(users).values(row).returning().get());
    also?.(tx, user);
    return user;
  }, { touchesData: false });
}

export function userById(id: number): PublicUser | null {
  const row = getDb().select().from(users).where(eq(users.id, id)).get();
  return row ? strip(row) : null;
}

export async function getUserById(id: number): Promise<PublicUser | null> {
  return read(() => userById(id));
}

export function userByEmail(email: string): PublicUser | null {
  const row = getDb().select().from(users).where(eq(users.email, email.trim().toLowerCase())).get();
  return row ? strip(row) : null;
}

export async function getUserByEmail(email: string): Promise<PublicUser | null> {
  return read(() => userByEmail(email));
}

/** The active account with these credentials, or null (same cost whether or not the e-mail exists). */
export function credentialsUser(email: string, password: string): PublicUser | null {
  const row = getDb().select().from(users).where(eq(users.email, String(email).trim().toLowerCase())).get();
  const ok = bcrypt.compareSync(String(password).slice(0, 200), row?.passwordHash ?? DUMMY_HASH);
  if (!row || !ok || row.disabledAt) return null;
  return strip(row);
}

export async function verifyCredentials(email: string, password: string): Promise<PublicUser | null> {
  return read(() => credentialsUser(email, password));
}

export async function listUsers(): Promise<PublicUser[]> {
  return read(() => {
    return getDb().select().from(users).orderBy(asc(users.email)).all().map(strip);
  });
}

export const LAST_ADMIN = 'this is the only active admin: make someone else admin first';

/** Refuses, inside the write's transaction, a change that would leave no active admin. */
function keepAnAdmin(tx: Tx, id: number, set: Partial<typeof users.$inferInsert>): void {
  const before = tx.select().from(users).where(eq(users.id, id)).get();
  if (!before || before.role !== 'admin' || before.disabledAt) return;
  const losesAdmin = (set.disabledAt != null) || (set.role !== undefined && set.role !== 'admin');
  if (losesAdmin && countActiveAdmins(tx) <= 1) throw new ValidationError({ _: [LAST_ADMIN] });
}

/** Every account change goes through here: it bumps updated_at, which ends the account's sessions (auth.ts). */
export async function updateUser(id: number, set: Partial<typeof users.$inferInsert>, also?: (tx: Tx) => void): Promise<PublicUser> {
  return writeTransaction((tx) => {
    keepAnAdmin(tx, id, set);
    also?.(tx);
    const row = tx.update(users).set({ ...set, updatedAt: new Date().toISOString() }).where(eq(users.id, id)).returning().get();
    if (!row) throw new NotFoundError(`user ${id} does not exist`);
    return strip(row);
  }, { touchesData: false });
}

/** Also revokes every live API token of the account, in the same transaction: enabling it later revives none. */
export async function disableUser(id: number): Promise<PublicUser> {
  return updateUser(id, { disabledAt: new Date().toISOString() }, (tx) => { revokeTokensOf(tx, id); endSessionsOf(tx, id); });
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
  return read(() => {
    const asEmail = emailSchema.safeParse(emailOrId);
    const user = asEmail.success ? userByEmail(asEmail.data) : null;
    if (!user) throw new NotFoundError(`no account for ${emailOrId}`);
    return user.id;
  });
}

/** Sets the display name (the admin's review) and renames the account's past edits with it. */
export async function setDisplayName(id: number, name: string): Promise<PublicUser> {
  const parsed = displayNameSchema.safeParse(name);
  if (!parsed.success) throw new ValidationError({ name: [parsed.error.issues[0].message] });
  const user = await writeTransaction((tx) => {
    const row = tx.update(users).set({ name: parsed.data, nameNeedsReview: false }).where(eq(users.id, id)).returning().get();
    if (!row) throw new NotFoundError(`user ${id} does not exist`);
    // History is public and shows the label stored with each revision: it follows the new name.
    tx.update(revisions).set({ actorLabel: parsed.data }).where(eq(revisions.actorId, id)).run();
    return strip(row);
  });
  return user;
}

/** How a user appears in revision history: the display name, never the e-mail. */
export function actorFor(user: Pick<PublicUser, 'id' | 'name'>): Actor {
  return { id: user.id, label: user.name?.trim() || `editor ${user.id}` };
}

export function countActiveAdmins(db: Tx | ReturnType<typeof getDb> = getDb()): number {
  return db.select({ n: count() }).from(users).where(sql`${users.role} = 'admin' and ${users.disabledAt} is null`).get()?.n ?? 0;
}
