// Every /api/v1 path no endpoint answers (a typo, a retired name): scripts get the API's JSON 404
// with a pointer to the description, whatever the method.
import { unknownEndpoint } from '../_shared/handlers';

export const dynamic = 'force-dynamic';

export const GET = unknownEndpoint;
export const HEAD = unknownEndpoint;
export const OPTIONS = unknownEndpoint;
export const POST = unknownEndpoint;
export const PUT = unknownEndpoint;
export const PATCH = unknownEndpoint;
export const DELETE = unknownEndpoint;
