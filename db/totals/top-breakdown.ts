// The dashboard's top-N breakdowns: the largest groups of a breakdown (db/totals/totals.ts), the rest summed.
import { read } from '../connection';
import { breakdownFor, type BreakdownDimension, type BreakdownRow } from './totals';
import { addTotals, ZERO_TOTALS, type Totals } from '../../lib/counting';
import type { PledgeFilters } from '../../lib/filters';

export type TopBreakdown = { rows: BreakdownRow[]; rest: { count: number; totals: Totals } };

/** The `limit` largest groups (committed plus announced), the others summed into `rest`. */
export async function getTopBreakdown(
  filters: PledgeFilters,
  by: BreakdownDimension,
  limit = 10,
): Promise<TopBreakdown> {
  return read(async () => {
    const all = await breakdownFor(filters, by);
    const others = all.slice(limit);
    return {
      rows: all.slice(0, limit),
      rest: {
        count: others.length,
        totals: others.reduce((s, r) => addTotals(s, r.totals), { ...ZERO_TOTALS }),
      },
    };
  });
}
