// Accounts: editors and admins. Passwords are bcrypt hashes; nothing here logs or returns them.
import bcrypt from 'bcryptjs';
import { asc, count, eq, sql } from 'drizzle-orm';
import { getDb, writeTransaction } from './client';
import { users, type User } from './schema';
import { newUserSchema, passwordSchema, roleSchema, emailSchema, type NewUser } from '../lib/user-schema';
import { fieldErrorsOf, NotFoundError, ValidationError } from '../lib/validation';
import type { Role } from '../lib/domain';
import type { Actor } from './revisions';

const BCRYPT_COST = 11;
/** Compared against when the e-mail is unknown, so a miss costs as long as a wrong password. */
const DUMMY_HASH = bcrypt.hashSync('not-a-real-password-just-timing', BCRYPT_COST);

export type PublicUser = Omit<User, 'passwordHash'>;
const strip = ({ passwordHash: _h, ...rest }: User): PublicUser => rest;

export function countUsers(): number {
  return getDb().select({ n: count() }).from(users).get()?.n ?? 0;
}

function parseNewUser(input: NewUser) {
  const parsed = newUserSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
  return parsed.data;
}

export function createUser(input: NewUser): PublicUser {
  const data = parseNewUser(input);
  const passwordHash = bcrypt.hashSync(data.password, BCRYPT_COST);
  return writeTransaction((tx) => {
    if (tx.select().from(users).where(eq(users.email, data.email)).get()) {
      throw new ValidationError({ email: [`email ${data.email} already has an account`] });
    }
    return strip(tx.insert(users).values({ email: data.email, name: data.name ?? null, passwordHash, role: data.role }).returning().get());
  }, { touchesData: false });
}

/** Creates the first admin, only while no account exists (the /setup page). */
export function createFirstAdmin(input: Omit<NewUser, 'role'>): PublicUser {
  const data = parseNewUser({ ...input, role: 'admin' });
  const passwordHash = bcrypt.hashSync(data.password, BCRYPT_COST);
  return writeTransaction((tx) => {
    const existing = tx.select({ n: count() }).from(users).get()?.n ?? 0;
    if (existing > 0) throw new ValidationError({ _: ['setup is closed: an account already exists'] });
    return strip(tx.insert(users).values({ email: data.email, name: data.name ?? null, passwordHash, role: 'admin' }).returning().get());
  }, { touchesData: false });
}

export function getUserById(id: number): PublicUser | null {
  const row = getDb().select().from(users).where(eq(users.id, id)).get();
  return row ? strip(row) : null;
}

export function getUserByEmail(email: string): PublicUser | null {
  const row = getDb().select().from(users).where(eq(users.email, email.trim().toLowerCase())).get();
  return row ? strip(row) : null;
}

/** The active account with these credentials, or null (same cost whether or not the e-mail exists). */
export function verifyCredentials(email: string, password: string): PublicUser | null {
  const row = getDb().select().from(users).where(eq(users.email, String(email).trim().toLowerCase())).get();
  const ok = bcrypt.compareSync(String(password).slice(0, 200), row?.passwordHash ?? DUMMY_HASH);
  if (!row || !ok || row.disabledAt) return null;
  return strip(row);
}

export function listUsers(): PublicUser[] {
  return getDb().select().from(users).orderBy(asc(users.email)).all().map(strip);
}

function updateUser(id: number, set: Partial<typeof users.$inferInsert>): PublicUser {
  return writeTransaction((tx) => {
    const row = tx.update(users).set({ ...set, updatedAt: new Date().toISOString() }).where(eq(users.id, id)).returning().get();
    if (!row) throw new NotFoundError(`user ${id} does not exist`);
    return strip(row);
  }, { touchesData: false });
}

export function disableUser(id: number): PublicUser {
  return updateUser(id, { disabledAt: new Date().toISOString() });
}

export function enableUser(id: number): PublicUser {
  return updateUser(id, { disabledAt: null });
}

export function setUserRole(id: number, role: Role): PublicUser {
  const parsed = roleSchema.safeParse(role);
  if (!parsed.success) throw new ValidationError({ role: [parsed.error.issues[0].message] });
  return updateUser(id, { role: parsed.data });
}

export function setUserPassword(id: number, password: string): PublicUser {
  const parsed = passwordSchema.safeParse(password);
  if (!parsed.success) throw new ValidationError({ password: [parsed.error.issues[0].message] });
  return updateUser(id, { passwordHash: bcrypt.hashSync(parsed.data, BCRYPT_COST) });
}

export function resolveUserId(emailOrId: string): number {
  const asEmail = emailSchema.safeParse(emailOrId);
  const user = asEmail.success ? getUserByEmail(asEmail.data) : null;
  if (!user) throw new NotFoundError(`no account for ${emailOrId}`);
  return user.id;
}

/** How a user appears in revision history. */
export function actorFor(user: Pick<PublicUser, 'id' | 'name' | 'email'>): Actor {
  return { id: user.id, label: user.name?.trim() || user.email };
}

export function countActiveAdmins(): number {
  return getDb().select({ n: count() }).from(users).where(sql`${users.role} = 'admin' and ${users.disabledAt} is null`).get()?.n ?? 0;
}
