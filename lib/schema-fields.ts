// The zod field builders the pledge and source schemas (lib/pledge-schema.ts, lib/source-schema.ts)
// are made of: each one carries the page's label into its messages.
import { z } from 'zod';
import { isRealDate } from './dates';

export const blankToNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);

/** What was sent, for an error message; never String() on an object (`{"toString": "x"}` would throw). */
function shown(input: unknown): string {
  if (typeof input === 'string' || typeof input === 'number' || typeof input === 'boolean')
    return `"${String(input).slice(0, 40)}"`;
  return input === null ? 'null' : Array.isArray(input) ? 'a list' : `a value of type ${typeof input}`;
}

export function enumOf<T extends readonly [string, ...string[]]>(values: T, field: string) {
  return z.enum(values, {
    error: (issue) =>
      issue.input === undefined || issue.input === ''
        ? `${field} is required`
        : `${field} must be one of ${values.join(', ')} (got ${shown(issue.input)})`,
  });
}

export function text(field: string, max: number) {
  return z
    .string({ error: `${field} must be text` })
    .trim()
    .min(1, `${field} is required`)
    .max(max, `${field} is longer than ${max} characters`);
}

export function optionalText(field: string, max: number) {
  return z.preprocess(
    blankToNull,
    z
      .string({ error: `${field} must be text` })
      .trim()
      .max(max, `${field} is longer than ${max} characters`)
      .nullish(),
  );
}

export const isoDate = (field: string) =>
  z.preprocess(
    blankToNull,
    z
      .string({ error: `${field} must be a date` })
      .trim()
      .refine(isRealDate, `${field} must be a real date written YYYY-MM-DD`)
      .nullish(),
  );

export const positiveInt = (field: string) =>
  z.preprocess(
    (v) => (typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : blankToNull(v)),
    z
      .number({ error: `${field} must be a whole number` })
      .int(`${field} must be a whole number`)
      .positive(`${field} must be positive`)
      .max(Number.MAX_SAFE_INTEGER, `${field} is too large`)
      .nullish(),
  );
