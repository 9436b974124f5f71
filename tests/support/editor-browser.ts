// What browser tests of the editor share: accounts made with the users CLI (as an operator does)
// and signing in through the login page (as a person does).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { RunningServer } from './server';

const root = path.resolve(import.meta.dirname, '..', '..');

export function usersCli(
  server: RunningServer,
  args: string[],
  input = '',
): { status: number | null; out: string; stdout: string } {
  const r = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
      '--conditions=react-server',
      'scripts/users.ts',
      ...args,
    ],
    {
      cwd: root,
      input,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: server.databaseUrl },
    },
  );
  return { status: r.status, out: r.stdout + r.stderr, stdout: r.stdout };
}

/** Creates the account with the CLI; the password is read from stdin as an operator types it. */
export function addAccount(
  server: RunningServer,
  email: string,
  role: 'editor' | 'admin',
  password = `${role} password 2024`,
): { email: string; password: string } {
  const r = usersCli(
    server,
    ['add', email, '--role', role, '--name', `${role} ${email.split('@')[0]}`],
    `${password}\n`,
  );
  expect(r.status, r.out).toBe(0);
  return { email, password };
}

export async function signIn(
  page: Page,
  server: RunningServer,
  account: { email: string; password: string },
): Promise<void> {
  await page.goto(`${server.url}/login`);
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/editor$/, { timeout: 30_000 });
}

/** A fresh browser context (its own cookies) signed in as the account. */
export async function signedInPage(
  browser: Browser,
  server: RunningServer,
  account: { email: string; password: string },
  width = 1280,
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await signIn(page, server, account);
  return page;
}

/** A pledge as the public API returns it (GET /api/v1/pledges/{id}). */
export async function apiPledge(server: RunningServer, id: number): Promise<Record<string, any>> {
  const res = await fetch(`${server.url}/api/v1/pledges/${id}`);
  expect(res.status).toBe(200);
  const body = (await res.json()) as Record<string, any>;
  return body.data ?? body;
}

export const savedPledgeId = (page: Page) => Number(new URL(page.url()).pathname.split('/').pop());
