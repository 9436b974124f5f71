// Sessions for editors and admins: next-auth with e-mail + password (bcrypt, db/accounts/users.ts), JWT
// sessions in http-only same-site cookies. The JWT carries a random session id whose row
// (db/accounts/sessions.ts) must still be live, and the jwt callback re-reads the account on every request:
// signing out, disabling someone, a new password or a new role end the session at once.
import type { NextAuthOptions, Session } from 'next-auth';
import { getServerSession } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { forbidden, redirect } from 'next/navigation';
import { cookies, headers } from 'next/headers';
import { decode, type JWT } from 'next-auth/jwt';
import { getUserById, type PublicUser } from './db/accounts';
import { endSession, isSessionLive, startSession } from './db/accounts';
import { LOGIN_LOCKED, LOGIN_UNAVAILABLE, signInWithPassword } from './db/accounts';
import { requestAddress } from './lib/client-address';
import { isCrossSite } from './lib/same-origin';
import type { Role } from './lib/domain';
import { serverConfig } from './lib/env';

export const SESSION_HOURS = 12;
export { LOGIN_LOCKED, LOGIN_UNAVAILABLE } from './db/accounts';

declare module 'next-auth' {
  interface Session {
    user: { id: number; email: string; name: string | null; role: Role };
  }
  interface User {
    role: Role;
    updatedAt: string;
    address: string;
  }
}
declare module 'next-auth/jwt' {
  interface JWT {
    uid?: number;
    role?: Role;
    stamp?: string;
    sid?: string;
  }
}

const secureCookies = (serverConfig().siteUrl ?? '').startsWith('https://');

/** The account behind a token, or null when its session ended or it was disabled, removed or changed since sign-in. */
export async function accountForToken(
  token: Pick<JWT, 'uid' | 'role' | 'stamp' | 'sid'>,
): Promise<PublicUser | null> {
  if (!token.uid || !(await isSessionLive(token.sid, token.uid))) return null;
  const user = await getUserById(token.uid);
  if (!user || user.disabledAt || user.role !== token.role || user.updatedAt !== token.stamp) return null;
  return user;
}

export const authOptions: NextAuthOptions = {
  secret: serverConfig().authSecret,
  session: { strategy: 'jwt', maxAge: SESSION_HOURS * 3600 },
  // Secure cookies only where the site is served over https (tests run on http://127.0.0.1).
  useSecureCookies: secureCookies,
  pages: { signIn: '/login', error: '/login' },
  providers: [
    CredentialsProvider({
      name: 'Email and password',
      credentials: {
        email: { label: 'Email', type: 'email' },
        password: { label: 'Password', type: 'password' },
      },
      async authorize(credentials, req) {
        try {
          return await signInWithPassword(credentials, req?.headers);
        } catch (error) {
          if ((error as Error).message === LOGIN_LOCKED) throw error;
          // next-auth puts a thrown message in the redirect URL: never a driver's words.
          console.error(`sign-in failed: ${(error as Error).message}`);
          throw new Error(LOGIN_UNAVAILABLE);
        }
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const sid = await startSession(Number(user.id), { email: user.email ?? '', address: user.address });
        return { ...token, uid: Number(user.id), role: user.role, stamp: user.updatedAt, sid };
      }
      // Throwing makes next-auth drop the session (and clear its cookie) on this very request.
      if (!(await accountForToken(token))) throw new Error('account disabled or changed since sign-in');
      return token;
    },
    async session({ session, token }) {
      const user = await accountForToken(token);
      if (!user) throw new Error('account disabled or changed since sign-in');
      return { ...session, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
    },
  },
  events: {
    // Ends the session on the server: a copy of the cookie kept after signing out opens nothing.
    async signOut({ token }) {
      const asked = await headers();
      if (token?.sid)
        await endSession(
          token.sid,
          token.uid ?? null,
          requestAddress((name) => asked.get(name)),
        );
    },
  },
  logger: {
    // An ended session is expected, not an error worth a stack trace in the server log.
    error(code, metadata) {
      if (code === 'JWT_SESSION_ERROR') return;
      console.error(`[next-auth] ${code}`, metadata);
    },
    warn() {},
    debug() {},
  },
};

const SESSION_COOKIES = ['__Secure-next-auth.session-token', 'next-auth.session-token'];

/** This request's session cookie read back as next-auth wrote it (signed and encrypted with the secret), or null. */
export async function sessionClaims(): Promise<JWT | null> {
  const jar = await cookies();
  const token = SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean);
  const secret = authOptions.secret;
  if (!token || !secret) return null;
  return decode({ token, secret }).catch(() => null);
}

/** The signed-in editor's session, or null. */
export async function getSession(): Promise<Session | null> {
  return getServerSession(authOptions);
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
