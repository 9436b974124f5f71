// Editors for browser tests: accounts made through the users verb on the server's own database
// (useServerAndBrowser({ openDatabase: true })), and a sign-in as a person does it.
import type { Browser, Page } from 'playwright-core';
import { createUser } from '../../db/accounts/users';
import type { E2E } from './e2e';

export type Editor = { email: string; password: string; name: string };

export async function addEditor(name: string): Promise<Editor> {
  const editor = {
    email: `${name.toLowerCase()}-${process.pid}@example.org`,
    password: `${name} password 2024`,
    name,
  };
  await createUser({ ...editor, role: 'editor' });
  return editor;
}

export async function signIn(ctx: E2E, page: Page, editor: Editor): Promise<void> {
  await page.goto(`${ctx.server.url}/login`);
  await page.getByLabel('Email').fill(editor.email);
  await page.getByLabel('Password').fill(editor.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/editor$/, { timeout: 30_000 });
}

/** A page in its own browser context (its own cookies), signed in as `editor`. */
export async function editorPage(ctx: E2E, browser: Browser, editor: Editor): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(ctx, page, editor);
  return page;
}
