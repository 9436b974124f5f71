// The few wrappers every v1 route handler uses, so each handler stays parse → permission → verb →
// JSON. Public reads get CORS, CDN caching and 304s keyed on the data version; writes need a
// bearer token and get no CORS headers (browsers refuse them cross-origin).
import { getDataVersion } from '@/db/meta';
import { AS_OF_HEADER, namingAsOf } from '@/lib/api/as-of';
import { readAsOf } from './filters';
import { checkApiToken } from '@/db/accounts';
import type { PublicUser } from '@/db/accounts';
import { ApiError, errorResponse, jsonResponse } from '@/lib/api/errors';
import {
  CORS_READ_HEADERS,
  NO_STORE,
  publicCacheControl,
  isNotModified,
  preflightHeaders,
  validatorHeaders,
  validatorsFor,
} from '@/lib/api/http-cache';

type Params = Record<string, string>;
type Context<P extends Params> = { params: Promise<P> };
/** Validates the request (throwing a 4xx) and returns how to build the body if one is needed. */
type PrepareRead<P extends Params> = (
  request: Request,
  params: P,
) => (() => unknown) | Promise<() => unknown>;

export function publicRead<P extends Params>(prepare: PrepareRead<P>) {
  return async (request: Request, context: Context<P>): Promise<Response> => {
    try {
      const validators = validatorsFor(await getDataVersion());
      const render = await prepare(request, await context.params);
      const asOf = await readAsOf(new URL(request.url).searchParams);
      const headers = {
        ...CORS_READ_HEADERS,
        'Cache-Control': publicCacheControl(),
        ...validatorHeaders(validators),
        ...(asOf ? { [AS_OF_HEADER]: asOf } : {}),
      };
      if (isNotModified(request.headers, validators)) return new Response(null, { status: 304, headers });
      return jsonResponse(namingAsOf(await render(), asOf), 200, headers);
    } catch (error) {
      return errorResponse(error, { ...CORS_READ_HEADERS, 'Cache-Control': NO_STORE });
    }
  };
}

async function bearerUser(request: Request): Promise<PublicUser> {
  const header = request.headers.get('authorization');
  if (!header) {
    throw new ApiError(401, 'unauthorized', 'writes need an API token: send Authorization: Bearer <token>', {
      headers: { 'WWW-Authenticate': 'Bearer realm="api"' },
    });
  }
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  const check = match ? await checkApiToken(match[1]) : { refused: 'invalid' as const };
  if ('user' in check) return check.user;
  if (check.refused === 'password_change_required') {
    throw new ApiError(
      403,
      'password_change_required',
      "an admin reset this account's password: sign in at /login and choose a new password, then this token works again",
    );
  }
  throw new ApiError(
    401,
    'invalid_token',
    'the API token is unknown, revoked, expired, or belongs to a disabled account',
    { headers: { 'WWW-Authenticate': 'Bearer realm="api", error="invalid_token"' } },
  );
}

type Write<P extends Params> = (
  request: Request,
  user: PublicUser,
  params: P,
) => Promise<Response> | Response;

export function tokenWrite<P extends Params>(write: Write<P>) {
  return async (request: Request, context: Context<P>): Promise<Response> => {
    try {
      // The token is checked before the body is read: an anonymous caller learns nothing about validation.
      const user = await bearerUser(request);
      const response = await write(request, user, await context.params);
      response.headers.set('Cache-Control', NO_STORE);
      return response;
    } catch (error) {
      return errorResponse(error, { 'Cache-Control': NO_STORE });
    }
  };
}

/** OPTIONS: a CORS preflight that admits reads only. */
export function preflight(allow: string) {
  return () => new Response(null, { status: 204, headers: preflightHeaders(allow) });
}

/** Next answers unexported methods with a bare 405; ours names the allowed ones (Allow header and body). */
export function methodNotAllowed(allow: string) {
  const refuse = (request: Request) =>
    errorResponse(
      new ApiError(405, 'method_not_allowed', `${request.method} is not allowed here; use ${allow}`, {
        headers: { Allow: allow },
      }),
    );
  return Object.assign(refuse, { methodNotAllowed: true as const });
}

/** A path under /api/v1 that names no endpoint: the API's 404, not the site's HTML page. */
export const unknownEndpoint = Object.assign(
  (request: Request) => {
    const path = new URL(request.url).pathname.slice(0, 120);
    return errorResponse(
      new ApiError(404, 'not_found', `no API endpoint at ${path}; /api/v1/openapi.json lists them`),
      { 'Cache-Control': NO_STORE },
    );
  },
  { unknownEndpoint: true as const },
);
