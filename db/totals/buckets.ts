// The one aggregate query every total is built from: filtered pledges grouped by a key (a period,
// a donor ...) and by the facts the counting rules look at (lib/counting.ts decides what adds up).
import { sql, type SQL } from 'drizzle-orm';
import { monthOf, roundedWhole } from '../sql-dialect';
import { read, rows } from '../connection';
import { pledges, fxRates } from '../tables';
import { whereFilters } from '../pledges/filter-sql';
import { currencyExponent } from '../../lib/money';
import type { Bucket } from '../../lib/counting';
import type { PledgeFilters } from '../../lib/filters';
import type { PledgeKind, Stage } from '../../lib/domain';
import { pledgesAt } from '../as-of/pledges-at';

/**
 * A pledge's amount in the reporting currency's minor units. Items already in that currency are
 * summed exactly; others convert their stored USD amount at the reporting currency's rate of the
 * pledge's own month (or the latest earlier month).
 */
export function valueIn(currency: string): SQL {
  if (currency === 'USD') {
    return sql`case when ${pledges.currency} = 'USD' then ${pledges.amount} else ${pledges.amountUsd} end`;
  }
  const scale = 10 ** currencyExponent(currency) / 100;
  // The product is a double on both engines (bigint × double precision), rounded as SQLite does.
  return sql`case when ${pledges.currency} = ${currency} then ${pledges.amount} else ${roundedWhole(sql`${pledges.amountUsd} * (
    select ${fxRates.unitsPerUsd} from ${fxRates}
    where ${fxRates.currency} = ${currency} and ${fxRates.month} <= ${monthOf(pledges.fxDate)}
    order by ${fxRates.month} desc limit 1) * ${scale}`)} end`;
}

export type BucketRow = {
  /** The first grouping key; `key2` and `key3` when more are given. */
  key: string | null;
  key2?: string | number | null;
  key3?: string | number | null;
  stage: Stage;
  /** Booleans on PostgreSQL, 0/1 on SQLite. */
  drawdown: boolean | number;
  kind: PledgeKind;
  retracted: boolean | number;
  unquantified: boolean | number;
  n: number;
  v: number | null;
  unconverted: number;
};

/** The bucket query: filtered pledges grouped by up to three keys (a period, a donor ...) and the
 *  facts the counting rules look at. Exposed so the bench can time the same SQL in sqlite3.
 *  Written for both engines: the facts are booleans on PostgreSQL and 0/1 on SQLite (toBucket
 *  reads either), `not x` tests them on both, and the inner select is named (PostgreSQL 15 needs
 *  it). count(*) and sum(bigint) come back as numbers (db/postgres/client.ts). */
export function bucketSql(filters: PledgeFilters, groupKeys: SQL | SQL[]): SQL {
  const keys = Array.isArray(groupKeys) ? groupKeys : [groupKeys];
  const names = ['key', 'key2', 'key3'].slice(0, keys.length);
  const value = valueIn(filters.currency);
  const where = whereFilters(filters);
  return sql`
    select ${sql.raw(names.join(', '))}, stage, drawdown, kind, retracted, unquantified,
           count(*) as n, sum(v) as v, sum(case when not unquantified and v is null then 1 else 0 end) as unconverted
    from (
      select ${sql.join(
        keys.map((k, i) => sql`${k} as ${sql.raw(names[i])}`),
        sql`, `,
      )}, ${pledges.stage} as stage, ${pledges.parentId} is not null as drawdown,
             ${pledges.kind} as kind, ${pledges.retractedAt} is not null as retracted,
             ${pledges.amount} is null as unquantified, ${value} as v
      from ${pledgesAt(filters.asOf)}
      ${where ? sql`where ${where}` : sql``}
    ) as facts
    group by ${sql.raw(names.join(', '))}, stage, drawdown, kind, retracted, unquantified`;
}

export function bucketRows(filters: PledgeFilters, groupKeys: SQL | SQL[]): Promise<BucketRow[]> {
  return read((db) => rows<BucketRow>(db, bucketSql(filters, groupKeys)));
}

export function toBucket(r: BucketRow): Bucket {
  return {
    stage: r.stage,
    isDrawdown: !!r.drawdown,
    kind: r.kind,
    retracted: !!r.retracted,
    quantified: !r.unquantified,
    count: r.n,
    value: r.v ?? 0,
    unconverted: r.unconverted,
  };
}
