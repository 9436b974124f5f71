// Reads a CSV file record by record with flat memory: 1 MB at a time through csv-parse. The file is
// read synchronously (a chunk at a time, nothing else to wait for); a record's handler may return a
// promise (the import's writer awaiting the database), and the next record waits for it.
// Anything that is not UTF-8 CSV text stops the read with one clear FileProblem.
import fs from 'node:fs';
import { FileProblem } from './file-problem';
import { csvParser, type OnRecord } from './record-parser';

// The error readCsvRecords stops with, for its callers (db/csv-import/stream.ts, import.ts).
export { FileProblem } from './file-problem';

const CHUNK = 1 << 20;

/** Names what a binary file is, from its first bytes; null when it may be text. */
function binaryKind(head: Buffer): string | null {
  if (head.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1')))
    return 'a ZIP archive (an .xlsx or .ods workbook?)';
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return 'a PDF document';
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return 'UTF-16 text';
  if (head.includes(0)) return 'binary data (it contains NUL bytes)';
  return null;
}

/**
 * Calls `onRecord` for every record with the line it starts on. Tolerates a BOM, CRLF, quoted
 * newlines, blank lines and rows of empty cells.
 */
export async function readCsvRecords(
  file: string,
  onRecord: OnRecord,
  onProgress?: (bytes: number, total: number) => void,
): Promise<void> {
  const fd = fs.openSync(file, 'r');
  try {
    const total = fs.fstatSync(fd).size;
    if (total === 0)
      throw new FileProblem(
        0,
        'the file is empty; expected a header row naming the columns, then one row per pledge',
      );
    // fatal: invalid UTF-8 throws; the decoder also drops a BOM and keeps a character split across chunks.
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const buffer = Buffer.alloc(CHUNK);
    let bytes = 0;
    let newlines = 0;
    const csv = csvParser(onRecord);
    for (
      let read = fs.readSync(fd, buffer, 0, CHUNK, null);
      read > 0;
      read = fs.readSync(fd, buffer, 0, CHUNK, null)
    ) {
      const chunk = buffer.subarray(0, read);
      if (bytes === 0) {
        const kind = binaryKind(chunk);
        if (kind)
          throw new FileProblem(
            0,
            `this is ${kind}, not CSV text; save the sheet as "CSV UTF-8 (comma delimited)"`,
          );
      }
      let text: string;
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        const text = new TextDecoder('utf-8').decode(chunk);
        const line = newlines + text.slice(0, text.indexOf('\uFFFD')).split('\n').length;
        throw new FileProblem(
          line,
          'the file is not valid UTF-8 text here; save it as "CSV UTF-8" (not Latin-1 or Windows-1252)',
        );
      }
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) newlines++;
      bytes += read;
      await csv.write(text);
      onProgress?.(bytes, total);
    }
    let last: string;
    try {
      last = decoder.decode();
    } catch {
      throw new FileProblem(
        newlines + 1,
        'the file ends in the middle of a UTF-8 character; save it as "CSV UTF-8"',
      );
    }
    await csv.write(last);
    await csv.end();
  } finally {
    fs.closeSync(fd);
  }
}
