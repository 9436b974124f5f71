// The API's one error shape, { error: { message, code, fields? } }, so a client reads every error
// alike, and the map from the domain's errors to HTTP statuses. Bad input is always a 4xx that
// says what to fix.
import {
  DATABASE_BUSY_MESSAGE,
  NotFoundError,
  ValidationError,
  VersionConflictError,
  isDatabaseBusy,
  type FieldErrors,
} from '../validation';

export type ApiErrorBody = {
  error: { message: string; code: string; fields?: FieldErrors } & Record<string, unknown>;
};

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    public readonly status: number,
    public readonly code: string,
    message: string,
    public readonly options: {
      fields?: FieldErrors;
      extra?: Record<string, unknown>;
      headers?: Record<string, string>;
    } = {},
  ) {
    super(message);
  }
}

/** A 400 naming one request parameter. */
export function badParameter(name: string, problem: string): ApiError {
  return new ApiError(400, 'invalid_parameter', `${name}: ${problem}`, { fields: { [name]: [problem] } });
}

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers },
  });
}

function errorBody(
  code: string,
  message: string,
  fields?: FieldErrors,
  extra?: Record<string, unknown>,
): ApiErrorBody {
  return { error: { message, code, ...(fields ? { fields } : {}), ...extra } };
}

/**
 * Turns anything a handler throws into a response. Domain errors keep their messages; anything
 * unexpected is logged and answered without internals.
 */
export function errorResponse(error: unknown, headers: Record<string, string> = {}): Response {
  if (error instanceof ApiError) {
    return jsonResponse(
      errorBody(error.code, error.message, error.options.fields, error.options.extra),
      error.status,
      { ...headers, ...error.options.headers },
    );
  }
  if (error instanceof ValidationError) {
    return jsonResponse(errorBody('validation_failed', error.message, error.fields), 422, headers);
  }
  if (error instanceof VersionConflictError) {
    return jsonResponse(errorBody('version_conflict', error.message), 409, headers);
  }
  if (error instanceof NotFoundError) {
    return jsonResponse(errorBody('not_found', error.message), 404, headers);
  }
  if (isDatabaseBusy(error))
    return jsonResponse(errorBody('database_busy', DATABASE_BUSY_MESSAGE), 503, {
      ...headers,
      'Retry-After': '30',
    });
  console.error('api: unexpected error', error);
  return jsonResponse(
    errorBody('internal_error', 'the server could not complete the request; it has been logged'),
    500,
    headers,
  );
}
