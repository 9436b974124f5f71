// An editor made with the users CLI under a chosen display name, and a sign-in through the login page
// once its form has hydrated, for the editor's browser tests.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { usersCli } from './editor-browser';
import type { RunningServer } from './server';
import { arrived, openReady } from './wait';

export async function addEditorAndSignIn(
  page: Page,
  server: RunningServer,
  editor: { email: string; password: string; name: string },
): Promise<void> {
  const added = usersCli(
    server,
    ['add', editor.email, '--role', 'editor', '--name', editor.name],
    `${editor.password}\n`,
  );
  expect(added.status, added.out).toBe(0);
  await signInOnLoginPage(page, server, editor);
}

/** Signs in through the login page once its form has hydrated, and waits for the editor's list. */
export async function signInOnLoginPage(
  page: Page,
  server: RunningServer,
  account: { email: string; password: string },
): Promise<void> {
  const signIn = page.getByRole('button', { name: 'Sign in' });
  await openReady(page, `${server.url}/login`, signIn);
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await signIn.click();
  await arrived(page, /\/editor$/, 'Pledges');
}
