// Checking an e-mail and password under the sign-in throttle (db/throttle.ts), for next-auth's
// credentials provider (auth.ts). A failure is recorded in the audit log with the e-mail tried.
import { verifyCredentials } from './users';
import { recordAuditSoon } from './audit-deferred';
import { addressKey, checkLoginThrottle, clearLoginFailures, pairKey, recordLoginFailure } from './throttle';
import { requestAddress } from '../lib/client-address';

/** What the login page shows for any failure: it never says whether the e-mail has an account. */
export const LOGIN_FAILED = 'CredentialsSignin';
export const LOGIN_LOCKED = 'TooManyAttempts';
/** Any other failure of the sign-in itself (the database, most likely): logged, never shown. */
export const LOGIN_UNAVAILABLE = 'SignInUnavailable';

/** Checks the password under the throttle; throws LOGIN_LOCKED while the pair or the address is locked. */
export function signInWithPassword(credentials: Record<string, string> | undefined, headers: Record<string, string | string[] | undefined> | undefined) {
  const email = String(credentials?.email ?? '');
  // Failures count per address: the one the server in front of Next vouches for (lib/client-address.ts).
  const address = requestAddress((name) => headers?.[name]);
  const keys = [pairKey(email, address), addressKey(address)];
  if (checkLoginThrottle(keys).locked) return failedSignIn(email, address, 'locked');
  const user = verifyCredentials(email, String(credentials?.password ?? ''));
  if (!user) return failedSignIn(email, address, recordLoginFailure(keys).locked ? 'locked now' : '');
  clearLoginFailures(keys[0]);
  // The sign-in itself is recorded with its session's row (auth.ts jwt callback, db/sessions.ts).
  return { id: String(user.id), email: user.email, name: user.name, role: user.role, updatedAt: user.updatedAt, address };
}

/**
 * Records the failure in the audit log (the e-mail tried, never the password) without waiting on
 * a busy database (db/audit-deferred.ts), and answers as next-auth expects.
 */
function failedSignIn(email: string, address: string, lock: string): null {
  recordAuditSoon({ event: 'sign_in_failed', detail: `${email.slice(0, 200)}${lock ? ` (${lock})` : ''}`, address });
  if (lock) throw new Error(LOGIN_LOCKED);
  return null;
}
