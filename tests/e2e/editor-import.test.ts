// The editor's CSV import in real Chromium: a file with a bad row is reported by line and column
// and writes nothing; the fixed file is dry-run, confirmed, and its pledges reach the dashboard.
// Oversized, binary and non-CSV uploads get one clear message and write nothing.
import { describe, test, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { useServerAndBrowser } from '../support/e2e';
import { tempDir } from '../support/temp-db';
import { usersCli } from '../support/editor-browser';
import { addEditorAndSignIn } from '../support/cli-editor-sign-in';
import {
  atlantisRows,
  countPledges as countPledgesIn,
  NOT_CSV_UPLOADS,
  WRITTEN_DURING_CHECK,
  type Upload,
  sqliteWriteLockHeld,
  writeLargeAtlantisCsv,
} from '../support/import-upload-files';
import { onTestPostgres } from '../support/engine';
import { arrived, eventually, hydrated, textOf, WAIT_MS } from '../support/wait';

const ctx = useServerAndBrowser();
let page: Page;
const tmp = tempDir('import-e2e-');
const LARGE_CHECK_MS = 300_000;
const EDITOR = { email: 'importer@example.org', password: 'importer password 2024', name: 'Imre Importer' };

beforeAll(async () => {
  page = await ctx.browser.newPage();
  await addEditorAndSignIn(page, ctx.server, EDITOR);
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const countPledges = () => countPledgesIn(ctx.server.databaseUrl);

async function check(file: Upload | string) {
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
    await check({
      name: 'atlantis.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(atlantisRows('sanitation')),
    });
    const problem = page.getByTestId('problem-row');
    await eventually(() => problem.count()).toBe(1);
    const cells = await problem.locator('td').allTextContents();
    expect(cells[0]).toBe('3');
    expect(cells[1]).toBe('category');
    expect(cells[2]).toContain('Category must be one of');
    expect(await textOf(page.getByTestId('check-form').getByRole('alert'))).toContain('1 problem');
    expect(await page.getByRole('button', { name: 'Import these pledges' }).count()).toBe(0);
    expect(await countPledges()).toBe(before);

    await check({
      name: 'atlantis.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(atlantisRows('humanitarian')),
    });
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
    await arrived(page, `${ctx.server.url}/`, 'Aid pledges');
    await page.goto(`${ctx.server.url}/?donor=atlantis-aid-fund`);
    const table = await textOf(page.getByTestId('pledge-table'));
    expect(table).toContain('Field hospital tents');
    expect(table).toContain('Water purification units');
  });

  // The lock the upload's import holds is SQLite's one write lock; on PostgreSQL writes to other rows go on.
  test.skipIf(onTestPostgres())(
    'the site keeps answering, and turns writes away quickly, while a large upload is checked (SQLite only)',
    async () => {
      const before = await countPledges();
      await page.goto(`${ctx.server.url}/editor/import`);
      const large = writeLargeAtlantisCsv(tmp);
      // The import holds the database's write lock from its first row to its last.
      const lockHeld = () => sqliteWriteLockHeld(ctx.server.dbFile);
      const token = usersCli(ctx.server, ['token', EDITOR.email]).stdout.trim();
      await check(large);
      // The upload itself is several megabytes: the lock may be taken only after a while on a busy machine.
      await expect.poll(lockHeld, { timeout: 2 * WAIT_MS, interval: 10 }).toBe(true);
      const answered = await fetch(`${ctx.server.url}/api/v1/pledges?limit=1`);
      expect(answered.status).toBe(200);
      expect((await answered.json()).data).toHaveLength(1);
      // A write meanwhile is turned away after about a second (not after the 10 s busy_timeout,
      // which would hold up every other request; the margin is for a loaded machine): 503 with
      // Retry-After, nothing written.
      const started = Date.now();
      const refused = await fetch(`${ctx.server.url}/api/v1/pledges`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(WRITTEN_DURING_CHECK),
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
    await page.goto(`${ctx.server.url}/editor/import`);
    const alert = page.getByTestId('check-form').getByRole('alert');

    const big = path.join(tmp, 'big.csv');
    fs.writeFileSync(big, Buffer.alloc(51 * 1024 * 1024, 'a,b\n'));
    await check(big);
    await eventually(() => alert.textContent()).toContain('the limit is 50 MB');

    for (const [upload, message] of NOT_CSV_UPLOADS) {
      await check(upload);
      await eventually(() => alert.textContent()).toContain(message);
    }

    expect(await alert.count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Import these pledges' }).count()).toBe(0);
    expect(await countPledges()).toBe(before);
  });
});
