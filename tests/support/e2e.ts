// One real server (npm start's path, its own database) and one Chromium per browser test file.
import { beforeAll, afterAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { startServer, type RunningServer } from './server';
import { launchBrowser } from './browser';

export type E2E = { server: RunningServer; browser: Browser };

/** Starts both before the file's tests and stops them after; read them from the returned object. */
export function useServerAndBrowser(options: { openDatabase?: boolean } = {}): E2E {
  const ctx = {} as E2E;
  beforeAll(async () => {
    ctx.server = await startServer();
    // Tests that arrange data through db/ verbs write to the server's own file (WAL allows both).
    if (options.openDatabase) process.env.DATABASE_URL = ctx.server.databaseUrl;
    ctx.browser = await launchBrowser();
  });
  afterAll(async () => {
    await ctx.browser?.close();
    await ctx.server?.stop();
  });
  return ctx;
}
