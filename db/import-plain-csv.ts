// A fast reader for the plain CSV an export or a spreadsheet writes: one line ending throughout
// (LF, or CRLF), commas, quoted cells with "" for a quote. It splits the lines a plain record
// takes with String.split and walks only the records that hold a quote. It yields exactly the
// records csv-parse yields with db/import-read's options (blank lines and records of blank cells
// skipped, any number of cells), with the line each starts on; the first record it is not sure
// of — a lone CR, a quote inside an unquoted cell, text after a closing quote, a CR inside quotes,
// a very long record — it hands back, and csv-parse reads the rest of the file from there
// (tests/unit/csv-plain-reader.test.ts holds the two readers to the same records and lines).

export type LineEnding = '\n' | '\r\n';
export type PlainStop = { rest: string; handOver: boolean };

const LF = 10;
const CR = 13;
const QUOTE = '"';

/** Records this long (characters) go to csv-parse, which enforces the size cap and its message. */
const LONG_RECORD = 100_000;

const blank = (cells: string[]) => cells.every((cell) => cell.trim() === '');

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

export function plainCsvReader(onRecord: (record: string[], line: number) => void) {
  let line = 1;
  let ending: LineEnding | null = null;

  /**
   * The cells of a record that holds a quote, from `start`; null when it needs more text, false
   * when it is not plain. `end` is where the record's line ending starts.
   */
  function quoted(text: string, start: number, final: boolean): { cells: string[]; end: number } | null | false {
    const cells: string[] = [];
    let at = start;
    for (;;) {
      let cell = '';
      let next: number;
      if (text[at] === QUOTE) {
        for (let from = at + 1; ;) {
          const close = text.indexOf(QUOTE, from);
          if (close === -1) return final ? false : null;
          cell += text.slice(from, close);
          if (text[close + 1] === QUOTE) {
            cell += QUOTE;
            from = close + 2;
            continue;
          }
          next = close + 1;
          break;
        }
        if (cell.includes('\r')) return false;
      } else {
        let stop = at;
        while (stop < text.length && text[stop] !== ',' && text[stop] !== '\n' && text[stop] !== '\r') stop++;
        cell = text.slice(at, stop);
        if (cell.includes(QUOTE)) return false;
        next = stop;
      }
      cells.push(cell);
      if (next === text.length) return final ? { cells, end: next } : null;
      const c = text.charCodeAt(next);
      if (c === 44) {
        at = next + 1;
        continue;
      }
      if (c === LF || c === CR) return { cells, end: next };
      return false;
    }
  }

  /** The length of the line ending at `end` (0 at the end of the text), or -1 when it is not plain. */
  function endingAt(text: string, end: number, final: boolean): number {
    if (end === text.length) return final ? 0 : -1;
    if (text.charCodeAt(end) === LF) {
      ending ??= '\n';
      return ending === '\n' ? 1 : -1;
    }
    if (end + 1 === text.length && !final) return -2; // a CR, its LF in the next chunk
    if (text.charCodeAt(end + 1) !== LF) return -1;
    ending ??= '\r\n';
    return ending === '\r\n' ? 2 : -1;
  }

  return {
    /** The line the next record starts on, and the line ending chosen so far (for a hand-over). */
    get line() { return line; },
    get ending() { return ending; },
    /**
     * Reads the complete records in `text`; returns the text from the first record it did not
     * read: an unfinished one (more text will follow) or, with handOver, one for csv-parse.
     */
    push(text: string, final: boolean): PlainStop {
      let at = 0;
      let quote = -2; // the next quote at or after `at` (searched again only once passed)
      while (at < text.length) {
        const lf = text.indexOf('\n', at);
        if (quote !== -1 && quote < at) quote = text.indexOf(QUOTE, at);
        let cells: string[];
        let end: number;
        if (quote === -1 || (lf !== -1 && quote > lf)) {
          end = lf === -1 ? text.length : lf;
          if (end > 0 && text.charCodeAt(end - 1) === CR && end - 1 >= at) end--;
          const body = text.slice(at, end);
          if (body.includes('\r')) return { rest: text.slice(at), handOver: true };
          if (end === text.length && !final) return { rest: text.slice(at), handOver: end - at > LONG_RECORD };
          cells = body.split(',');
        } else {
          const found = quoted(text, at, final);
          if (found === false) return { rest: text.slice(at), handOver: true };
          if (found === null) return { rest: text.slice(at), handOver: text.length - at > LONG_RECORD };
          ({ cells, end } = found);
        }
        if (end - at > LONG_RECORD) return { rest: text.slice(at), handOver: true };
        const skip = endingAt(text, end, final);
        if (skip === -1) return { rest: text.slice(at), handOver: true };
        if (skip === -2) return { rest: text.slice(at), handOver: false };
        // A blank line is one empty cell; csv-parse skips it, and records of blank cells.
        if (!blank(cells)) onRecord(cells, line);
        line += quote === -1 || quote > end ? 1 : 1 + countNewlines(text.slice(at, end));
        at = end + skip;
      }
      return { rest: '', handOver: false };
    },
  };
}
