// One consistent read of the pledge export, in ranges of ids. Plain better-sqlite3 and pure
// functions only, no server-only modules: the same code runs in the server process (tests, the
// in-process generator) and inside the export worker threads (db/csv-export/worker.ts), so a CSV made
// either way is the same bytes.
// PostgreSQL's export is db/csv-export/snapshot.postgres.ts; both make their bytes in csv-bytes.ts.
import Database from 'better-sqlite3';
import { csvBytes, exportRecords, type ExportSourceRow } from './csv-bytes';
import type { PledgeExportRow } from '../../lib/csv/pledge-record';

/** The statements of one export, compiled by db/csv-export/plan.ts: rows take `...params, lo, hi`, sources `lo, hi`. */
export type ExportPlan = { file: string; rowsSql: string; sourcesSql: string; params: unknown[] };

export class ExportSnapshot {
  /** The data version the snapshot reads (meta.data_version), to match snapshots across threads. */
  readonly version: number;
  /** The largest pledge id in the snapshot: ranges run from 1 to here. */
  readonly maxId: number;
  private readonly db: Database.Database;
  private readonly rows: Database.Statement;
  private readonly sources: Database.Statement;
  private readonly rowNames: string[];
  private readonly sourceAt: {
    pledgeId: number;
    url: number;
    publisher: number;
    title: number;
    publishedOn: number;
    quote: number;
  };

  constructor(private readonly plan: ExportPlan) {
    this.db = new Database(plan.file, { fileMustExist: true });
    try {
      this.db.pragma('busy_timeout = 10000');
      this.db.pragma('cache_size = -2048'); // a sequential scan gains nothing from a bigger cache
      // Rows come back as arrays and are named here: the driver builds an object property by
      // property in C++, which made reading a row far dearer (figures in docs/performance.md).
      this.rows = this.db.prepare(plan.rowsSql).raw(true);
      this.sources = this.db.prepare(plan.sourcesSql).raw(true);
      this.rowNames = this.rows.columns().map((c) => c.name);
      const sourceNames = this.sources.columns().map((c) => c.name);
      const at = (name: string) => {
        const i = sourceNames.indexOf(name);
        if (i < 0) throw new Error(`the export's sources query has no ${name} column`);
        return i;
      };
      this.sourceAt = {
        pledgeId: at('pledgeId'),
        url: at('url'),
        publisher: at('publisher'),
        title: at('title'),
        publishedOn: at('publishedOn'),
        quote: at('quote'),
      };
      // Under WAL the read transaction's first statement fixes the snapshot every range reads.
      this.db.exec('begin');
      const version = this.db.prepare(`select value from meta where key = 'data_version'`).pluck().get();
      this.version = Number(version ?? 0);
      this.maxId = Number(this.db.prepare('select coalesce(max(id), 0) from pledges').pluck().get());
    } catch (error) {
      this.close();
      throw error;
    }
  }

  /** The CSV records of the pledges with lo <= id < hi that the filters keep, in id order. */
  records(lo: number, hi: number): string[][] {
    const cells = this.rows.all(...this.plan.params, lo, hi) as unknown[][];
    if (cells.length === 0) return [];
    const names = this.rowNames;
    const rows = cells.map((row) => {
      const named: Record<string, unknown> = {};
      for (let i = 0; i < names.length; i++) named[names[i]] = row[i];
      return named as PledgeExportRow;
    });
    const { pledgeId, url, publisher, title, publishedOn, quote } = this.sourceAt;
    const sources = (this.sources.all(lo, hi) as unknown[][]).map(
      (s) =>
        ({
          pledgeId: s[pledgeId],
          url: s[url],
          publisher: s[publisher],
          title: s[title],
          publishedOn: s[publishedOn],
          quote: s[quote],
        }) as ExportSourceRow,
    );
    return exportRecords(rows, sources);
  }

  /** The same records as UTF-8 CSV text (no header). */
  csv(lo: number, hi: number): Uint8Array {
    return csvBytes(this.records(lo, hi));
  }

  close(): void {
    if (!this.db?.open) return;
    if (this.db.inTransaction) this.db.exec('rollback');
    this.db.close();
  }
}
