// csv-parse over the whole file, fed a chunk at a time by db/csv-import/read.ts: each chunk's
// records are handed on with the line they start on; a parse error is a FileProblem naming its line.
import { Parser } from 'csv-parse';
import { FileProblem } from './file-problem';

export const MAX_RECORD_CHARS = 1_000_000;

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
export type OnRecord = (record: string[], line: number) => void | Promise<void>;

export function csvParser(onRecord: OnRecord) {
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
