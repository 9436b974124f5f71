// Why an editor's session ended before they signed out: the session cookie is still in the
// browser, signed and encrypted with the server's secret, so its claims can be read back and
// compared with the account now (the same comparison auth.ts accountForToken makes).
import { cookies } from 'next/headers';
import { decode } from 'next-auth/jwt';
import { authOptions } from '@/auth';
import { getUserById } from '@/db/users';

const SESSION_COOKIES = ['__Secure-next-auth.session-token', 'next-auth.session-token'];

export async function endedSessionNotice(): Promise<string | null> {
  const jar = await cookies();
  const token = SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean);
  const secret = authOptions.secret;
  if (!token || !secret) return null;
  // A cookie that does not decode was not made by this server: there is nothing to explain.
  const claims = await decode({ token, secret }).catch(() => null);
  if (!claims?.uid) return null;
  const user = getUserById(claims.uid);
  const again = 'Anything you had not saved was not kept; sign in again to continue.';
  if (!user) return `You were signed out: your account no longer exists.`;
  if (user.disabledAt) return 'You were signed out: your account was disabled by an admin. Ask an admin to enable it.';
  if (user.role !== claims.role) return `You were signed out: your role changed from ${claims.role} to ${user.role}. ${again}`;
  if (user.updatedAt !== claims.stamp) return `You were signed out: your account was changed since you signed in (a new password, for example). ${again}`;
  return null;
}
