// The browser and HTTP tests start servers exactly as the bench does.
import type { RunningServer } from '../../scripts/lib/serve';
import { SETUP_CODE_LINE } from '../../scripts/lib/setup-code-line';

import { startServer as startOn } from '../../scripts/lib/serve';
import { newTestDatabaseUrl, onTestPostgres } from './engine';

export { freePort, type RunningServer } from '../../scripts/lib/serve';

/** A production server on the test engine: a new PostgreSQL database with TEST_ENGINE=postgres. */
export async function startServer(options: Parameters<typeof startOn>[0] = {}): Promise<RunningServer> {
  if (onTestPostgres() && !options.dbFile && !options.databaseUrl)
    return startOn({ ...options, databaseUrl: await newTestDatabaseUrl() });
  return startOn(options);
}

/** The one-time setup code the server printed on its console, read as a person reads it. */
export function setupCodeOf(server: RunningServer): string {
  const line = server
    .output()
    .split('\n')
    .find((l) => l.startsWith(SETUP_CODE_LINE));
  if (!line) throw new Error(`the server printed no setup code:\n${server.output()}`);
  return line.slice(SETUP_CODE_LINE.length).trim();
}
