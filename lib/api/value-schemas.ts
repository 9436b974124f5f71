// The API's value shapes (exact decimals, minor units, dates) that the response schemas in
// lib/api/pledge-out.ts and lib/api/totals-out.ts are built of, each described for the OpenAPI document.
import { z } from 'zod';

export const decimal = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/)
  .describe('exact decimal in major units of the currency, e.g. "37000000" or "1.50"');
export const minor = z
  .int()
  .describe('integer amount in minor units of the currency (ISO 4217 exponent: USD cents, JPY yen)');
export const date = z.string().describe('ISO 8601 date, YYYY-MM-DD');
export const timestamp = z.string().describe('ISO 8601 timestamp, UTC');
export const writtenDate = (what: string) =>
  z
    .string()
    .nullable()
    .describe(
      `${what}, written at its precision: YYYY-MM-DD, YYYY-MM or YYYY; null when not reached or not known`,
    );
