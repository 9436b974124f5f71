// The pledge CSV made on worker threads. Each export opens one snapshot per thread (retrying until
// all read the same data version, so the file is one consistent state of the data), then asks the
// threads for ranges of ids in turn and hands their bytes on in id order. Only a few ranges are in
// flight at a time, so memory stays flat whatever the size; the threads' heaps are capped. That is
// SQLite's way; on PostgreSQL one REPEATABLE READ transaction in this process reads the whole
// export (db/csv-export/snapshot.postgres.ts says why), and no thread starts.
import 'server-only';
import { ThreadedExport } from './threaded-export';
import { threads } from './export-threads';
import { ExportSnapshot } from './snapshot.sqlite';
import { RANGE_IDS } from './csv-bytes';
import { exportPlan, openPostgresExport } from './plan';
import { onPostgres } from '../engine';
import type { PledgeFilters } from '../../lib/filters';

/** The same export in this process: where worker threads cannot start, a download still works. */
class LocalExport {
  private lo = 1;
  constructor(private readonly snapshot: ExportSnapshot) {}
  async next(): Promise<Uint8Array | null> {
    while (this.lo <= this.snapshot.maxId) {
      const bytes = this.snapshot.csv(this.lo, (this.lo += RANGE_IDS));
      if (bytes.length > 0) return bytes;
    }
    return null;
  }
  close(): void {
    this.snapshot.close();
  }
}

export type CsvRows = { next(): Promise<Uint8Array | null>; close(): void };

/** Opens an export of the filtered pledges (records without the header), on threads when it can. */
export async function openPledgeCsv(filters: PledgeFilters): Promise<CsvRows> {
  if (onPostgres()) return openPostgresExport(filters);
  const plan = exportPlan(filters);
  try {
    return await ThreadedExport.open(plan);
  } catch (error) {
    console.error(
      `pledge export: worker threads unavailable (${(error as Error).message}); exporting in process`,
    );
    return new LocalExport(new ExportSnapshot(plan));
  }
}

/** Starts the export threads ahead of the first download (called once at server start). */
export function startExportThreads(): void {
  if (!onPostgres()) threads();
}
