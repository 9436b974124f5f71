// An editor finds pledges in the list, un-retracts one and restores an earlier version, in real
// Chromium against the production server. Pledges are arranged through the db/ verbs on the
// server's own file.
import { describe, test, expect, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { useServerAndBrowser } from '../support/e2e';
import { addEditorAndSignIn } from '../support/cli-editor-sign-in';
import { openReady, WAIT_MS } from '../support/wait';
import { createPledge, retractPledge, updatePledge } from '../../db/pledges/writes';

const ctx = useServerAndBrowser({ openDatabase: true });
const EDITOR = { email: 'undo@example.org', password: 'undo editor password 1', name: 'Una Undo' };
const WAIT = { timeout: WAIT_MS };
const actor = { id: null, label: 'arranged by the test' };
const source = {
  title: 'Statement',
  publisher: 'Ministry',
  url: 'https://example.org/undo-e2e',
  quote: 'We pledge it.',
};
const base = {
  donor: 'Japan',
  recipient: 'Ukraine',
  category: 'humanitarian',
  stage: 'committed',
  amount: '2000000',
  currency: 'USD',
  announcedOn: '2024-02-01',
  sources: [source],
};
let page: Page;

beforeAll(async () => {
  page = await ctx.browser.newPage();
  await addEditorAndSignIn(page, ctx.server, EDITOR);
});

describe('finding a pledge', () => {
  test('the search finds a pledge by a recipient named in Cyrillic', async () => {
    await createPledge({ ...base, title: 'Ремонт мосту', recipient: 'Київ' }, actor);
    await page.goto(`${ctx.server.url}/editor`);
    await page.getByLabel('Find (title, donor, recipient or #id)').fill('Київ');
    await page.getByRole('button', { name: 'Find', exact: true }).click();
    await page.waitForURL(/q=/, WAIT);
    const rows = page.getByTestId('editor-row');
    await rows.first().waitFor(WAIT);
    expect(await rows.allTextContents()).toEqual([expect.stringContaining('Ремонт мосту')]);
  });

  test('"only retracted" lists retracted pledges, labelled in words', async () => {
    const p = await createPledge({ ...base, title: 'Entered twice by mistake' }, actor);
    await retractPledge({
      id: p.id,
      input: { reason: 'a duplicate of another pledge' },
      expectedVersion: 1,
      actor,
    });
    await page.goto(`${ctx.server.url}/editor`);
    await page.getByLabel('Retracted pledges').selectOption('only');
    await page.getByRole('button', { name: 'Find', exact: true }).click();
    await page.waitForURL(/retracted=only/, WAIT);
    const row = page.getByTestId('editor-row').filter({ hasText: 'Entered twice by mistake' });
    await row.waitFor(WAIT);
    expect(await row.textContent()).toContain('Retracted');
    expect(await page.getByLabel('Retracted pledges').inputValue()).toBe('only');
  });
});

describe('undo', () => {
  test('a retracted pledge is read-only and comes back with a reason', async () => {
    const p = await createPledge({ ...base, title: 'Water trucks' }, actor);
    await retractPledge({
      id: p.id,
      input: { reason: 'thought it was announced twice' },
      expectedVersion: 1,
      actor,
    });
    await openReady(
      page,
      `${ctx.server.url}/editor/pledges/${p.id}`,
      page.getByRole('button', { name: 'Un-retract pledge' }),
    );
    await page.getByTestId('retracted-summary').waitFor(WAIT);
    expect(await page.getByRole('button', { name: 'Save changes' }).count()).toBe(0);
    await page
      .getByLabel('Reason for un-retracting (required, shown publicly)')
      .fill('it was announced once only');
    await page.getByRole('button', { name: 'Un-retract pledge' }).click();
    await page.waitForURL(/saved=unretracted/, WAIT);
    await page.getByRole('button', { name: 'Save changes' }).waitFor(WAIT);
    await page.goto(`${ctx.server.url}/pledges/${p.id}`);
    const latest = page.getByTestId('revision').first();
    await latest.waitFor(WAIT);
    expect(await latest.textContent()).toMatch(/Un-retracted by Una Undo.*it was announced once only/);
  });

  test('an un-retract without a reason is refused and keeps the pledge retracted', async () => {
    const p = await createPledge({ ...base, title: 'Blankets' }, actor);
    await retractPledge({ id: p.id, input: { reason: 'wrong donor' }, expectedVersion: 1, actor });
    await openReady(
      page,
      `${ctx.server.url}/editor/pledges/${p.id}`,
      page.getByRole('button', { name: 'Un-retract pledge' }),
    );
    await page.getByRole('button', { name: 'Un-retract pledge' }).click();
    await page.locator('[data-field-error="reason"]').waitFor(WAIT);
    expect(await page.getByTestId('retracted-summary').count()).toBe(1);
  });

  test('"Restore version 1" brings back the fields of that version', async () => {
    const p = await createPledge({ ...base, title: 'Mobile clinics' }, actor);
    await updatePledge({
      id: p.id,
      patch: { title: 'Mobile clinics (mistaken edit)', stage: 'announced' },
      expectedVersion: 1,
      actor,
    });
    await openReady(
      page,
      `${ctx.server.url}/editor/pledges/${p.id}`,
      page.getByRole('button', { name: 'Restore version 1' }),
    );
    await page.getByRole('button', { name: 'Restore version 1' }).click();
    await page.waitForURL(/saved=restored/, WAIT);
    await page.getByLabel('Title (what it is for)').waitFor(WAIT);
    expect(await page.getByLabel('Title (what it is for)').inputValue()).toBe('Mobile clinics');
    expect(await page.getByLabel('Stage').inputValue()).toBe('committed');
  });
});
