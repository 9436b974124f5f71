// next-auth's configuration for auth.ts, which re-exports it: the credentials provider, the JWT that
// carries a session id, the callbacks that re-read the account on every request, and sign-out.
import type { NextAuthOptions, Session } from 'next-auth';
import { getServerSession } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { headers } from 'next/headers';
import type { JWT } from 'next-auth/jwt';
import { getUserById, type PublicUser } from './db/accounts';
import { endSession, isSessionLive, startSession } from './db/accounts';
import { LOGIN_LOCKED, LOGIN_UNAVAILABLE, signInWithPassword } from './db/accounts';
import { requestAddress } from './lib/client-address';
import type { Role } from './lib/domain';
import { serverConfig } from './lib/env';

export const SESSION_HOURS = 12;

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

/** The signed-in editor's session, or null. */
export async function getSession(): Promise<Session | null> {
  return getServerSession(authOptions);
}
