// A party's fiscal-year start month as an editor sets it (the "Parties" editor page): a month from
// 1 to 12, or empty for the calendar year. The same schema checks the form and the verb's input.
import { z } from 'zod';
import { isSlug } from './domain';

export const FISCAL_YEAR_LABEL = 'Fiscal year starts in';
export const MONTH_NAMES_LONG = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const MONTH_MESSAGE = `${FISCAL_YEAR_LABEL} must be a month from 1 (January) to 12 (December), or empty for the calendar year`;

export const fiscalYearInputSchema = z.object({
  party: z
    .string({ error: 'Party is required' })
    .refine(isSlug, { message: 'Party must be the slug of a party (lowercase letters, digits and hyphens)' }),
  fiscalYearStartMonth: z
    .union([z.string(), z.number(), z.null()], { error: MONTH_MESSAGE })
    .transform((value, ctx) => {
      const text = value == null ? '' : String(value).trim();
      if (text === '') return null;
      if (!/^\d{1,2}$/.test(text) || Number(text) < 1 || Number(text) > 12) {
        ctx.addIssue({ code: 'custom', message: `${MONTH_MESSAGE} (got “${text.slice(0, 20)}”)` });
        return z.NEVER;
      }
      return Number(text);
    }),
});
export type FiscalYearInput = z.output<typeof fiscalYearInputSchema>;
