// The pledges a series by reached date cannot place on a line: counted in that line's total (the
// rules of lib/counting.ts) but with no date for its stage, listed under the chart with links.
import { and, asc, eq, inArray, isNotNull, isNull, type SQL } from 'drizzle-orm';
import { read } from '../connection';
import { pledges } from '../tables';
import { whereFilters } from '../pledges/filter-sql';
import { PLACED_ON } from './reached';
import { LINES, type Line } from '../../lib/counting';
import type { PledgeFilters } from '../../lib/filters';
import type { Stage } from '../../lib/domain';
import { pledgesTable } from '../as-of/pledges-at';

/** The stages whose pledges add to each line, and whether draw-downs do (they never add to committed, announced or cancelled). */
const ON_LINE: Record<Line, { stages: Stage[]; drawdowns: boolean }> = {
  announced: { stages: ['announced'], drawdowns: false },
  committed: { stages: ['committed', 'allocated', 'disbursed'], drawdowns: false },
  allocated: { stages: ['allocated', 'disbursed'], drawdowns: true },
  disbursed: { stages: ['disbursed'], drawdowns: true },
  cancelled: { stages: ['cancelled'], drawdowns: false },
};

export type UndatedPledge = { id: number; title: string };

/** A pledge is in `line`'s total with no date for that stage (the filters aside): what the chart lists under it. */
export function undatedOnLine(line: Line): SQL {
  const { stages, drawdowns } = ON_LINE[line];
  return and(
    eq(pledges.kind, 'item'),
    isNull(pledges.retractedAt),
    isNotNull(pledges.amount),
    inArray(pledges.stage, stages),
    isNull(PLACED_ON[line] as typeof pledges.announcedOn),
    drawdowns ? undefined : isNull(pledges.parentId),
  ) as SQL;
}

/** Up to `limit` pledges per line (in id order) that count in its total with no date for it. */
export async function listUndatedByLine(
  filters: PledgeFilters,
  limit = 20,
): Promise<Record<Line, UndatedPledge[]>> {
  return read(async (db) => {
    const out = {} as Record<Line, UndatedPledge[]>;
    for (const line of LINES) {
      out[line] = await db
        .select({ id: pledges.id, title: pledges.title })
        .from(pledgesTable(filters.asOf))
        .where(and(whereFilters(filters), undatedOnLine(line)))
        .orderBy(asc(pledges.id))
        .limit(limit);
    }
    return out;
  });
}
