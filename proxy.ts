// Convenience gate for the editor pages (Next 16 calls middleware "proxy"): a visitor without a
// session is sent to /login, and a write without a session or from another site is refused
// before it reaches a server action. It is not the security boundary: every action and editor
// route handler checks the account itself with requireEditor()/requireAdmin() (auth.ts).
import { NextResponse, type NextRequest } from 'next/server';
import { getToken } from 'next-auth/jwt';
import { isCrossSite } from './lib/same-origin';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function refuse(message: string): NextResponse {
  return NextResponse.json({ error: { message, code: 'forbidden' } }, { status: 403 });
}

export async function proxy(request: NextRequest) {
  const writes = !SAFE_METHODS.has(request.method);
  if (writes && isCrossSite(request.headers, process.env.NEXTAUTH_URL)) return refuse('cross-site request refused');
  // /setup creates the first account, so it has no session to show; its action checks itself.
  if (request.nextUrl.pathname.startsWith('/setup')) return NextResponse.next();
  const token = await getToken({ req: request, secret: process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET });
  if (token) return NextResponse.next();
  if (writes) return refuse('sign in as an editor to do this');
  const login = new URL('/login', request.url);
  login.searchParams.set('callbackUrl', request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(login);
}

export const config = { matcher: ['/editor', '/editor/:path*', '/setup'] };
