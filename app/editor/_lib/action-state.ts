// The one shape every form action returns, so every form reports alike: field errors beside their fields
// and a message for the form as a whole. Only expected, user-fixable errors become state;
// anything else propagates (and a refused session never gets this far: requireEditor() 403s).
import {
  DATABASE_BUSY_MESSAGE,
  NotFoundError,
  ValidationError,
  VersionConflictError,
  isDatabaseBusy,
  type FieldErrors,
} from '@/lib/validation';

export type ActionState = { errors?: FieldErrors; message?: string; ok?: boolean };

/** "Nothing was saved: 2 fields need attention" — the message and the error summary's heading. */
export function refusalHeading(count: number): string {
  return `Nothing was saved: ${count === 1 ? 'one field needs' : `${count} fields need`} attention`;
}

export function failureState(error: unknown): ActionState {
  if (error instanceof ValidationError) {
    return {
      errors: error.fields,
      message: `${refusalHeading(Object.keys(error.fields).length)}. ${error.message}`,
    };
  }
  if (error instanceof NotFoundError || error instanceof VersionConflictError)
    return { message: `Nothing was saved: ${error.message}` };
  if (isDatabaseBusy(error)) return { message: `Nothing was saved: ${DATABASE_BUSY_MESSAGE}.` };
  throw error;
}

/** FormData → plain object of its text fields (what the account schemas parse). */
export function textFields(form: FormData, names: string[]): Record<string, string> {
  return Object.fromEntries(names.map((n) => [n, String(form.get(n) ?? '')]));
}
