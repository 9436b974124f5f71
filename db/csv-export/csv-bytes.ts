// The pledge export's rows as CSV bytes, the same on either engine: one range's rows and their
// sources in, the records of lib/csv/pledge-record.ts out, stringified in small batches. Pure, with
// no server-only module, so the SQLite export threads (db/csv-export/worker.ts) run it too.
import { stringify } from 'csv-stringify/sync';
import { concatBytes } from '../../lib/bytes';
import { pledgeRecord, type ExportSource, type PledgeExportRow } from '../../lib/csv/pledge-record';

/** Ids per range: small enough that each range's CSV text stays a short-lived young object. */
export const RANGE_IDS = 256;
// csv-stringify's output per call: kept well under V8's large-object size (~128 KB) so it never
// lands in the old generation, where only a full collection would free it.
const RECORDS_PER_STRINGIFY = 128;
// RFC 4180: CRLF between records, quotes only where a cell needs them.
export const CSV_OPTIONS = { record_delimiter: 'windows' } as const;

export type ExportSourceRow = ExportSource & { pledgeId: number };

/** The records of a range's rows (in id order), each with its sources (in their order). */
export function exportRecords(
  rows: readonly PledgeExportRow[],
  sources: Iterable<ExportSourceRow>,
): string[][] {
  if (rows.length === 0) return [];
  const byPledge = new Map<number, ExportSource[]>();
  for (const s of sources) {
    const source = {
      url: s.url,
      publisher: s.publisher,
      title: s.title,
      publishedOn: s.publishedOn,
      quote: s.quote,
    };
    const list = byPledge.get(s.pledgeId);
    if (list) list.push(source);
    else byPledge.set(s.pledgeId, [source]);
  }
  return rows.map((row) => pledgeRecord(row, byPledge.get(row.id) ?? []));
}

const encoder = new TextEncoder();

/** Records as UTF-8 CSV text (no header). */
export function csvBytes(records: readonly string[][]): Uint8Array {
  const parts: Uint8Array[] = [];
  for (let i = 0; i < records.length; i += RECORDS_PER_STRINGIFY) {
    parts.push(encoder.encode(stringify(records.slice(i, i + RECORDS_PER_STRINGIFY), CSV_OPTIONS)));
  }
  return concatBytes(parts);
}
