// Checking an e-mail and password under the sign-in throttle (db/accounts/throttle.ts), for next-auth's
// credentials provider (auth.ts) and for re-authentication. A failure is recorded in the audit log
// with the e-mail tried.
import { verifyCredentials, type PublicUser } from './users';
import { recordAuditSoon } from './audit-deferred';
import { addressKey, checkLoginThrottle, clearLoginFailures, pairKey, recordLoginFailure } from './throttle';
import { requestAddress } from '../../lib/client-address';

/** Thrown while the account is locked for this address: the page says when to try again. */
export const LOGIN_LOCKED = 'TooManyAttempts';
/** Any other failure of the sign-in itself (the database, most likely): logged, never shown. */
export const LOGIN_UNAVAILABLE = 'SignInUnavailable';

type Checked = { user: PublicUser; address: string } | 'wrong' | 'locked';

/**
 * The password checked under the throttle, for a sign-in and for giving it again before a
 * sensitive action (app/editor/_lib/reauth.ts): both count towards the same locks, so a stolen
 * session cannot be used to guess its account's password. Not one read() around it all: the
 * throttle's check waits for the failure's write (db/accounts/deferred-writes.ts), which on SQLite
 * cannot begin inside a read.
 */
async function checkPassword(
  typed: string,
  password: string,
  address: string,
  purpose: string | null,
): Promise<Checked> {
  // No account's e-mail holds a NUL (lib/user-schema.ts), and PostgreSQL's text cannot store one:
  // the e-mail tried is counted and recorded with each NUL shown as U+FFFD, and matches no account.
  const email = typed.replaceAll('\u0000', '\ufffd');
  const keys = [pairKey(email, address), addressKey(address)];
  if ((await checkLoginThrottle(keys)).locked) return failed({ email, address, purpose, lock: 'locked' });
  const user = await verifyCredentials(email, password);
  if (!user)
    return failed({
      email,
      address,
      purpose,
      lock: (await recordLoginFailure(keys)).locked ? 'locked now' : null,
    });
  clearLoginFailures(keys[0]);
  return { user, address };
}

/** Records the failure (the e-mail tried, never the password) without waiting on a busy database (db/accounts/audit-deferred.ts). */
function failed(f: {
  email: string;
  address: string;
  purpose: string | null;
  lock: string | null;
}): 'wrong' | 'locked' {
  const notes = [f.purpose, f.lock].filter(Boolean).join(', ');
  recordAuditSoon({
    event: 'sign_in_failed',
    detail: `${f.email.slice(0, 200)}${notes ? ` (${notes})` : ''}`,
    address: f.address,
  });
  return f.lock ? 'locked' : 'wrong';
}

/** next-auth's authorize: the account, null for a wrong password, or a thrown LOGIN_LOCKED while locked. */
export async function signInWithPassword(
  credentials: Record<string, string> | undefined,
  headers: Record<string, string | string[] | undefined> | undefined,
) {
  // Failures count per address: the one the server in front of Next vouches for (lib/client-address.ts).
  const address = requestAddress((name) => headers?.[name]);
  const checked = await checkPassword(
    String(credentials?.email ?? ''),
    String(credentials?.password ?? ''),
    address,
    null,
  );
  if (checked === 'locked') throw new Error(LOGIN_LOCKED);
  if (checked === 'wrong') return null;
  const { user } = checked;
  // The sign-in itself is recorded with its session's row (auth.ts jwt callback, db/accounts/sessions.ts).
  return {
    id: String(user.id),
    email: user.email,
    name: user.name,
    role: user.role,
    updatedAt: user.updatedAt,
    address,
  };
}

/** The signed-in account's password given again: 'ok', 'wrong', or 'locked' while the throttle holds. */
export async function confirmPassword(
  email: string,
  password: string,
  address: string,
): Promise<'ok' | 'wrong' | 'locked'> {
  const checked = await checkPassword(email, password, address, 'confirming the password');
  return typeof checked === 'string' ? checked : 'ok';
}
