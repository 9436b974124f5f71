// Each integration test file gets its own SQLite file with the real migrations.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function tempDir(prefix = 'pledges-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Points DATABASE_URL at a new file; call before the first db/ verb runs. */
export function useTempDatabase(): string {
  const file = path.join(tempDir(), 'pledges.db');
  process.env.DATABASE_URL = `file:${file}`;
  return file;
}
