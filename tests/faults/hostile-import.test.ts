// Hostile CSV files at the import: a valid file with one cell made certainly wrong (and noise in the
// others), and files broken as files (bytes, quotes, headers). Each import is refused whole with a
// report naming the line (and column, for a bad cell), and the database is left exactly as it was.
// In-process through importPledgesFile on a file written to disk (what an upload's import thread runs on
// the staged file, db/csv-import/job-worker.ts), and a few through the CLI, `npm run import`.
import { describe, test, expect, beforeAll, afterAll } from 'vitest';
import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { stringify } from 'csv-stringify/sync';
import { useTempDatabase, tempDir } from '../support/temp-db';
import { databaseFingerprint } from '../support/db-fingerprint';
import { propertyOptions, runs } from '../support/hostile-inputs';
import { HEADER, badCellFile, cellBreaker, cellText, goodRow } from '../support/hostile-csv';
import { writeTransaction } from '../../db/sqlite/transaction';
import { seedFxRates } from '../../db/fx';
import { importPledgesFile } from '../../db/csv-import/import';

const root = path.resolve(import.meta.dirname, '..', '..');
const dir = tempDir('hostile-import-');
let dbFile: string;
const tried: Record<string, number> = {};
let staging = 0;
/** The bytes written to a file of their own, as the upload page stages an upload before importing it. */
function staged(bytes: Uint8Array | string): string {
  const file = path.join(dir, `upload-${++staging}.csv`);
  fs.writeFileSync(file, bytes);
  return file;
}

beforeAll(async () => {
  dbFile = useTempDatabase();
  await writeTransaction((tx) => seedFxRates(tx));
  await importPledgesFile(staged(stringify([HEADER, goodRow('seed-1')])), { name: 'seed.csv' });
});
afterAll(() => {
  console.log(`hostile CSV files tried: ${JSON.stringify(tried)}`);
});

async function expectRefused(
  bytes: Uint8Array | string,
  kind: string,
  check: (report: Awaited<ReturnType<typeof importPledgesFile>>) => void,
) {
  tried[kind] = (tried[kind] ?? 0) + 1;
  const before = await databaseFingerprint(dbFile);
  const upload = staged(bytes);
  const report = await importPledgesFile(upload, { name: 'hostile.csv' });
  fs.rmSync(upload);
  expect(report.ok).toBe(false);
  expect(report.errors.length).toBeGreaterThan(0);
  check(report);
  expect(await databaseFingerprint(dbFile)).toBe(before);
}

describe('hostile CSV files', () => {
  test('one bad cell: refused, and the report names its line and column', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 6 }),
        fc.nat(),
        cellBreaker,
        fc.array(
          cellText.filter((s) => s.length < 2000),
          { maxLength: 3 },
        ),
        async (rows, at, breaker, noise) => {
          const { text, line } = badCellFile(rows, at % rows, breaker, noise);
          await expectRefused(text, 'bad cell', (report) => {
            expect(report.errors, JSON.stringify(report.errors).slice(0, 400)).toContainEqual(
              expect.objectContaining({ line, column: expect.stringContaining(breaker[0]) }),
            );
          });
        },
      ),
      propertyOptions(runs(150, 2000)),
    );
  });

  test('files broken as files: bytes, quotes, headers, ragged rows', async () => {
    const good = stringify([HEADER, goodRow('f-1'), goodRow('f-2')]);
    const broken = fc.oneof(
      fc.uint8Array({ maxLength: 2000 }),
      fc.nat({ max: good.length - 1 }).map((n) => good.slice(0, n) + '"' + good.slice(n)),
      fc.subarray(HEADER, { minLength: 0, maxLength: 4 }).map((h) => stringify([h, ['a', 'b', 'c', 'd']])),
      fc
        .nat({ max: HEADER.length - 2 })
        .map((n) => stringify([HEADER]) + stringify([goodRow('r-1').slice(0, n + 1)])),
      fc.constantFrom(
        '',
        '\uFEFF',
        '\u0000\u0000',
        'donor,donor,recipient,title,category,stage\n',
        good + '"unterminated,',
      ),
    );
    await fc.assert(
      fc.asyncProperty(broken, async (bytes) => {
        await expectRefused(bytes, 'broken file', (report) => {
          for (const e of report.errors) expect(Number.isInteger(e.line) && e.message.length > 0).toBe(true);
        });
      }),
      propertyOptions(runs(150, 1000)),
    );
  });

  test('the CLI refuses bad files with exit code 1 and names the line', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 4 }), cellBreaker, async (rows, breaker) => {
        tried.cli = (tried.cli ?? 0) + 1;
        const { text, line } = badCellFile(rows, rows - 1, breaker, []);
        const file = path.join(dir, `cli-${tried.cli}.csv`);
        fs.writeFileSync(file, text);
        const before = await databaseFingerprint(dbFile);
        const r = spawnSync(
          process.execPath,
          [
            path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
            '--conditions=react-server',
            'scripts/import.ts',
            file,
          ],
          {
            cwd: root,
            encoding: 'utf8',
            env: { ...process.env, DATABASE_URL: `file:${dbFile}` },
          },
        );
        expect(r.status, r.stdout + r.stderr).toBe(1);
        expect(r.stderr).toContain(`line ${line}, column ${breaker[0]}`);
        expect(r.stderr + r.stdout).not.toMatch(/node_modules| {4}at /);
        expect(await databaseFingerprint(dbFile)).toBe(before);
      }),
      propertyOptions(runs(3, 20)),
    );
  });
});
