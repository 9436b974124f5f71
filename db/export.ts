// The pledge export: every filtered, unretracted pledge in id order, read in batches from a
// snapshot so a million rows stream with flat memory. Sources come one query per batch.
import { sql } from 'drizzle-orm';
import { openSnapshotReader } from './read-snapshot';
import { parties, pledgeSources, pledges, sources } from './schema';
import { whereFilters } from './filter-sql';
import { inlineSql } from './sql-text';
import type { PledgeFilters } from '../lib/filters';
import { pledgeRecord, type ExportSource, type PledgeExportRow } from '../lib/csv/pledge-record';

export type ExportBatch = { rows: PledgeExportRow[]; sources: Map<number, ExportSource[]> };

function exportQuery(where: ReturnType<typeof sql>) {
  return sql`
    select ${pledges.id} as id, ${pledges.externalId} as externalId, d.name as donorName, d.kind as donorKind,
           r.name as recipientName, ${pledges.title} as title, ${pledges.description} as description,
           ${pledges.category} as category, ${pledges.instrument} as instrument, ${pledges.stage} as stage,
           ${pledges.kind} as kind, ${pledges.isLowerBound} as isLowerBound, ${pledges.parentId} as parentId,
           ${pledges.amount} as amount, ${pledges.currency} as currency, ${pledges.amountUsd} as amountUsd,
           ${pledges.fxRate} as fxRate, ${pledges.fxDate} as fxDate, ${pledges.announcedOn} as announcedOn,
           ${pledges.datePrecision} as datePrecision, ${pledges.updatedAt} as updatedAt
    from ${pledges}
    join ${parties} d on d.id = ${pledges.donorId}
    join ${parties} r on r.id = ${pledges.recipientId}
    where ${pledges.retractedAt} is null and ${where}
    order by ${pledges.id}`;
}

function sourcesQuery(ids: number[]) {
  return sql`select ${pledgeSources.pledgeId} as pledgeId, ${sources.url} as url, ${sources.publisher} as publisher,
           ${pledgeSources.quote} as quote
    from ${pledgeSources} join ${sources} on ${sources.id} = ${pledgeSources.sourceId}
    where ${pledgeSources.pledgeId} in (select value from json_each(${JSON.stringify(ids)}))
    order by ${pledgeSources.pledgeId}, ${pledgeSources.position}`;
}

function groupSources(rows: (ExportSource & { pledgeId: number })[]): Map<number, ExportSource[]> {
  const out = new Map<number, ExportSource[]>();
  for (const { pledgeId, ...source } of rows) {
    const list = out.get(pledgeId) ?? [];
    list.push(source);
    out.set(pledgeId, list);
  }
  return out;
}

/**
 * Batches of export rows for the filters (or for the given ids). The generator owns a snapshot
 * connection; stopping early (`return()`, a cancelled download) closes it.
 */
export function* pledgeExportBatches(filters: PledgeFilters | { ids: number[] }, batchSize = 500): Generator<ExportBatch> {
  const reader = openSnapshotReader();
  try {
    const where = 'ids' in filters
      ? sql`${pledges.id} in (select value from json_each(${JSON.stringify(filters.ids)}))`
      : whereFilters(filters) ?? sql`1 = 1`;
    let rows: PledgeExportRow[] = [];
    const flush = () => {
      const batch = { rows, sources: groupSources(reader.all(sourcesQuery(rows.map((r) => r.id)))) };
      rows = [];
      return batch;
    };
    for (const row of reader.iterate<PledgeExportRow>(exportQuery(where))) {
      rows.push(row);
      if (rows.length >= batchSize) yield flush();
    }
    if (rows.length > 0) yield flush();
  } finally {
    reader.close();
  }
}

/** The CSV records (DESIGN.md's columns) of the filtered pledges, a batch at a time. */
export function* pledgeExportRecords(filters: PledgeFilters | { ids: number[] }): Generator<string[][]> {
  for (const batch of pledgeExportBatches(filters)) {
    yield batch.rows.map((row) => pledgeRecord(row, batch.sources.get(row.id) ?? []));
  }
}

/**
 * The same rows as one self-contained statement, sources joined in with group_concat: what the
 * bench hands to `sqlite3 -csv` as the reference for the export's speed.
 */
export function exportRowsSql(): string {
  return inlineSql(sql`
    select e.*, s.urls, s.publishers, s.quotes
    from (${exportQuery(sql`1 = 1`)}) e
    left join (
      select ${pledgeSources.pledgeId} as pledgeId, group_concat(${sources.url}, ' | ') as urls,
             group_concat(${sources.publisher}, ' | ') as publishers, group_concat(${pledgeSources.quote}, ' | ') as quotes
      from ${pledgeSources} join ${sources} on ${sources.id} = ${pledgeSources.sourceId}
      group by ${pledgeSources.pledgeId}
    ) s on s.pledgeId = e.id
    order by e.id`);
}
