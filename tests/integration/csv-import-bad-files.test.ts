// importPledgesFile on files that go wrong: the line a bad row starts on, every kind of bad file
// with one clear message, the record size cap, the error limit, and an upload staged on disk.
import { describe, test, expect, beforeAll } from 'vitest';
import { count, dir, file, good, header, pledgeByExternalId } from '../support/csv-import-files';
import fs from 'node:fs';
import path from 'node:path';
import { useTestDatabase } from '../support/engine';
import { writeTransaction } from '../../db/connection';
import { seedFxRates } from '../../db/fx';
import { importPledgesFile } from '../../db/csv-import/import';
import { PLEDGE_COLUMNS } from '../../lib/csv/columns';

beforeAll(async () => {
  await useTestDatabase();
  await writeTransaction((tx) => seedFxRates(tx));
});

describe('importPledgesFile', () => {
  test('names the line a bad row starts on after blank lines, empty rows and quoted line breaks', async () => {
    const rows = [
      header,
      '',
      good('l-1').replace('Drone detection l-1', '"Drone\r\ndetection\r\nl-1"'),
      ',,,,,,,,,,,',
      good('l-2').replace('We pledge.', '"We\npledge."'),
      '',
      '',
      good('l-3').replace('committed', 'pledged'),
      good('l-4').replace('military', 'weapons'),
    ];
    const report = await importPledgesFile(file(rows.join('\r\n')));
    // header 1, blank 2, l-1 on 3–5, empty cells 6, l-2 on 7–8, blanks 9–10, l-3 on 11, l-4 on 12
    expect(report.errors.map((e) => [e.line, e.column])).toEqual([
      [11, 'stage'],
      [12, 'category'],
    ]);
    const unclosed = await importPledgesFile(
      file(
        [header, good('l-5').replace('We pledge.', '"We\r\npledge."'), '', '"never closed,Japan'].join(
          '\r\n',
        ),
      ),
    );
    expect(unclosed.errors.map((e) => [e.line, e.message.slice(0, 25)])).toEqual([
      [5, 'a quoted cell is never cl'],
    ]);
  });

  test('every kind of bad file gets one clear message and changes nothing', async () => {
    const before = await count();
    const cases: [string | Buffer, RegExp, number][] = [
      [Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2]), /ZIP archive .* not CSV text/, 0],
      [Buffer.from([1, 2, 0, 0, 255, 7]), /binary data/, 0],
      ['', /the file is empty/, 0],
      ['donor,recipient,amount\nJapan,Ukraine,5\n', /lacks the required columns title, category, stage/, 1],
      [
        Buffer.concat([Buffer.from(`${header}\n${good('u-1')}\n`), Buffer.from([0x4a, 0xe9, 0x72, 0x0a])]),
        /not valid UTF-8/,
        3,
      ],
      [`${header}\n${good('q-1')}\n"never closed,Japan\n`, /quoted cell is never closed/, 3],
      [`${header}\n${good('k-1').replace('committed', 'pledged')}`, /Stage must be one of announced/, 2],
      [`id,${header}\n5000,${good('k-2')}\n5000,${good('k-3')}`, /id 5000 is also on line 2/, 3],
    ];
    for (const [content, message, line] of cases) {
      const report = await importPledgesFile(file(content));
      expect(report.ok).toBe(false);
      expect(report.errors).toHaveLength(1);
      expect(report.errors[0].message).toMatch(message);
      expect(report.errors[0].line).toBe(line);
    }
    expect(await count()).toBe(before);
  });

  test('a 100 MB line stops at the record size cap', async () => {
    const target = path.join(dir, 'huge.csv');
    fs.writeFileSync(target, `${header}\n"`);
    fs.appendFileSync(target, Buffer.alloc(100 * 1024 * 1024, 'a'));
    const report = await importPledgesFile(target);
    expect(report.errors).toEqual([
      {
        line: 2,
        column: null,
        message: expect.stringContaining('a record is longer than 1,000,000 characters'),
      },
    ]);
  });

  test('lists errors up to the limit, then counts the rest', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => good(`l-${i}`).replace('military', 'x'));
    const report = await importPledgesFile(file([header, ...rows].join('\n')), { limitErrors: 5 });
    expect(report.errors).toHaveLength(5);
    expect(report.errorCount).toBe(30);
  });

  test('an upload staged on disk imports under the name the editor gave it, as the upload page runs it', async () => {
    const cells: Record<string, string> = {
      external_id: 's-1',
      donor: 'Japan',
      recipient: 'Ukraine',
      title: 'Streamed pledge',
      category: 'other',
      stage: 'announced',
      date_precision: 'unknown',
    };
    const staged = file(
      `${PLEDGE_COLUMNS.join(',')}\n${PLEDGE_COLUMNS.map((c) => cells[c] ?? '').join(',')}\n`,
    );
    const report = await importPledgesFile(staged, { name: 'upload.csv' });
    expect(report).toMatchObject({ ok: true, created: 1, file: 'upload.csv' });
    expect(await pledgeByExternalId('s-1')).toMatchObject({ datePrecision: 'unknown', amount: null });
  });
});
