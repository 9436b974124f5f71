// The import's plain CSV reader must yield what csv-parse yields — the same records, the same
// start lines, the same refusal — on any file: the fast path may only hand over, never differ.
import { describe, test, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { readCsvRecords, FileProblem } from '../../db/import-read';
import { tempDir } from '../support/temp-db';

const dir = tempDir('csv-plain-');
let n = 0;

type Outcome = { records: [string[], number][]; problem: [number, string] | null };

function read(bytes: Buffer, options: { plain: boolean; chunkBytes?: number }): Outcome {
  const file = path.join(dir, `f${n++}.csv`);
  fs.writeFileSync(file, bytes);
  const records: Outcome['records'] = [];
  try {
    readCsvRecords(file, (record, line) => records.push([record, line]), undefined, options);
    return { records, problem: null };
  } catch (error) {
    if (!(error instanceof FileProblem)) throw error;
    return { records, problem: [error.line, error.message] };
  }
}

// Cells and line breaks drawn from what makes CSV hard: quotes, commas, CR, LF, blanks, accents.
const cell = fc.oneof(
  fc.constantFrom('', ' ', 'a', 'Japan', 'é€', '1,000', '"', '""', 'x"y', '\r', '\n', '\r\n', ' \t'),
  fc.string({ maxLength: 6 }),
  fc.stringMatching(/^[a-z ,"\r\n]{0,8}$/),
);
const quoted = (c: string) => `"${c.replace(/"/g, '""')}"`;
const field = fc.tuple(cell, fc.boolean()).map(([c, q]) => (q ? quoted(c) : c));
const record = fc.array(field, { minLength: 1, maxLength: 5 }).map((cells) => cells.join(','));
const ending = fc.constantFrom('\n', '\r\n', '\r');
const csv = fc.tuple(
  fc.boolean(),
  fc.array(fc.tuple(record, fc.oneof(ending, fc.constant('\n'))), { minLength: 1, maxLength: 8 }),
  fc.boolean(),
).map(([bom, rows, trailing]) => {
  const text = rows.map(([r, e], i) => (i < rows.length - 1 || trailing ? r + e : r)).join('');
  return Buffer.from((bom ? '\uFEFF' : '') + text);
});

describe('the plain CSV reader', () => {
  test('matches csv-parse on generated files, read whole or a few bytes at a time', () => {
    fc.assert(fc.property(csv, fc.constantFrom(undefined, 1, 3, 7), (bytes, chunkBytes) => {
      const plain = read(bytes, { plain: true, chunkBytes });
      const parsed = read(bytes, { plain: false, chunkBytes });
      if (chunkBytes === undefined || !parsed.problem) {
        expect(plain).toEqual(parsed);
      } else {
        // The same refusal; csv-parse's look-ahead at a chunk's end may hold back a record or two
        // before the broken one that the plain reader has already handed on.
        expect(plain.problem).toEqual(parsed.problem);
        expect(plain.records.slice(0, parsed.records.length)).toEqual(parsed.records);
      }
    }), { numRuns: 600 });
  });

  test('matches csv-parse on the plain files an export writes, records and lines alike', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => [String(i + 1), `ext-${i}`, i % 7 === 0 ? quoted(`Title, with "quotes"\nand a line ${i}`) : `Title ${i}`, 'é€'].join(','));
    for (const eol of ['\n', '\r\n']) {
      const bytes = Buffer.from(`id,external_id,title,note${eol}${rows.join(eol)}${eol}`);
      const plain = read(bytes, { plain: true, chunkBytes: 4096 });
      expect(plain).toEqual(read(bytes, { plain: false, chunkBytes: 4096 }));
      expect(plain.records).toHaveLength(3001);
    }
  });

  test('a file that turns odd half way is read by csv-parse from that record on, with the same lines and refusal', () => {
    const plainPart = Array.from({ length: 50 }, (_, i) => `${i},plain`).join('\n');
    for (const odd of ['x,"open\n', 'x,a"b\n', 'x,"a"b\n', 'x\ry\n', 'x,"a\r\nb"\n']) {
      const bytes = Buffer.from(`${plainPart}\n${odd}after,1\n`);
      expect(read(bytes, { plain: true, chunkBytes: 64 })).toEqual(read(bytes, { plain: false, chunkBytes: 64 }));
    }
  });
});
