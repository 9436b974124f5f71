// The cumulative series by the date each stage was reached (`dates=reached`): the bucket query of
// db/totals/buckets.ts once per date a line steps on (announced_on, committed_on, allocated_on,
// disbursed_on, cancelled_on), joined by `union all`, each group tagged with that date and with
// which of the pledge's stage dates are known. lib/counting.ts (`reachedShare`) decides what each
// group adds where. A date at month or year precision is stored as the first day of that month or
// year (lib/dates.ts normaliseDate), so it is placed there, as announced_on is.
import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { monthOf } from '../sql-dialect';
import { pledges } from '../tables';
import { firstRow, read, rows } from '../connection';
import { whereFilters } from '../pledges/filter-sql';
import { bucketSql, toBucket, type BucketRow } from './buckets';
import { LINES, type Bucket, type KnownDates, type Line } from '../../lib/counting';
import type { DateBasis, PledgeFilters } from '../../lib/filters';
import type { Category } from '../../lib/domain';
import { pledgesAt } from '../as-of/pledges-at';

/** The column each line is placed by. */
export const PLACED_ON: Record<Line, SQLWrapper> = {
  announced: pledges.announcedOn,
  committed: pledges.committedOn,
  allocated: pledges.allocatedOn,
  disbursed: pledges.disbursedOn,
  cancelled: pledges.cancelledOn,
};
const FLAGGED = [
  'committed',
  'allocated',
  'disbursed',
  'cancelled',
] as const satisfies readonly (keyof KnownDates)[];

/** "committed:1001": the date a group is placed on, then a 1 for each known stage date in FLAGGED's order. */
function tagOf(line: Line): SQL {
  const flags = FLAGGED.map((s) => sql`(case when ${PLACED_ON[s]} is null then '0' else '1' end)`);
  return sql`${sql.raw(`'${line}:'`)} || ${sql.join(flags, sql` || `)}`;
}

export const periodOf = (column: SQLWrapper, interval: 'month' | 'day'): SQL =>
  interval === 'month' ? monthOf(column) : sql`${column}`;

/** The union of the five bucket queries (the bench can time it as it times the announced series). */
export function reachedSeriesSql(filters: PledgeFilters, interval: 'month' | 'day'): SQL {
  return sql.join(
    LINES.map((line) =>
      bucketSql(filters, [periodOf(PLACED_ON[line], interval), pledges.category.getSQL(), tagOf(line)]),
    ),
    sql` union all `,
  );
}

export type ReachedGroup = {
  period: string | null;
  category: Category;
  line: Line;
  known: KnownDates;
  bucket: Bucket;
};

export async function reachedGroups(
  filters: PledgeFilters,
  interval: 'month' | 'day',
): Promise<ReachedGroup[]> {
  return (await read((db) => rows<BucketRow>(db, reachedSeriesSql(filters, interval)))).map((r) => {
    const [line, flags] = String(r.key3).split(':');
    const known = Object.fromEntries(FLAGGED.map((s, i) => [s, flags[i] === '1'])) as KnownDates;
    return { period: r.key, category: r.key2 as Category, line: line as Line, known, bucket: toBucket(r) };
  });
}

/**
 * Each itemised, unretracted pledge once per date it moves a line on, as (period, id, title, v):
 * announced_on only (`announced`), or every stage date it has (`reached`; announced_on only for
 * a top-level pledge still announced, the one line it moves there). The chart's "what moved this step".
 */
export function placedPledgesSql(
  filters: PledgeFilters,
  interval: 'month' | 'day',
  dates: DateBasis,
  value: SQL,
): SQL {
  const where = whereFilters(filters);
  const placed = (
    line: Line,
  ) => sql`select ${periodOf(PLACED_ON[line], interval)} as period, ${pledges.id} as id, ${pledges.title} as title, ${value} as v
    from ${pledgesAt(filters.asOf)} where ${pledges.kind} = 'item' and ${pledges.retractedAt} is null and ${PLACED_ON[line]} is not null
    ${dates === 'reached' && line === 'announced' ? sql`and ${pledges.stage} = 'announced' and ${pledges.parentId} is null` : sql``}
    ${where ? sql`and ${where}` : sql``}`;
  // `union` (not `union all`): a pledge committed and disbursed in one period moved that step once.
  return dates === 'announced' ? placed('announced') : sql.join(LINES.map(placed), sql` union `);
}

/** How many distinct days the reached series steps on (the chart steps by month past a limit). */
export async function countReachedDays(filters: PledgeFilters): Promise<number> {
  const where = whereFilters(filters);
  const days = sql.join(
    LINES.map(
      (line) =>
        sql`select ${PLACED_ON[line]} as d from ${pledgesAt(filters.asOf)} ${where ? sql`where ${where}` : sql``}`,
    ),
    sql` union `,
  );
  return (
    (await read((db) => firstRow<{ n: number }>(db, sql`select count(d) as n from (${days}) as placed`)))
      ?.n ?? 0
  );
}
