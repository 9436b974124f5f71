// One error shape for every input path: field path → messages. The form shows each beside its
// field, the API returns it as `fields`, the CSV import maps it to a column.
import type { z } from 'zod';
import { SOURCE_ITEM } from './pledge-labels';

export type FieldErrors = Record<string, string[]>;

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join('.') : '_';
    (out[key] ??= []).push(numbered(issue.path, issue.message));
  }
  return out;
}

/**
 * A list item's schema cannot know its own position, so its messages ("URL must be …") are
 * numbered here as the form numbers its groups: "Source 2 URL must be …".
 */
function numbered(path: PropertyKey[], message: string): string {
  const [list, index] = path;
  return list === 'sources' && typeof index === 'number' ? `${SOURCE_ITEM} ${index + 1} ${message}` : message;
}

/** "Title is required; Amount must not be negative": each message already names its field. */
export function describeFieldErrors(fields: FieldErrors): string {
  return Object.values(fields)
    .map((messages) => messages.join('; '))
    .join('; ');
}

export class ValidationError extends Error {
  override name = 'ValidationError';
  constructor(public readonly fields: FieldErrors) {
    super(describeFieldErrors(fields));
  }
}

/** The parsed value, or a ValidationError naming every bad field: the one way input is checked. */
export function parseOrThrow<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
  return parsed.data;
}

/** Optimistic-concurrency failure: the record moved on since the caller read `version`. */
export class VersionConflictError extends Error {
  override name = 'VersionConflictError';
  constructor(
    public readonly expected: number,
    public readonly current: number,
    public readonly changedBy: string,
    public readonly changedAt: string,
  ) {
    super(
      `changed by ${changedBy} at ${changedAt} since you opened it (you had version ${expected}, it is now ${current})`,
    );
  }
}

export class NotFoundError extends Error {
  override name = 'NotFoundError';
}

// PostgreSQL's lock_not_available (a lock_timeout ran out), serialization_failure, deadlock_detected.
const BUSY_CODES = new Set(['SQLITE_BUSY', '55P03', '40001', '40P01']);

/**
 * The database could not take the write now: SQLite's "database is locked" (another connection held
 * the write lock for longer than busy_timeout — a long CSV import, most likely), or PostgreSQL's lock
 * timeout, serialization failure or deadlock (drizzle wraps its errors; the code is on the cause).
 * Nothing was written; trying again later works.
 */
export function isDatabaseBusy(error: unknown): boolean {
  const e = error as { code?: unknown; cause?: { code?: unknown } } | null;
  return BUSY_CODES.has(String(e?.code ?? '')) || BUSY_CODES.has(String(e?.cause?.code ?? ''));
}

export const DATABASE_BUSY_MESSAGE =
  'another write (a CSV import, most likely) is holding the database; nothing was written; try again in a minute';

/** The same condition reported from another thread, in the shape isDatabaseBusy recognises. */
export const databaseBusyError = () =>
  Object.assign(new Error(DATABASE_BUSY_MESSAGE), { code: 'SQLITE_BUSY' });
