// next-auth's endpoints (sign-in, sign-out, CSRF token, session). next-auth reads a POST body whole
// and lets a JSON syntax error escape as a 500, so the body is read here first: counted as it
// arrives (a chunked body has no Content-Length to trust), refused past AUTH_BODY_LIMIT, parsed
// when it claims to be JSON, then handed on unchanged.
import NextAuth from 'next-auth';
import { NextRequest } from 'next/server';
import { authOptions } from '@/auth';
import { readCapped } from '@/lib/api/body';
import { ApiError } from '@/lib/api/errors';

const handler = NextAuth(authOptions);
/** A sign-in form (e-mail, password, CSRF token, callback URL) fits in well under this. */
const AUTH_BODY_LIMIT = 8 * 1024;

type Context = { params: Promise<{ nextauth: string[] }> };

const refuse = (status: number, code: string, message: string) =>
  Response.json({ error: { message, code } }, { status });

async function POST(request: NextRequest, context: Context): Promise<Response> {
  let body: Uint8Array;
  try {
    body = await readCapped(request, AUTH_BODY_LIMIT);
  } catch (error) {
    if (error instanceof ApiError)
      return refuse(413, 'body_too_large', `a sign-in request is at most ${AUTH_BODY_LIMIT} bytes`);
    throw error;
  }
  if (request.headers.get('content-type')?.includes('application/json')) {
    try {
      JSON.parse(new TextDecoder().decode(body));
    } catch {
      return refuse(400, 'bad_request', 'the request body is not valid JSON');
    }
  }
  const copy = new NextRequest(request.url, {
    method: 'POST',
    headers: request.headers,
    body: body as BodyInit,
  });
  return handler(copy, context);
}

export { handler as GET, POST };
