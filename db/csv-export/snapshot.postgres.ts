// The pledge export on PostgreSQL: one consistent read in ranges of ids, made in the server process.
//
// Why one transaction and no threads: PostgreSQL gives a whole export one state of the data with a
// single REPEATABLE READ READ ONLY transaction (its snapshot is fixed by the first statement and
// every later range reads it, whatever commits meanwhile), and the work of building the CSV is
// small beside the database's; SQLite's threads each needed a snapshot of their own, matched by
// data version (db/csv-export/threaded-export.ts). The transaction holds one of the process's pooled
// connections until the download ends, is stalled (EXPORT_STALL_MS) or runs too long
// (EXPORT_MAX_MS): at most EXPORT_MAX_DOWNLOADS of them at once (db/csv-export/limits.ts), fewer
// than the pool holds. The bytes are csv-bytes.ts's, as on SQLite.
import 'server-only';
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { postgresDb } from '../postgres/transaction';
import { csvBytes, exportRecords, RANGE_IDS, type ExportSourceRow } from './csv-bytes';
import type { PledgeExportRow } from '../../lib/csv/pledge-record';

const dialect = new PgDialect();
/** The part of a pooled node-postgres connection the export uses (the driver stays in db/postgres/). */
type Connection = {
  query<R>(text: string, values?: unknown[]): Promise<{ rows: R[] }>;
  release(error?: Error): void;
};

/** The statements of one export (db/csv-export/plan.ts): the rows and the sources of lo <= id < hi. */
export type PostgresExportPlan = {
  rows: (lo: number, hi: number) => SQL;
  sources: (lo: number, hi: number) => SQL;
};

export class PostgresExport {
  private lo = 1;
  /** The statement running now: close() waits for it before it ends the transaction. */
  private busy: Promise<unknown> = Promise.resolve();
  private closed = false;

  private constructor(
    private readonly client: Connection,
    private readonly plan: PostgresExportPlan,
    readonly maxId: number,
    readonly version: number,
  ) {}

  static async open(plan: PostgresExportPlan): Promise<PostgresExport> {
    const client: Connection = await (await postgresDb()).$client.connect();
    try {
      await client.query('begin isolation level repeatable read read only');
      // The first statement fixes the snapshot every range reads.
      const {
        rows: [first],
      } = await client.query<{ version: string | null; max: number }>(
        `select (select value from meta where key = 'data_version') as version, coalesce((select max(id) from pledges), 0) as max`,
      );
      return new PostgresExport(client, plan, Number(first.max), Number(first.version ?? 0));
    } catch (error) {
      client.release(error as Error); // not back into the pool: its transaction may still be open
      throw error;
    }
  }

  private async query<T>(statement: SQL): Promise<T[]> {
    const { sql: text, params } = dialect.sqlToQuery(statement);
    const running = this.client.query(text, params as unknown[]);
    this.busy = running.catch(() => undefined);
    return (await running).rows as T[];
  }

  /** The CSV records of the pledges with lo <= id < hi that the filters keep, in id order. */
  async records(lo: number, hi: number): Promise<string[][]> {
    if (this.closed) throw new Error('the export is closed');
    const rows = await this.query<PledgeExportRow>(this.plan.rows(lo, hi));
    if (rows.length === 0) return [];
    return exportRecords(rows, await this.query<ExportSourceRow>(this.plan.sources(lo, hi)));
  }

  /** The next non-empty range's CSV bytes, or null at the end. */
  async next(): Promise<Uint8Array | null> {
    while (this.lo <= this.maxId) {
      const lo = this.lo;
      this.lo += RANGE_IDS;
      const bytes = csvBytes(await this.records(lo, lo + RANGE_IDS));
      if (bytes.length > 0) return bytes;
    }
    return null;
  }

  /** Ends the transaction and hands the connection back (after the statement running, if any). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    void this.busy
      .then(() => this.client.query('rollback'))
      .then(
        () => this.client.release(),
        (error: Error) => this.client.release(error), // a connection that cannot roll back is dropped
      );
  }
}
