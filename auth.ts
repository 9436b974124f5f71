// Sessions for editors and admins: next-auth with e-mail + password (bcrypt, db/accounts/users.ts), JWT
// sessions in http-only same-site cookies. The JWT carries a random session id whose row
// (db/accounts/sessions.ts) must still be live, and the jwt callback re-reads the account on every request:
// signing out, disabling someone, a new password or a new role end the session at once.
// The configuration is in auth-options.ts, the role checks in auth-roles.ts; callers import this file.
import { redirect } from 'next/navigation';
import { cookies } from 'next/headers';
import { decode, type JWT } from 'next-auth/jwt';
import { getUserById, type PublicUser } from './db/accounts';
import { authOptions, getSession } from './auth-options';

export { LOGIN_LOCKED, LOGIN_UNAVAILABLE } from './db/accounts';
export { accountForToken, authOptions, getSession, SESSION_HOURS } from './auth-options';
export { ForbiddenError, requireAdmin, requireEditor, requireOwnAccount } from './auth-roles';

const SESSION_COOKIES = ['__Secure-next-auth.session-token', 'next-auth.session-token'];

/** This request's session cookie read back as next-auth wrote it (signed and encrypted with the secret), or null. */
export async function sessionClaims(): Promise<JWT | null> {
  const jar = await cookies();
  const token = SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean);
  const secret = authOptions.secret;
  if (!token || !secret) return null;
  return decode({ token, secret }).catch(() => null);
}

/** The page where an account whose password an admin reset must choose its own. */
export const CHANGE_PASSWORD_PATH = '/password';

/** The signed-in active account, even one that must still change its password (/password uses it). */
export async function currentAccount(): Promise<PublicUser | null> {
  const session = await getSession();
  const user = session ? await getUserById(session.user.id) : null;
  return user && !user.disabledAt ? user : null;
}

/**
 * The active account for a page render (no origin check: following a link from mail is fine). An
 * account whose password was reset is sent to choose a new one first: /editor is closed until then.
 */
export async function currentEditor(): Promise<PublicUser | null> {
  const user = await currentAccount();
  if (user?.mustChangePassword) redirect(CHANGE_PASSWORD_PATH);
  return user;
}
