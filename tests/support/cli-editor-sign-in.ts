// An editor made with the users CLI under a chosen display name, then signed in through the login page
// once its form has hydrated, for the browser tests that keep one signed-in page for the whole file.
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
  const signIn = page.getByRole('button', { name: 'Sign in' });
  await openReady(page, `${server.url}/login`, signIn);
  await page.getByLabel('Email').fill(editor.email);
  await page.getByLabel('Password').fill(editor.password);
  await signIn.click();
  await arrived(page, /\/editor$/, 'Pledges');
}
