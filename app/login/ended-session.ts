// Why an editor's session ended before they signed out: the session cookie is still in the
// browser, so its claims can be read back (auth.ts sessionClaims) and compared with the account
// and the session's row now (the same comparison auth.ts accountForToken makes).
import { sessionClaims } from '@/auth';
import { getUserById } from '@/db/accounts';
import { isSessionLive } from '@/db/accounts';

export async function endedSessionNotice(): Promise<string | null> {
  const claims = await sessionClaims();
  // A cookie that does not decode was not made by this server: there is nothing to explain.
  if (!claims?.uid) return null;
  const user = await getUserById(claims.uid);
  const again = 'Anything you had not saved was not kept; sign in again to continue.';
  if (!user) return `You were signed out: your account no longer exists.`;
  if (user.disabledAt)
    return 'You were signed out: your account was disabled by an admin. Ask an admin to enable it.';
  if (user.role !== claims.role)
    return `You were signed out: your role changed from ${claims.role} to ${user.role}. ${again}`;
  if (user.updatedAt !== claims.stamp)
    return `You were signed out: your account was changed since you signed in (a new password, for example). ${again}`;
  if (!(await isSessionLive(claims.sid, claims.uid)))
    return `You were signed out: this session was ended on the server. ${again}`;
  return null;
}
