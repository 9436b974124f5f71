// How an API answer names the moment of the record it reflects (`asOf=`, lib/as-of.ts): a header on
// every answer and a field on every object body. Without `asOf` the ETag and Last-Modified name the
// data version and when it last changed, as before.
export const AS_OF_HEADER = 'X-As-Of';

/** The body with `asOf` (the cut-off, an ISO timestamp) first, when the answer is of a past record. */
export function namingAsOf(body: unknown, asOf: string | null): unknown {
  if (!asOf || typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  return { asOf, ...body };
}
