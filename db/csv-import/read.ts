// Reads a CSV file record by record with flat memory: 1 MB at a time through csv-parse. The file is
// read synchronously (a chunk at a time, nothing else to wait for); a record's handler may return a
// promise (the import's writer awaiting the database), and the next record waits for it.
// Anything that is not UTF-8 CSV text stops the read with one clear FileProblem.
import fs from 'node:fs';
import { Parser } from 'csv-parse';

export class FileProblem extends Error {
  override name = 'FileProblem';
  constructor(
    public readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

export const MAX_RECORD_CHARS = 1_000_000;
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

/** csv-parse counts a quoted CRLF as two lines: `overcount` takes those back off its line number. */
function parseProblem(error: Error & { code?: string; lines?: number }, overcount: number): FileProblem {
  const at = (error.lines ?? 1) - overcount;
  if (error.code === 'CSV_MAX_RECORD_SIZE') {
    return new FileProblem(
      at,
      `a record is longer than ${MAX_RECORD_CHARS.toLocaleString('en-US')} characters (is a quote left open, or is this not a CSV file?)`,
    );
  }
  if (error.code === 'CSV_QUOTE_NOT_CLOSED')
    return new FileProblem(at, 'a quoted cell is never closed: a " has no closing "');
  return new FileProblem(at, `not valid CSV: ${error.message.split('\n')[0].slice(0, 200)}`);
}

/**
 * csv-parse over the whole file, fed a chunk at a time; each chunk's records are handed on at once.
 * Line numbers are counted here rather than with csv-parse's `info` (which costs about a
 * microsecond a record): a record starts one line after the previous one ended, plus the newlines
 * quoted inside its cells. Blank lines and rows of empty cells are skipped here, so they still count.
 */
type OnRecord = (record: string[], line: number) => void | Promise<void>;

function csvParser(onRecord: OnRecord) {
  const parser = new Parser({
    bom: true,
    relax_column_count: true,
    max_record_size: MAX_RECORD_CHARS,
    // Each chunk's records are read before the next write, so the buffer never needs to push back.
    ...({ readableHighWaterMark: 1 << 30 } as object),
  });
  parser.on('error', () => {
    /* read synchronously from parser.errored */
  });
  let line = 1;
  let crlfInside = 0;
  const drain = async () => {
    for (
      let record = parser.read() as string[] | null;
      record !== null;
      record = parser.read() as string[] | null
    ) {
      const start = line;
      let empty = true;
      line++;
      for (let i = 0; i < record.length; i++) {
        const cell = record[i];
        if (cell === '') continue;
        empty = false;
        if (cell.includes('\n')) {
          line += cell.split('\n').length - 1;
          if (cell.includes('\r\n')) crlfInside += cell.split('\r\n').length - 1;
        }
      }
      if (!empty) {
        const handled = onRecord(record, start);
        if (handled) await handled;
      }
    }
    if (parser.errored) throw parseProblem(parser.errored as Error, crlfInside);
  };
  return {
    write(text: string): Promise<void> {
      parser.write(text);
      return drain();
    },
    end(): Promise<void> {
      parser.end();
      return drain();
    },
  };
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
