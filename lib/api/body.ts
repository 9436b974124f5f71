// Reading a JSON request body defensively: the content type, the declared and the actual size,
// UTF-8, JSON syntax and the top-level shape are each refused with their own 4xx.
import { ValidationError } from '../validation';
import { ApiError } from './errors';
import { concatBytes } from '../bytes';

export const MAX_BODY_BYTES = 1_000_000;

function tooLarge(limit: number): ApiError {
  return new ApiError(413, 'body_too_large', `the request body is larger than ${limit} bytes`);
}

/** The body's bytes, counted as they arrive; more than `limit` is a 413 ApiError. */
export async function readCapped(request: Request, limit: number): Promise<Uint8Array> {
  const declared = request.headers.get('content-length');
  if (declared && Number(declared) > limit) throw tooLarge(limit);
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    // Content-Length can be absent (chunked) or lie: count what actually arrives.
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  return concatBytes(chunks);
}

/** The body as a JSON object; anything else is a 4xx naming the problem. */
export async function readJsonObject(
  request: Request,
  limit = MAX_BODY_BYTES,
): Promise<Record<string, unknown>> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/json') {
    throw new ApiError(
      415,
      'unsupported_media_type',
      `send the body as JSON with Content-Type: application/json (got ${type ? `"${type.slice(0, 60)}"` : 'none'})`,
    );
  }
  const bytes = await readCapped(request, limit);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ApiError(400, 'malformed_json', 'the body is not valid UTF-8');
  }
  if (text.trim() === '') throw new ApiError(400, 'malformed_json', 'the body is empty; send a JSON object');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ApiError(
      400,
      'malformed_json',
      `the body is not valid JSON: ${(error as Error).message.slice(0, 200)}`,
    );
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new ApiError(
      400,
      'invalid_body',
      `the body must be a JSON object (got ${Array.isArray(parsed) ? 'an array' : parsed === null ? 'null' : typeof parsed})`,
    );
  }
  return parsed as Record<string, unknown>;
}

/**
 * Names each unknown top-level field (zod reports them together under "_"), so a client sending
 * `amountMinor` or a misspelt `stag` learns exactly which key to drop.
 */
export function assertKnownFields(
  body: Record<string, unknown>,
  allowed: readonly string[],
  noun: string,
): void {
  const unknown = Object.keys(body).filter((key) => !allowed.includes(key));
  if (unknown.length === 0) return;
  throw new ValidationError(
    Object.fromEntries(
      unknown.map((key) => [
        key.slice(0, 60),
        [`${key.slice(0, 60)} is not a field of ${noun}; send only ${allowed.join(', ')}`],
      ]),
    ),
  );
}
