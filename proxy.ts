// Runs before every request but static assets (Next 16 calls middleware "proxy"). Three jobs:
// 0. A URL whose percent-encoding does not decode is a 400 (Next would answer it with a 500).
// 1. A per-request nonce Content-Security-Policy, so only our own scripts run (Next puts the nonce
//    on its scripts when it finds the policy on the request).
// 2. A convenience gate for the editor pages: a visitor without a session is sent to /login, and a
//    write without a session or from another site is refused before it reaches a server action.
//    Any request carrying Next-Action passes the same gate whatever its path, and only pages
//    with forms (the editor, /setup, /login) take actions at all.
//    It is not the security boundary: every action and editor route handler checks the account
//    itself with requireEditor()/requireAdmin() (auth.ts).
import { NextResponse, type NextRequest } from 'next/server';
import { ApiError, errorResponse } from './lib/api/errors';
import { getToken } from 'next-auth/jwt';
import { isCrossSite } from './lib/same-origin';
import { canUseReportTo, contentSecurityPolicy, REPORTING_ENDPOINTS } from './lib/security-headers';
// Forms post at most ACTION_BODY_BYTES; only the CSV upload may send more. Over the limit Next
// would throw and answer 500, so the gate refuses it first.
import { ACTION_BODY_BYTES, UPLOAD_BODY_BYTES } from './lib/limits';
import { serverConfig } from './lib/env';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Every refusal here is in the API's one error shape (lib/api/errors.ts). */
const answer = (status: number, code: string, message: string): Response =>
  errorResponse(new ApiError(status, code, message));

function refuse(message: string): Response {
  return answer(403, 'forbidden', message);
}

/** Pages whose forms post server actions; everywhere else a Next-Action header is refused. */
const actionPage = (path: string) => isEditorPath(path) || path === '/setup' || path === '/login';
/** The editor's pages, and /password, where an account an admin reset chooses its own (app/password). */
const isEditorPath = (path: string) =>
  path === '/editor' || path.startsWith('/editor/') || path === '/password';
/** Pages a visitor without a session may post to: /setup makes the first account and checks itself. */
const openToAnonymous = (path: string) => path === '/setup' || path === '/login';

/**
 * The size check for a write. Without a Content-Length (Transfer-Encoding: chunked) the body's
 * size is unknown until Next has read all of it, so such a write is refused: every browser sends
 * the length of a form post.
 */
function bodyTooLarge(request: NextRequest): Response | null {
  const length = request.headers.get('content-length');
  if (length === null || request.headers.has('transfer-encoding')) {
    return answer(411, 'length_required', 'a form post must say its Content-Length');
  }
  const limit = request.nextUrl.pathname === '/editor/import' ? UPLOAD_BODY_BYTES : ACTION_BODY_BYTES;
  if (!(Number(length) <= limit)) {
    return answer(413, 'body_too_large', `the form is larger than ${limit} bytes`);
  }
  return null;
}

/** Null when the request may go on; otherwise the redirect or refusal to send. */
async function editorGate(request: NextRequest): Promise<Response | null> {
  const path = request.nextUrl.pathname;
  const writes = !SAFE_METHODS.has(request.method) || request.headers.has('next-action');
  // Public pages have no actions; an action posted there would only reach Next's error paths.
  if (request.headers.has('next-action') && !actionPage(path)) return refuse('this page takes no form posts');
  if (writes && isCrossSite(request.headers, serverConfig().siteUrl))
    return refuse('cross-site request refused');
  const tooLarge = writes ? bodyTooLarge(request) : null;
  if (tooLarge) return tooLarge;
  if (openToAnonymous(path)) return null;
  const token = await getToken({ req: request, secret: serverConfig().authSecret });
  if (token) return null;
  if (writes) return refuse('sign in as an editor to do this');
  const login = new URL('/login', request.url);
  login.searchParams.set('callbackUrl', request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(login);
}

/** True when the path has a stray "%" or encodes bytes that are not UTF-8 (Next would answer 500). */
function malformedPath(path: string): boolean {
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}

export async function proxy(request: NextRequest) {
  const path = request.nextUrl.pathname;
  if (malformedPath(path)) {
    return answer(400, 'bad_request', 'the URL is not validly percent-encoded');
  }
  const action = request.headers.has('next-action');
  // API routes, exports and auth callbacks carry no HTML to protect: only the check above applies
  // (and the gate, to a request that claims to be a server action).
  if (!action && (path.startsWith('/api/') || path.startsWith('/export/'))) return NextResponse.next();
  if (action || isEditorPath(path) || path === '/setup') {
    const stop = await editorGate(request);
    if (stop) return stop;
  }
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const reportTo = canUseReportTo(serverConfig().siteUrl);
  const policy = contentSecurityPolicy(nonce, { dev: serverConfig().dev, reportTo });
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  if (reportTo) response.headers.set('Reporting-Endpoints', REPORTING_ENDPOINTS);
  return response;
}

// Everything but static assets: API routes and exports too, for the URL check (with a stray "%" in
// the path Next itself would answer 500; Next issue #94278).
export const config = {
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico|bench-static.txt).*)' }],
};
