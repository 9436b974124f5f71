// The pledge export: every filtered, unretracted pledge in id order, read in ranges of ids from
// one snapshot so a million rows stream with flat memory. The statements are written here, once
// for both engines (quoted aliases keep their case on PostgreSQL); the reading is
// db/csv-export/snapshot.sqlite.ts (in this process or the export threads) on SQLite, and
// db/csv-export/snapshot.postgres.ts (one REPEATABLE READ transaction) on PostgreSQL.
import { sql, type SQL } from 'drizzle-orm';
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import { databasePath } from '../config';
import { onPostgres } from '../engine';
import { getDb } from '../sqlite/client';
import { parties, pledgeSources, pledges, sources } from '../tables';
import { whereFilters } from '../pledges/filter-sql';
import { pledgesAt } from '../as-of/pledges-at';
import { inlineSql } from '../sqlite/sql-text';
import { ExportSnapshot, type ExportPlan } from './snapshot.sqlite';
import { RANGE_IDS } from './csv-bytes';
import { PostgresExport, type PostgresExportPlan } from './snapshot.postgres';
import type { PledgeFilters } from '../../lib/filters';

const dialect = new SQLiteSyncDialect();

function exportQuery(where: SQL, from: SQL = sql`${pledges}`) {
  return sql`
    select ${pledges.id} as id, ${pledges.externalId} as "externalId", d.name as "donorName", d.kind as "donorKind",
           r.name as "recipientName", ${pledges.title} as title, ${pledges.description} as description,
           ${pledges.category} as category, ${pledges.instrument} as instrument, ${pledges.stage} as stage,
           ${pledges.kind} as kind, ${pledges.isLowerBound} as "isLowerBound", ${pledges.parentId} as "parentId",
           ${pledges.amount} as amount, ${pledges.currency} as currency, ${pledges.amountUsd} as "amountUsd",
           ${pledges.fxRate} as "fxRate", ${pledges.fxDate} as "fxDate", ${pledges.announcedOn} as "announcedOn",
           ${pledges.datePrecision} as "datePrecision", ${pledges.updatedAt} as "updatedAt",
           ${pledges.committedOn} as "committedOn", ${pledges.committedPrecision} as "committedPrecision",
           ${pledges.allocatedOn} as "allocatedOn", ${pledges.allocatedPrecision} as "allocatedPrecision",
           ${pledges.disbursedOn} as "disbursedOn", ${pledges.disbursedPrecision} as "disbursedPrecision",
           ${pledges.cancelledOn} as "cancelledOn", ${pledges.cancelledPrecision} as "cancelledPrecision",
           ${pledges.periodStart} as "periodStart", ${pledges.periodEnd} as "periodEnd"
    from ${from}
    join ${parties} d on d.id = ${pledges.donorId}
    join ${parties} r on r.id = ${pledges.recipientId}
    where ${pledges.retractedAt} is null and ${where}
    order by ${pledges.id}`;
}

/**
 * The export's two statements for the filters: the rows take the filters' parameters then `lo, hi`
 * (lo <= id < hi), the sources only `lo, hi`. NOT INDEXED keeps every range a rowid seek: with a
 * filter on an indexed column SQLite could otherwise walk that index once per range.
 */
export function exportPlan(filters: PledgeFilters): ExportPlan {
  getDb(); // the shared connection migrates the file before anyone reads it
  const where = sql`${whereFilters(filters) ?? sql`1 = 1`} and ${pledges.id} >= ${sql.raw('?')} and ${pledges.id} < ${sql.raw('?')}`;
  // The record as of a past moment is a derived table (db/as-of/pledges-at.ts), which takes no index hint.
  const from = filters.asOf ? pledgesAt(filters.asOf) : sql`${pledges} not indexed`;
  const rows = dialect.sqlToQuery(exportQuery(where, from));
  const sourcesSql = dialect.sqlToQuery(sourcesQuery(sql.raw('?'), sql.raw('?'))).sql;
  return { file: databasePath(), rowsSql: rows.sql, sourcesSql, params: rows.params };
}

function sourcesQuery(lo: SQL | number, hi: SQL | number): SQL {
  return sql`select ${pledgeSources.pledgeId} as "pledgeId", ${sources.url} as url,
      ${sources.publisher} as publisher, ${sources.title} as title, ${sources.publishedOn} as "publishedOn",
      ${pledgeSources.quote} as quote
    from ${pledgeSources} join ${sources} on ${sources.id} = ${pledgeSources.sourceId}
    where ${pledgeSources.pledgeId} >= ${lo} and ${pledgeSources.pledgeId} < ${hi}
    order by ${pledgeSources.pledgeId}, ${pledgeSources.position}`;
}

/** The same two statements for PostgreSQL, with each range's ids as parameters. */
export function postgresExportPlan(filters: PledgeFilters): PostgresExportPlan {
  const filtered = whereFilters(filters) ?? sql`1 = 1`;
  return {
    rows: (lo, hi) =>
      exportQuery(
        sql`${filtered} and ${pledges.id} >= ${lo} and ${pledges.id} < ${hi}`,
        pledgesAt(filters.asOf),
      ),
    sources: (lo, hi) => sourcesQuery(lo, hi),
  };
}

/** Opens PostgreSQL's export of the filters (db/csv-export/snapshot.postgres.ts). */
export function openPostgresExport(filters: PledgeFilters): Promise<PostgresExport> {
  return PostgresExport.open(postgresExportPlan(filters));
}

/** The CSV records (lib/csv/columns.ts) of the filtered pledges, a range at a time, in this process. */
export async function* pledgeExportRecords(filters: PledgeFilters): AsyncGenerator<string[][]> {
  if (onPostgres()) {
    const snapshot = await openPostgresExport(filters);
    try {
      for (let lo = 1; lo <= snapshot.maxId; lo += RANGE_IDS) {
        const records = await snapshot.records(lo, lo + RANGE_IDS);
        if (records.length > 0) yield records;
      }
    } finally {
      snapshot.close();
    }
    return;
  }
  const snapshot = new ExportSnapshot(exportPlan(filters));
  try {
    for (let lo = 1; lo <= snapshot.maxId; lo += RANGE_IDS) {
      const records = snapshot.records(lo, lo + RANGE_IDS);
      if (records.length > 0) yield records;
    }
  } finally {
    snapshot.close();
  }
}

/**
 * The same rows as one self-contained statement, sources joined in with group_concat: what the
 * bench hands to `sqlite3 -csv` as the reference for the export's speed.
 */
export function exportRowsSql(): string {
  return inlineSql(sql`
    select e.*, s.urls, s.publishers, s.quotes, s.titles, s.publishedOn
    from (${exportQuery(sql`1 = 1`)}) e
    left join (
      select ${pledgeSources.pledgeId} as pledgeId, group_concat(${sources.url}, ' | ') as urls,
             group_concat(${sources.publisher}, ' | ') as publishers, group_concat(${pledgeSources.quote}, ' | ') as quotes,
             group_concat(${sources.title}, ' | ') as titles, group_concat(${sources.publishedOn}, ' | ') as publishedOn
      from ${pledgeSources} join ${sources} on ${sources.id} = ${pledgeSources.sourceId}
      group by ${pledgeSources.pledgeId}
    ) s on s.pledgeId = e.id
    order by e.id`);
}
