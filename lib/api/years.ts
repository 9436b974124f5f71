// GET /api/v1/years: support per year (calendar or each donor's fiscal year) as the /years page and
// /export/years.csv show it — the schema the OpenAPI document describes and the JSON it returns.
import { z } from 'zod';
import { totalsOut } from './schemas';
import { presentTotals } from './present';
import type { QueryParam } from './query';
import { YEAR_BASES, YEAR_BASIS_PARAM } from '../years';
import type { AnnualView } from '../years-table';

export const YEARS_QUERY: QueryParam[] = [
  {
    name: YEAR_BASIS_PARAM,
    description:
      "`fiscal`: each donor's own fiscal year where it has a start month (FY2024 of a donor whose year starts in April is Apr 2024 – Mar 2025), the calendar year otherwise; `calendar`: January to December for every donor",
    schema: { type: 'string', enum: [...YEAR_BASES], default: 'fiscal' },
  },
];

export const yearsOut = z.object({
  currency: z.string(),
  basis: z.enum(YEAR_BASES),
  startMonth: z
    .int()
    .nullable()
    .describe(
      'the month (1–12) every year in view starts in; null when donors in view count years differently',
    ),
  years: z.array(
    z.object({
      year: z.int().describe('the calendar year the (fiscal) year starts in'),
      label: z.string().describe('"2024" or "FY2024"'),
      span: z
        .string()
        .nullable()
        .describe('"Apr 2024 – Mar 2025"; null when donors in view count years differently'),
      totals: totalsOut,
      spreadCount: z
        .int()
        .describe(
          'pledges whose amount is spread evenly over this year and others of their period (an estimate)',
        ),
    }),
  ),
  withoutYear: totalsOut.describe('pledges with no date known: counted here, in no year'),
  calendarYearOnly: totalsOut.describe(
    'pledges dated only by a calendar year whose donor counts fiscal years (basis fiscal): their fiscal year is unknown',
  ),
  spread: z
    .array(
      z.object({
        id: z.int(),
        title: z.string(),
        donorName: z.string(),
        label: z.string().describe('"spread over FY2024–2026, an estimate"'),
        years: z.array(z.int()),
      }),
    )
    .describe('multi-year pledges spread over the years of their period'),
  fiscalDonors: z
    .array(z.object({ slug: z.string(), name: z.string(), startMonth: z.int() }))
    .describe('donors in view whose fiscal year starts in another month than January'),
});

export function presentYears(view: AnnualView): z.output<typeof yearsOut> {
  const c = view.currency;
  return {
    currency: c,
    basis: view.basis,
    startMonth: view.startMonth,
    years: view.rows.map((r) => ({
      year: r.year,
      label: r.label,
      span: r.span,
      totals: presentTotals(r.totals, c),
      spreadCount: r.spreadCount,
    })),
    withoutYear: presentTotals(view.withoutYear, c),
    calendarYearOnly: presentTotals(view.calendarYearOnly, c),
    spread: view.spread,
    fiscalDonors: view.fiscalDonors,
  };
}
