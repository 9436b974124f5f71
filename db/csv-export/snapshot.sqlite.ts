// One consistent read of the pledge export, in ranges of ids. Plain better-sqlite3 and pure
// functions only, no server-only modules: the same code runs in the server process (tests, the
// in-process generator) and inside the export worker threads (db/csv-export/worker.ts), so a CSV made
// either way is the same bytes.
import Database from 'better-sqlite3';
import { stringify } from 'csv-stringify/sync';
import { concatBytes } from '../../lib/bytes';
import { pledgeRecord, type ExportSource, type PledgeExportRow } from '../../lib/csv/pledge-record';

/** The statements of one export, compiled by db/csv-export/plan.ts: rows take `...params, lo, hi`, sources `lo, hi`. */
export type ExportPlan = { file: string; rowsSql: string; sourcesSql: string; params: unknown[] };

/** Ids per range: small enough that each range's CSV text stays a short-lived young object. */
export const RANGE_IDS = 256;
// csv-stringify's output per call: kept well under V8's large-object size (~128 KB) so it never
// lands in the old generation, where only a full collection would free it.
const RECORDS_PER_STRINGIFY = 128;
// RFC 4180: CRLF between records, quotes only where a cell needs them.
export const CSV_OPTIONS = { record_delimiter: 'windows' } as const;

export class ExportSnapshot {
  /** The data version the snapshot reads (meta.data_version), to match snapshots across threads. */
  readonly version: number;
  /** The largest pledge id in the snapshot: ranges run from 1 to here. */
  readonly maxId: number;
  private readonly db: Database.Database;
  private readonly rows: Database.Statement;
  private readonly sources: Database.Statement;
  private readonly rowNames: string[];
  private readonly sourceAt: { pledgeId: number; url: number; publisher: number; title: number; publishedOn: number; quote: number };
  private readonly encoder = new TextEncoder();

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
        pledgeId: at('pledgeId'), url: at('url'), publisher: at('publisher'), title: at('title'), publishedOn: at('publishedOn'), quote: at('quote'),
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
    const rows = this.rows.all(...this.plan.params, lo, hi) as unknown[][];
    if (rows.length === 0) return [];
    const byPledge = new Map<number, ExportSource[]>();
    const { pledgeId, url, publisher, title, publishedOn, quote } = this.sourceAt;
    for (const s of this.sources.all(lo, hi) as unknown[][]) {
      const source = { url: s[url], publisher: s[publisher], title: s[title], publishedOn: s[publishedOn], quote: s[quote] } as ExportSource;
      const list = byPledge.get(s[pledgeId] as number);
      if (list) list.push(source);
      else byPledge.set(s[pledgeId] as number, [source]);
    }
    const names = this.rowNames;
    return rows.map((cells) => {
      const row: Record<string, unknown> = {};
      for (let i = 0; i < names.length; i++) row[names[i]] = cells[i];
      return pledgeRecord(row as PledgeExportRow, byPledge.get(row.id as number) ?? []);
    });
  }

  /** The same records as UTF-8 CSV text (no header). */
  csv(lo: number, hi: number): Uint8Array {
    const records = this.records(lo, hi);
    const parts: Uint8Array[] = [];
    for (let i = 0; i < records.length; i += RECORDS_PER_STRINGIFY) {
      parts.push(this.encoder.encode(stringify(records.slice(i, i + RECORDS_PER_STRINGIFY), CSV_OPTIONS)));
    }
    return concatBytes(parts);
  }

  close(): void {
    if (!this.db?.open) return;
    if (this.db.inTransaction) this.db.exec('rollback');
    this.db.close();
  }
}
