// The editor's CSV import in real Chromium: a file with a bad row is reported by line and column
// and writes nothing; the fixed file is dry-run, confirmed, and its pledges reach the dashboard.
// Oversized, binary and non-CSV uploads get one clear message and write nothing.
import { describe, test, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { startServer, type RunningServer } from '../support/server';
import { withRawDatabase } from '../support/raw-db';
import { onTestPostgres } from '../support/engine';
import { launchBrowser } from '../support/browser';
import { arrived, eventually, hydrated, openReady, textOf, WAIT_MS } from '../support/wait';

let server: RunningServer;
let browser: Browser;
let page: Page;
const root = path.resolve(__dirname, '..', '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'import-e2e-'));
const LARGE_CHECK_MS = 300_000;
const EDITOR = { email: 'importer@example.org', password: 'importer password 2024' };

const HEADER = 'donor,recipient,title,category,stage,amount,currency,announced_on,source_urls,notes';
const rows = (category: string) =>
  [
    HEADER,
    'Atlantis Aid Fund,Ukraine,Field hospital tents,humanitarian,committed,1250000,EUR,2024-03-05,https://example.org/atlantis/1,checked',
    `Atlantis Aid Fund,Ukraine,Water purification units,${category},disbursed,480000,USD,2024-04-10,https://example.org/atlantis/2,`,
  ].join('\n') + '\n';

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const added = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
      '--conditions=react-server',
      'scripts/users.ts',
      'add',
      EDITOR.email,
      '--role',
      'editor',
      '--name',
      'Imre Importer',
    ],
    {
      cwd: root,
      input: `${EDITOR.password}\n`,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: server.databaseUrl },
    },
  );
  expect(added.status, added.stdout + added.stderr).toBe(0);
  page = await browser.newPage();
  const signIn = page.getByRole('button', { name: 'Sign in' });
  await openReady(page, `${server.url}/login`, signIn);
  await page.getByLabel('Email').fill(EDITOR.email);
  await page.getByLabel('Password').fill(EDITOR.password);
  await signIn.click();
  await arrived(page, /\/editor$/, 'Pledges');
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
});

async function countPledges(): Promise<number> {
  return withRawDatabase(server.databaseUrl, async (query) =>
    Number((await query<{ n: number }>('select count(*) as n from pledges'))[0].n),
  );
}

async function check(file: { name: string; mimeType: string; buffer: Buffer } | string) {
  const button = page.getByRole('button', { name: 'Check (dry run)' });
  await hydrated(button);
  await page.setInputFiles('#file', file);
  await button.click();
}

