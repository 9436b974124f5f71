// The error a lib/api helper throws, for the unit tests that expect one.
import type { ApiError } from '../../lib/api/errors';
import type { ValidationError } from '../../lib/validation';

export async function refusal(p: Promise<unknown> | (() => unknown)): Promise<ApiError | ValidationError> {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (e) {
    return e as ApiError;
  }
  throw new Error('expected a refusal');
}
