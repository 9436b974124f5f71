// The pledges the chart cannot place, as one paged list (/pledges/undated): by announcement date,
// the itemised pledges with no announced_on; by the date each stage was reached, those in a line's
// total with no date for that stage (db/totals/undated.ts), each with the lines it lacks a date on.
// Its count is the one under the chart (db/totals/series.ts): the same pledges by the same rules.
import { and, asc, isNull, eq, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { read } from '../connection';
import { parties, pledges } from '../tables';
import { whereFilters } from '../pledges/filter-sql';
import { undatedOnLine } from './undated';
import { LINES, type Line } from '../../lib/counting';
import type { DateBasis, PledgeFilters } from '../../lib/filters';
import type { Stage } from '../../lib/domain';
import { pledgesTable } from '../as-of/pledges-at';

export const UNDATED_PAGE_SIZE = 50;

export type UndatedRow = {
  id: number;
  title: string;
  donor: string;
  recipient: string;
  stage: Stage;
  amount: number | null;
  currency: string | null;
  /** With `reached`: the lines it is on with no date for them. */
  lines: Line[];
};
export type UndatedList = { total: number; page: number; rows: UndatedRow[] };

const nameOf = (id: SQLWrapper) =>
  sql<string>`(select ${parties.name} from ${parties} where ${parties.id} = ${id})`;

function undatedWhere(dates: DateBasis, line: Line | null): SQL {
  if (dates === 'announced')
    return and(eq(pledges.kind, 'item'), isNull(pledges.retractedAt), isNull(pledges.announcedOn)) as SQL;
  return line ? undatedOnLine(line) : (or(...LINES.map(undatedOnLine)) as SQL);
}

/** One page of the undated pledges in the filters (in id order) and how many there are in all. */
export async function listUndatedPledges(
  filters: PledgeFilters,
  options: { dates: DateBasis; line: Line | null; page: number },
): Promise<UndatedList> {
  const where = and(whereFilters(filters), undatedWhere(options.dates, options.line));
  const flags = Object.fromEntries(
    LINES.map((l) => [l, sql<number>`case when ${undatedOnLine(l)} then 1 else 0 end`.mapWith(Number)]),
  ) as Record<Line, SQL<number>>;
  return read(async (db) => {
    const [{ n }] = await db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(pledgesTable(filters.asOf))
      .where(where);
    const found = await db
      .select({
        id: pledges.id,
        title: pledges.title,
        donor: nameOf(pledges.donorId),
        recipient: nameOf(pledges.recipientId),
        stage: pledges.stage,
        amount: pledges.amount,
        currency: pledges.currency,
        ...flags,
      })
      .from(pledgesTable(filters.asOf))
      .where(where)
      .orderBy(asc(pledges.id))
      .limit(UNDATED_PAGE_SIZE)
      .offset((options.page - 1) * UNDATED_PAGE_SIZE);
    return {
      total: n,
      page: options.page,
      rows: found.map((r) => ({
        id: r.id,
        title: r.title,
        donor: r.donor,
        recipient: r.recipient,
        stage: r.stage as Stage,
        amount: r.amount == null ? null : Number(r.amount),
        currency: r.currency,
        lines: options.dates === 'reached' ? LINES.filter((l) => Number(r[l]) === 1) : [],
      })),
    };
  });
}
