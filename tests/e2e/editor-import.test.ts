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
import { launchBrowser } from '../support/browser';

let server: RunningServer;
let browser: Browser;
let page: Page;
const root = path.resolve(__dirname, '..', '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'import-e2e-'));
const EDITOR = { email: 'importer@example.org', password: 'importer password 2024' };

const HEADER = 'donor,recipient,title,category,stage,amount,currency,announced_on,source_urls,notes';
const rows = (category: string) => [
  HEADER,
  'Atlantis Aid Fund,Ukraine,Field hospital tents,humanitarian,committed,1250000,EUR,2024-03-05,https://example.org/atlantis/1,checked',
  `Atlantis Aid Fund,Ukraine,Water purification units,${category},disbursed,480000,USD,2024-04-10,https://example.org/atlantis/2,`,
].join('\n') + '\n';

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const added = spawnSync(process.execPath, [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), '--conditions=react-server', 'scripts/users.ts', 'add', EDITOR.email, '--role', 'editor'], {
    cwd: root, input: `${EDITOR.password}\n`, encoding: 'utf8', env: { ...process.env, DATABASE_URL: `file:${server.dbFile}` },
  });
  expect(added.status, added.stdout + added.stderr).toBe(0);
  page = await browser.newPage();
  await page.goto(`${server.url}/login`);
  await page.getByLabel('Email').fill(EDITOR.email);
  await page.getByLabel('Password').fill(EDITOR.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/editor$/);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
});

function countPledges(): number {
  const db = new Database(server.dbFile, { readonly: true });
  try {
    return (db.prepare('select count(*) as n from pledges').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

async function check(file: { name: string; mimeType: string; buffer: Buffer } | string) {
  await page.setInputFiles('#file', file);
  await page.getByRole('button', { name: 'Check (dry run)' }).click();
}

describe('CSV import page', () => {
  test('a bad row is reported by line and column and nothing is written; the fixed file imports after a dry run', async () => {
    const before = countPledges();
    await page.getByRole('link', { name: 'Import CSV' }).click();
    await page.waitForURL(/\/editor\/import$/);
    await check({ name: 'atlantis.csv', mimeType: 'text/csv', buffer: Buffer.from(rows('sanitation')) });
    const problem = page.getByTestId('problem-row');
    await problem.first().waitFor({ timeout: 30_000 });
    expect(await problem.count()).toBe(1);
    const cells = await problem.locator('td').allTextContents();
    expect(cells[0]).toBe('3');
    expect(cells[1]).toBe('category');
    expect(cells[2]).toContain('Category must be one of');
    await expect(page.getByTestId('check-form').getByRole('alert').textContent()).resolves.toContain('1 problem');
    expect(await page.getByRole('button', { name: 'Import these pledges' }).count()).toBe(0);
    expect(countPledges()).toBe(before);

    await check({ name: 'atlantis.csv', mimeType: 'text/csv', buffer: Buffer.from(rows('humanitarian')) });
    await expect.poll(() => page.getByTestId('count-created').textContent(), { timeout: 30_000 }).toBe('2');
    await expect(page.getByTestId('import-warnings').textContent()).resolves.toContain('notes');
    expect(countPledges()).toBe(before);
    await page.getByRole('button', { name: 'Import these pledges' }).click();
    const result = page.getByTestId('import-result');
    await expect.poll(() => result.count(), { timeout: 30_000 }).toBe(1);
    await expect(page.getByRole('status').last().textContent()).resolves.toContain('created 2');
    expect(await result.getByRole('link', { name: /^Pledge #\d+$/ }).count()).toBe(2);
    expect(countPledges()).toBe(before + 2);

    await result.getByRole('link', { name: 'Open the dashboard' }).click();
    await page.waitForURL(`${server.url}/`);
    await page.goto(`${server.url}/?donor=atlantis-aid-fund`);
    const table = await page.getByTestId('pledge-table').textContent();
    expect(table).toContain('Field hospital tents');
    expect(table).toContain('Water purification units');
  });

  test('the site keeps answering, and turns writes away quickly, while a large upload is checked', async () => {
    const before = countPledges();
    await page.goto(`${server.url}/editor/import`);
    const lines = [HEADER];
    for (let i = 0; i < 80_000; i++) lines.push(`Atlantis Aid Fund,Ukraine,Shipment ${i},humanitarian,committed,${1000 + i},USD,2024-05-01,https://example.org/atlantis/bulk/${i},`);
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
    const issued = spawnSync(process.execPath, [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), '--conditions=react-server', 'scripts/users.ts', 'token', EDITOR.email], {
      cwd: root, encoding: 'utf8', env: { ...process.env, DATABASE_URL: `file:${server.dbFile}` },
    });
    const token = issued.stdout.trim();
    await check(large);
    await expect.poll(lockHeld, { timeout: 30_000, interval: 10 }).toBe(true);
    const answered = await fetch(`${server.url}/api/v1/pledges?limit=1`);
    expect(answered.status).toBe(200);
    expect((await answered.json()).data).toHaveLength(1);
    // A write meanwhile is turned away within about a second (not after the 10 s busy_timeout,
    // which would hold up every other request): 503 with Retry-After, nothing written.
    const started = Date.now();
    const refused = await fetch(`${server.url}/api/v1/pledges`, {
      method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ donor: 'Atlantis Aid Fund', recipient: 'Ukraine', title: 'During the check', category: 'other', stage: 'announced' }),
    });
    expect(refused.status).toBe(503);
    expect((await refused.json()).error.code).toBe('database_busy');
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(lockHeld()).toBe(true); // all of it answered while the check was still running
    await expect.poll(() => page.getByTestId('count-created').textContent(), { timeout: 60_000 }).toBe('80,000');
    expect(countPledges()).toBe(before);
  });

  test('oversized, binary, empty and non-CSV uploads get one clear message and write nothing', async () => {
    const before = countPledges();
    await page.goto(`${server.url}/editor/import`);
    const alert = page.getByTestId('check-form').getByRole('alert');

    const big = path.join(tmp, 'big.csv');
    fs.writeFileSync(big, Buffer.alloc(51 * 1024 * 1024, 'a,b\n'));
    await check(big);
    await expect.poll(() => alert.textContent(), { timeout: 30_000 }).toContain('the limit is 50 MB');

    await check({ name: 'report.csv', mimeType: 'text/csv', buffer: Buffer.from('%PDF-1.7\n\u0000\u0001binary') });
    await expect.poll(() => alert.textContent(), { timeout: 30_000 }).toContain('a PDF document, not CSV text');

    await check({ name: 'pledges.xlsx', mimeType: 'application/vnd.ms-excel', buffer: Buffer.from('PK\u0003\u0004') });
    await expect.poll(() => alert.textContent(), { timeout: 30_000 }).toContain('pledges.xlsx is not a CSV file');

    await check({ name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) });
    await expect.poll(() => alert.textContent(), { timeout: 30_000 }).toContain('empty.csv is empty');

    expect(await alert.count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Import these pledges' }).count()).toBe(0);
    expect(countPledges()).toBe(before);
  });
});
