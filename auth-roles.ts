// The role checks every mutation makes for itself, re-exported by auth.ts: the
// request must come from this site and from an active account with the role, or it is refused with a 403.
import { forbidden } from 'next/navigation';
import { headers } from 'next/headers';
import type { PublicUser } from './db/accounts';
import { getUserById } from './db/accounts';
import { isCrossSite } from './lib/same-origin';
import type { Role } from './lib/domain';
import { serverConfig } from './lib/env';
import { getSession } from './auth-options';

export class ForbiddenError extends Error {
  override name = 'ForbiddenError';
  readonly status = 403;
}

async function requireRole(roles: Role[] | 'own-password'): Promise<PublicUser> {
  if (isCrossSite(await headers(), serverConfig().siteUrl))
    throw new ForbiddenError('cross-site request refused');
  const session = await getSession();
  const user = session ? await getUserById(session.user.id) : null;
  if (!user || user.disabledAt) throw new ForbiddenError('sign in as an active editor to do this');
  if (roles === 'own-password') return user;
  if (user.mustChangePassword) throw new ForbiddenError('choose a new password first: an admin reset yours');
  if (!roles.includes(user.role))
    throw new ForbiddenError(
      `this needs the ${roles.join(' or ')} role; the account has the ${user.role} role`,
    );
  return user;
}

/** The active account changing its own password: the one action open before a reset password is replaced. */
export async function requireOwnAccount(): Promise<PublicUser> {
  return refuseAs403(() => requireRole('own-password'));
}

/**
 * The active editor (or admin) making this request; anything else is refused with a 403 before
 * the caller touches data. Every server action and editor route handler calls it first.
 */
export async function requireEditor(): Promise<PublicUser> {
  return refuseAs403(() => requireRole(['editor', 'admin']));
}

export async function requireAdmin(): Promise<PublicUser> {
  return refuseAs403(() => requireRole(['admin']));
}

/** Turns a ForbiddenError into Next's 403 response (forbidden() works in pages, actions and routes). */
async function refuseAs403<T>(check: () => Promise<T>): Promise<T> {
  try {
    return await check();
  } catch (error) {
    if (error instanceof ForbiddenError) {
      console.warn(`refused: ${error.message}`);
      forbidden();
    }
    throw error;
  }
}