describe('CSV import page', () => {
  test('a bad row is reported by line and column and nothing is written; the fixed file imports after a dry run', async () => {
    const before = await countPledges();
    await page.getByRole('link', { name: 'Import CSV' }).click();
    await arrived(page, /\/editor\/import$/, 'Import pledges from CSV');
    await check({ name: 'atlantis.csv', mimeType: 'text/csv', buffer: Buffer.from(rows('sanitation')) });
    const problem = page.getByTestId('problem-row');
    await eventually(() => problem.count()).toBe(1);
    const cells = await problem.locator('td').allTextContents();
    expect(cells[0]).toBe('3');
    expect(cells[1]).toBe('category');
    expect(cells[2]).toContain('Category must be one of');
    expect(await textOf(page.getByTestId('check-form').getByRole('alert'))).toContain('1 problem');
    expect(await page.getByRole('button', { name: 'Import these pledges' }).count()).toBe(0);
    expect(await countPledges()).toBe(before);

    await check({ name: 'atlantis.csv', mimeType: 'text/csv', buffer: Buffer.from(rows('humanitarian')) });
    await eventually(() => page.getByTestId('count-created').textContent()).toBe('2');
    expect(await textOf(page.getByTestId('import-warnings'))).toContain('notes');
    expect(await countPledges()).toBe(before);
    await page.getByRole('button', { name: 'Import these pledges' }).click();
    const result = page.getByTestId('import-result');
    await eventually(() => result.count()).toBe(1);
    expect(await textOf(page.getByRole('status').last())).toContain('created 2');
    expect(await result.getByRole('link', { name: /^Pledge #\d+$/ }).count()).toBe(2);
    expect(await countPledges()).toBe(before + 2);

    await result.getByRole('link', { name: 'Open the dashboard' }).click();
    await arrived(page, `${server.url}/`, 'Aid pledges');
    await page.goto(`${server.url}/?donor=atlantis-aid-fund`);
    const table = await textOf(page.getByTestId('pledge-table'));
    expect(table).toContain('Field hospital tents');
    expect(table).toContain('Water purification units');
  });

  // The lock the upload's import holds is SQLite's one write lock; on PostgreSQL writes to other rows go on.
  test.skipIf(onTestPostgres())(
    'the site keeps answering, and turns writes away quickly, while a large upload is checked (SQLite only)',
    async () => {
      const before = await countPledges();
      await page.goto(`${server.url}/editor/import`);
      const lines = [HEADER];
      for (let i = 0; i < 80_000; i++)
        lines.push(
          `Atlantis Aid Fund,Ukraine,Shipment ${i},humanitarian,committed,${1000 + i},USD,2024-05-01,https://example.org/atlantis/bulk/${i},`,
        );
      const large = path.join(tmp, 'large.csv');
      fs.writeFileSync(large, lines.join('\n') + '\n');
      // The import holds the database's write lock from its first row to its last.
      const lockHeld = () => {
        const db = new Database(server.dbFile, { timeout: 0 });
        try {
          db.exec('begin immediate');
          db.exec('rollback');
          return false;
        } catch (error) {
          if ((error as { code?: string }).code === 'SQLITE_BUSY') return true;
          throw error;
        } finally {
          db.close();
        }
      };
      const issued = spawnSync(
        process.execPath,
        [
          path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
          '--conditions=react-server',
          'scripts/users.ts',
          'token',
          EDITOR.email,
        ],
        {
          cwd: root,
          encoding: 'utf8',
          env: { ...process.env, DATABASE_URL: server.databaseUrl },
        },
      );
      const token = issued.stdout.trim();
      await check(large);
      // The upload itself is several megabytes: the lock may be taken only after a while on a busy machine.
      await expect.poll(lockHeld, { timeout: 2 * WAIT_MS, interval: 10 }).toBe(true);
      const answered = await fetch(`${server.url}/api/v1/pledges?limit=1`);
      expect(answered.status).toBe(200);
      expect((await answered.json()).data).toHaveLength(1);
      // A write meanwhile is turned away after about a second (not after the 10 s busy_timeout,
      // which would hold up every other request; the margin is for a loaded machine): 503 with
      // Retry-After, nothing written.
      const started = Date.now();
      const refused = await fetch(`${server.url}/api/v1/pledges`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({
          donor: 'Atlantis Aid Fund',
          recipient: 'Ukraine',
          title: 'During the check',
          category: 'other',
          stage: 'announced',
        }),
      });
      expect(refused.status).toBe(503);
      expect((await refused.json()).error.code).toBe('database_busy');
      expect(Date.now() - started).toBeLessThan(9_000);
      expect(lockHeld()).toBe(true); // all of it answered while the check was still running
      // Reading 80,000 rows takes seconds on an idle machine and minutes on a loaded one.
      await expect
        .poll(() => page.getByTestId('count-created').textContent(), { timeout: LARGE_CHECK_MS })
        .toBe('80,000');
      expect(await countPledges()).toBe(before);
    },
    LARGE_CHECK_MS + 60_000,
  );

  test('oversized, binary, empty and non-CSV uploads get one clear message and write nothing', async () => {
    const before = await countPledges();
    await page.goto(`${server.url}/editor/import`);
    const alert = page.getByTestId('check-form').getByRole('alert');

    const big = path.join(tmp, 'big.csv');
    fs.writeFileSync(big, Buffer.alloc(51 * 1024 * 1024, 'a,b\n'));
    await check(big);
    await eventually(() => alert.textContent()).toContain('the limit is 50 MB');

    await check({
      name: 'report.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('%PDF-1.7\n\u0000\u0001binary'),
    });
    await eventually(() => alert.textContent()).toContain('a PDF document, not CSV text');

    await check({
      name: 'pledges.xlsx',
      mimeType: 'application/vnd.ms-excel',
      buffer: Buffer.from('PK\u0003\u0004'),
    });
    await eventually(() => alert.textContent()).toContain('pledges.xlsx is not a CSV file');

    await check({ name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) });
    await eventually(() => alert.textContent()).toContain('empty.csv is empty');

    expect(await alert.count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Import these pledges' }).count()).toBe(0);
    expect(await countPledges()).toBe(before);
  });
});
