// Support per year (calendar or each donor's fiscal year): the filtered pledges grouped by their
// announcement date as written and their donor, multi-year pledges read one by one to be spread over
// their period; lib/years-table.ts places them and lib/counting.ts counts them.
import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { read, type Tx } from '../connection';
import { parties, pledges } from '../tables';
import { whereFilters } from '../pledges/filter-sql';
import { bucketRows, toBucket, valueIn } from './buckets';
import { cached } from './overview';
import { annualView, type AnnualView, type PeriodPledge, type PlacedGroup } from '../../lib/years-table';
import type { PledgeFilters } from '../../lib/filters';
import type { YearBasis } from '../../lib/years';
import { pledgesTable } from '../as-of/pledges-at';

// The announcement date at its precision: "2024-05" (day or month), "2024" (year), null (unknown).
const writtenAnnounced = sql`case when ${pledges.datePrecision} = 'unknown' or ${pledges.announcedOn} is null then null
  when ${pledges.datePrecision} = 'year' then substr(${pledges.announcedOn}, 1, 4)
  else substr(${pledges.announcedOn}, 1, 7) end`;
const hasPeriod = sql`case when ${pledges.periodStart} is not null and ${pledges.periodEnd} is not null then 1 else 0 end`;

async function periodPledges(
  db: Tx,
  filters: PledgeFilters,
): Promise<(PeriodPledge & { donorId: number })[]> {
  const found = await db
    .select({
      id: pledges.id,
      title: pledges.title,
      donorId: pledges.donorId,
      donorName: parties.name,
      donorStart: parties.fiscalYearStartMonth,
      written: sql<string | null>`${writtenAnnounced}`,
      periodStart: pledges.periodStart,
      periodEnd: pledges.periodEnd,
      stage: pledges.stage,
      parentId: pledges.parentId,
      kind: pledges.kind,
      retractedAt: pledges.retractedAt,
      amount: pledges.amount,
      v: sql<number | string | null>`${valueIn(filters.currency)}`,
    })
    .from(pledgesTable(filters.asOf))
    .innerJoin(parties, eq(parties.id, pledges.donorId))
    .where(and(whereFilters(filters), isNotNull(pledges.periodStart), isNotNull(pledges.periodEnd)))
    .orderBy(pledges.id);
  return found.map((p) => {
    const quantified = p.amount != null;
    return {
      id: p.id,
      title: p.title,
      donorId: p.donorId,
      donorName: p.donorName,
      donorStart: p.donorStart,
      written: p.written,
      periodStart: p.periodStart ?? '',
      periodEnd: p.periodEnd ?? '',
      bucket: {
        stage: p.stage,
        isDrawdown: p.parentId != null,
        kind: p.kind,
        retracted: p.retractedAt != null,
        quantified,
        count: 1,
        value: p.v == null ? 0 : Number(p.v),
        unconverted: quantified && p.v == null ? 1 : 0,
      },
    };
  });
}

/** Donors among `ids` with a fiscal-year start month, by name. */
async function startMonths(db: Tx, ids: number[]) {
  if (ids.length === 0) return [];
  const found = await db
    .select({ id: parties.id, slug: parties.slug, name: parties.name, start: parties.fiscalYearStartMonth })
    .from(parties)
    .where(inArray(parties.id, ids))
    .orderBy(parties.name);
  return found.map((p) => ({ ...p, start: p.start == null ? null : Number(p.start) }));
}

/** The annual view for the filters under `basis`, by the rules of lib/years.ts and lib/counting.ts. */
export function annualFor(db: Tx, filters: PledgeFilters, basis: YearBasis): Promise<AnnualView> {
  return cached('years', filters, basis, async () => {
    const grouped = await bucketRows(filters, [writtenAnnounced, pledges.donorId.getSQL(), hasPeriod]);
    const spread = await periodPledges(db, filters);
    const donors = await startMonths(db, [
      ...new Set([...grouped.map((r) => Number(r.key2)), ...spread.map((p) => p.donorId)]),
    ]);
    const startOf = new Map(donors.map((d) => [d.id, d.start]));
    const groups: PlacedGroup[] = grouped
      .filter((r) => Number(r.key3) === 0)
      .map((r) => ({
        written: r.key,
        donorStart: startOf.get(Number(r.key2)) ?? null,
        bucket: toBucket(r),
      }));
    return annualView(groups, spread, {
      currency: filters.currency,
      basis,
      fiscalDonors: donors
        .filter((d) => d.start != null && d.start !== 1)
        .map((d) => ({ slug: d.slug, name: d.name, startMonth: d.start as number })),
    });
  });
}

export async function getAnnualView(filters: PledgeFilters, basis: YearBasis): Promise<AnnualView> {
  return read((db) => annualFor(db, filters, basis));
}
