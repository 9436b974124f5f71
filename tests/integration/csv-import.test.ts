import { describe, test, expect, beforeAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { tempDir } from '../support/temp-db';
import { useTestDatabase } from '../support/engine';
import { one, read, writeTransaction } from '../../db/connection';
import { pledges } from '../../db/tables';
import { seedFxRates } from '../../db/fx';
import { importPledgesFile } from '../../db/csv-import/import';
import { getPledge, listPledges } from '../../db/pledges/read';
import { listRecentRevisions } from '../../db/pledges/revisions';
import { getDataVersion } from '../../db/meta';
import { PLEDGE_COLUMNS } from '../../lib/csv/columns';
import { EMPTY_FILTERS } from '../../lib/filters';

const dir = tempDir('csv-import-');
let n = 0;
function file(content: string | Buffer): string {
  const target = path.join(dir, `f${++n}.csv`);
  fs.writeFileSync(target, content);
  return target;
}
const header =
  'external_id,donor,recipient,title,category,stage,amount,currency,announced_on,source_urls,source_quotes,parent_id';
const good = (ext: string, extra = '') =>
  `${ext},Japan,Ukraine,Drone detection ${ext},military,committed,"37,000,000",USD,2024-01-07,https://example.org/${ext},We pledge.,${extra}`;
const count = async () => (await listPledges(EMPTY_FILTERS, { includeRetracted: true })).total;
// Revisions are never deleted and their ids only grow: an unchanged newest id means none was added.
const newestRevision = async () => (await listRecentRevisions(1))[0]?.id ?? 0;

/** The pledge an imported row's external id became (on either engine). */
const pledgeByExternalId = (externalId: string) =>
  read((db) => one(db.select().from(pledges).where(eq(pledges.externalId, externalId))));

beforeAll(async () => {
  await useTestDatabase();
  await writeTransaction((tx) => seedFxRates(tx));
});

describe('importPledgesFile', () => {
  test('creates pledges with parents named by ext: in the same file, even further down', async () => {
    const report = await importPledgesFile(
      file([header, good('c-2', 'ext:c-1'), good('c-1'), ''].join('\n')),
    );
    expect(report).toMatchObject({ ok: true, created: 2, errorCount: 0 });
    const child = (await pledgeByExternalId('c-2'))!;
    expect(child.parentId).toBe((await pledgeByExternalId('c-1'))!.id);
    expect((await getPledge(child.id))!.revisions[0]).toMatchObject({
      action: 'create',
      actorLabel: 'CSV import',
    });
    expect(child.amount).toBe(3_700_000_000);
  });

  test('a file with one bad row writes nothing and names every bad row, line and column', async () => {
    const before = {
      pledges: await count(),
      revisions: await newestRevision(),
      version: (await getDataVersion()).version,
    };
    const report = await importPledgesFile(
      file(
        [
          header,
          good('d-1'),
          good('d-2').replace('military', 'naval'),
          good('d-3').replace('"37,000,000"', '-5'),
          good('d-4', '999999'),
        ].join('\r\n'),
      ),
    );
    expect(report.ok).toBe(false);
    expect(report.errors).toEqual([
      { line: 3, column: 'category', message: expect.stringContaining('Category must be one of military') },
      { line: 4, column: 'amount', message: 'Amount must not be negative' },
      {
        line: 5,
        column: 'parent_id',
        message: 'parent_id 999999 is neither a stored pledge nor the id of a row in this file',
      },
    ]);
    expect({
      pledges: await count(),
      revisions: await newestRevision(),
      version: (await getDataVersion()).version,
    }).toEqual(before);
  });

  test('a dry run reports what it would do and writes nothing', async () => {
    const before = await count();
    const report = await importPledgesFile(file([header, good('e-1'), good('e-2')].join('\n')), {
      dryRun: true,
    });
    expect(report).toMatchObject({ ok: true, dryRun: true, created: 2 });
    expect(await count()).toBe(before);
  });

  test('a row naming an id or external_id updates that pledge with a revision; an identical row changes nothing', async () => {
    const id = (await pledgeByExternalId('c-1'))!.id;
    const byId = `id,title,donor,recipient,category,stage,amount,currency,source_urls,source_quotes\n${id},Drone detection (revised),Japan,Ukraine,military,allocated,38000000,USD,https://example.org/c-1,We pledge.`;
    expect(await importPledgesFile(file(byId))).toMatchObject({ ok: true, updated: 1, created: 0 });
    const updated = (await getPledge(id))!;
    expect(updated).toMatchObject({
      title: 'Drone detection (revised)',
      stage: 'allocated',
      amount: 3_800_000_000,
      version: 2,
      externalId: 'c-1',
    });
    expect(updated.revisions.at(-1)!.changes.stage).toEqual(['committed', 'allocated']);
    expect(await importPledgesFile(file(byId))).toMatchObject({ ok: true, updated: 0, unchanged: 1 });
    const byExternalId = `${header}\n${good('c-1').replace('committed', 'disbursed')}`;
    expect(await importPledgesFile(file(byExternalId))).toMatchObject({ ok: true, updated: 1 });
    expect(await getPledge(id)).toMatchObject({
      stage: 'disbursed',
      title: 'Drone detection c-1',
      version: 3,
    });
  });

  test('tolerates a BOM, CRLF, quoted newlines, columns in another order, extra columns and blank lines', async () => {
    const content =
      '\uFEFFnotes,stage,category,title,recipient,donor,amount,currency,announced_on,source_urls,source_quotes,external_id\r\n' +
      'ignored,announced,humanitarian,"Winter\r\ngenerators",Ukraine,Japan,1000000.50,USD,2024-01-05,https://example.org/w,"Said ""yes"".",m-1\r\n' +
      '\r\n,,,,,,,,,,,\r\n\r\n';
    const report = await importPledgesFile(file(content));
    expect(report).toMatchObject({ ok: true, created: 1, rows: 1 });
    expect(report.warnings).toEqual(['columns ignored (not pledge columns): notes']);
    expect(await pledgeByExternalId('m-1')).toMatchObject({
      title: 'Winter\r\ngenerators',
      amount: 100_000_050,
    });
  });

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
