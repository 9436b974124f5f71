// The OpenAPI 3.1 description, generated from the zod schemas and lib/api/endpoints.ts.
import { buildOpenApiDocument } from '@/lib/api/openapi';
import { assertKnownParams } from '@/lib/api/query';
import { methodNotAllowed, preflight, publicRead } from '../_shared/handlers';

export const dynamic = 'force-dynamic';

const ALLOW = 'GET, HEAD, OPTIONS';
let document: Record<string, unknown> | null = null;

export const GET = publicRead((request) => {
  assertKnownParams(new URL(request.url).searchParams, []);
  return () => (document ??= buildOpenApiDocument());
});

export const OPTIONS = preflight(ALLOW);
export const POST = methodNotAllowed(ALLOW);
export const PUT = POST;
export const PATCH = POST;
export const DELETE = POST;
