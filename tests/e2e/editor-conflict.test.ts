// Two editors open the same version of a pledge and both save. Fields only one of them changed are
// kept without asking; only a field both changed differently is asked about, and the value chosen
// is the one stored.
import { describe, test, expect, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { useServerAndBrowser } from '../support/e2e';
import { addEditor, editorPage, type Editor } from '../support/editor-session';
import { createPledge } from '../../db/pledges/writes';

const ctx = useServerAndBrowser({ openDatabase: true });
const T = { timeout: 30_000 };
let ann: Editor;
let ben: Editor;

beforeAll(async () => {
  ann = await addEditor('Ann');
  ben = await addEditor('Ben');
});

async function newPledge(title: string): Promise<number> {
  return (
    await createPledge(
      {
        donor: 'Norway',
        recipient: 'Ukraine',
        title,
        category: 'humanitarian',
        stage: 'announced',
        amount: '5000000',
        currency: 'USD',
        announcedOn: '2024-06-03',
        sources: [
          {
            url: `https://example.org/${encodeURIComponent(title)}`,
            publisher: 'Example Times',
            quote: 'Five million dollars.',
          },
        ],
      },
      { id: null, label: 'conflict test' },
    )
  ).id;
}

async function openBoth(id: number): Promise<[Page, Page]> {
  const a = await editorPage(ctx, ctx.browser, ann);
  const b = await editorPage(ctx, ctx.browser, ben);
  for (const page of [a, b]) {
    await page.goto(`${ctx.server.url}/editor/pledges/${id}`);
    await page.getByLabel('Title (what it is for)').waitFor(T);
  }
  return [a, b];
}

async function stored(id: number) {
  return (await (await fetch(`${ctx.server.url}/api/v1/pledges/${id}`)).json()) as {
    title: string;
    stage: string;
    category: string;
    amount: string;
  };
}

describe('editing from the same version', () => {
  test('changes to different fields are merged: both survive', async () => {
    const id = await newPledge('Field hospitals');
    const [a, b] = await openBoth(id);
    await a.getByLabel('Title (what it is for)').fill('Field hospitals for Kherson');
    await a.getByLabel('Stage').selectOption('committed');
    await a.getByRole('button', { name: 'Save changes' }).click();
    await a.waitForURL(/saved=updated/, T);
    await b.getByLabel('Category').selectOption('reconstruction');
    await b.getByLabel('Amount', { exact: true }).fill('5,500,000');
    await b.getByRole('button', { name: 'Save changes' }).click();
    await b.waitForURL(/saved=merged/, T);
    await expect(b.getByRole('status').textContent()).resolves.toMatch(
      /Merged with Ann's changes to Title, Stage/,
    );
    expect(await stored(id)).toMatchObject({
      title: 'Field hospitals for Kherson',
      stage: 'committed',
      category: 'reconstruction',
      amount: '5500000',
    });
    await a.context().close();
    await b.context().close();
  });

  test('a field both changed is the only one asked about, and the value chosen is saved', async () => {
    const id = await newPledge('Mobile clinics');
    const [a, b] = await openBoth(id);
    await a.getByLabel('Title (what it is for)').fill('Mobile clinics for Donetsk oblast');
    await a.getByLabel('Amount', { exact: true }).fill('6,000,000');
    await a.getByRole('button', { name: 'Save changes' }).click();
    await a.waitForURL(/saved=updated/, T);
    await b.getByLabel('Stage').selectOption('disbursed');
    await b.getByLabel('Amount', { exact: true }).fill('7,000,000');
    await b.getByRole('button', { name: 'Save changes' }).click();
    const panel = b.getByTestId('conflict');
    await panel.waitFor(T);
    const rows = panel.getByTestId('conflict-field');
    expect(await rows.count()).toBe(1);
    await expect(rows.first().textContent()).resolves.toMatch(/Amount.*7,000,000.*6000000/);
    await b.getByLabel('Amount: keep mine').check();
    await b.getByRole('button', { name: 'Save with these choices' }).click();
    await b.waitForURL(/saved=/, T);
    expect(await stored(id)).toMatchObject({
      title: 'Mobile clinics for Donetsk oblast',
      stage: 'disbursed',
      amount: '7000000',
    });
    await a.context().close();
    await b.context().close();
  });
});
