// Reads a CSV file record by record, synchronously (the whole import runs inside one SQLite write
// transaction, which cannot span awaits), with flat memory: 1 MB at a time, through the plain
// reader (db/import-plain-csv.ts) and, from the first record it is unsure of, csv-parse.
// Anything that is not UTF-8 CSV text stops the read with one clear FileProblem.
import fs from 'node:fs';
import { Parser } from 'csv-parse';
import { plainCsvReader, type LineEnding } from './import-plain-csv';

export class FileProblem extends Error {
  override name = 'FileProblem';
  constructor(public readonly line: number, message: string) {
    super(message);
  }
}

export const MAX_RECORD_CHARS = 1_000_000;
const CHUNK = 1 << 20;

/** Names what a binary file is, from its first bytes; null when it may be text. */
function binaryKind(head: Buffer): string | null {
  if (head.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'))) return 'a ZIP archive (an .xlsx or .ods workbook?)';
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return 'a PDF document';
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return 'UTF-16 text';
  if (head.includes(0)) return 'binary data (it contains NUL bytes)';
  return null;
}

/**
 * csv-parse counts a quoted CRLF as two lines: `overcount` takes those back off its line number.
 * `before`: the lines before the record csv-parse started at, added to the line its message names.
 */
function parseProblem(error: Error & { code?: string; lines?: number }, overcount: number, before: number): FileProblem {
  const at = (error.lines ?? 1) - overcount + before;
  if (error.code === 'CSV_MAX_RECORD_SIZE') {
    return new FileProblem(at, `a record is longer than ${MAX_RECORD_CHARS.toLocaleString('en-US')} characters (is a quote left open, or is this not a CSV file?)`);
  }
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') return new FileProblem(at, 'a quoted cell is never closed: a " has no closing "');
  const message = error.message.split('\n')[0].replace(/\b(at|on) line (\d+)/g, (_, word, line) => `${word} line ${Number(line) + before}`);
  return new FileProblem(at, `not valid CSV: ${message.slice(0, 200)}`);
}

type Held = [string[], number][];

/** csv-parse from the record on `firstLine` (the whole file, or what the plain reader handed over). */
function csvParseFrom(onRecord: (record: string[], line: number) => void, firstLine: number, ending: LineEnding | null) {
  const parser = new Parser({
    bom: true, relax_column_count: true, skip_empty_lines: true, skip_records_with_empty_values: true,
    max_record_size: MAX_RECORD_CHARS, info: true, ...(ending ? { record_delimiter: ending } : {}),
    // Each chunk's records are read before the next write, so the buffer never needs to push back.
    ...({ readableHighWaterMark: 1 << 30 } as object),
  });
  parser.on('error', () => { /* read synchronously from parser.errored */ });
  const before = firstLine - 1;
  let crlfInside = 0;
  const count = (cell: string, what: string) => (cell.includes(what) ? cell.split(what).length - 1 : 0);
  // Like a whole-file csv-parse: the records a write completes are lost when that write fails.
  const drain = (held: Held = []) => {
    if (parser.errored) throw parseProblem(parser.errored as Error, crlfInside, before);
    for (const [record, line] of held) onRecord(record, line);
    for (let item = parser.read(); item !== null; item = parser.read()) {
      const { record, info } = item as { record: string[]; info: { lines: number } };
      // info.lines is where the record ends, counting a quoted CRLF as two lines; a quoted
      // newline moves the record's first line up.
      const crlf = record.reduce((n, cell) => n + count(cell, '\r\n'), 0);
      const lf = record.reduce((n, cell) => n + count(cell, '\n'), 0);
      crlfInside += crlf;
      onRecord(record, before + info.lines - crlfInside - lf);
    }
  };
  return {
    /** `held`: the records the plain reader read from the same chunk, handed on unless it fails. */
    write(chunk: Buffer, held?: Held): void {
      parser.write(chunk);
      drain(held);
    },
    end(): void {
      parser.end();
      drain();
    },
  };
}

/**
 * Calls `onRecord` for every record with the line it starts on. Tolerates a BOM, CRLF, quoted
 * newlines, blank lines and rows of empty cells. The plain reader takes the file as far as it is
 * sure of it, csv-parse the rest.
 */
export function readCsvRecords(
  file: string, onRecord: (record: string[], line: number) => void, onProgress?: (bytes: number, total: number) => void,
  options: { plain?: boolean; chunkBytes?: number } = {},
): void {
  const fd = fs.openSync(file, 'r');
  try {
    const total = fs.fstatSync(fd).size;
    if (total === 0) throw new FileProblem(0, 'the file is empty; expected a header row naming the columns, then one row per pledge');
    // fatal: invalid UTF-8 throws; the decoder also drops a BOM and keeps a character split across chunks.
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const size = options.chunkBytes ?? CHUNK;
    const buffer = Buffer.alloc(size);
    let bytes = 0;
    let newlines = 0;
    let held: Held = [];
    const plain = plainCsvReader((record, line) => held.push([record, line]));
    let pending = '';
    let rest: ReturnType<typeof csvParseFrom> | null = null;
    const feed = (text: string, final: boolean) => {
      if (options.plain === false) rest ??= csvParseFrom(onRecord, 1, null);
      if (rest) return rest.write(Buffer.from(text));
      const stop = plain.push(pending + text, final);
      pending = stop.rest;
      const read = held;
      held = [];
      if (stop.handOver || (final && pending !== '')) {
        rest = csvParseFrom(onRecord, plain.line, plain.ending);
        rest.write(Buffer.from(pending), read);
        pending = '';
      } else {
        for (const [record, line] of read) onRecord(record, line);
      }
    };
    for (let read = fs.readSync(fd, buffer, 0, size, null); read > 0; read = fs.readSync(fd, buffer, 0, size, null)) {
      const chunk = buffer.subarray(0, read);
      if (bytes === 0) {
        const kind = binaryKind(chunk);
        if (kind) throw new FileProblem(0, `this is ${kind}, not CSV text; save the sheet as "CSV UTF-8 (comma delimited)"`);
      }
      let text: string;
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        const text = new TextDecoder('utf-8').decode(chunk);
        const line = newlines + text.slice(0, text.indexOf('\uFFFD')).split('\n').length;
        throw new FileProblem(line, 'the file is not valid UTF-8 text here; save it as "CSV UTF-8" (not Latin-1 or Windows-1252)');
      }
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) newlines++;
      bytes += read;
      feed(text, false);
      onProgress?.(bytes, total);
    }
    let last: string;
    try {
      last = decoder.decode();
    } catch {
      throw new FileProblem(newlines + 1, 'the file ends in the middle of a UTF-8 character; save it as "CSV UTF-8"');
    }
    feed(last, true);
    (rest as ReturnType<typeof csvParseFrom> | null)?.end();
  } finally {
    fs.closeSync(fd);
  }
}
