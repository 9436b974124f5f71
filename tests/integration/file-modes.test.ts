// The database holds password hashes and token hashes: its file, its WAL and shared-memory files
// and the data directory are readable by the server's own user only, whatever the umask.
import { describe, test, expect, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from '../support/temp-db';
import { openDatabase } from '../../db/sqlite/client';

const previous = process.umask(0o022);
afterAll(() => {
  process.umask(previous);
});

const mode = (file: string) => fs.statSync(file).mode & 0o777;

describe('file modes', () => {
  test('a new data directory is 0700 and the database, WAL and SHM are 0600 under umask 022', () => {
    const dir = path.join(tempDir('file-modes-'), 'data');
    const file = path.join(dir, 'pledges.db');
    const { sqlite } = openDatabase(file);
    try {
      sqlite
        .prepare('insert into meta (key, value) values (?, ?) on conflict do nothing')
        .run('file-modes', '1');
      expect(mode(dir).toString(8)).toBe('700');
      for (const name of [file, `${file}-wal`, `${file}-shm`])
        expect(`${path.basename(name)} ${mode(name).toString(8)}`).toBe(`${path.basename(name)} 600`);
    } finally {
      sqlite.close();
    }
  });

  test('an existing database opened again is brought back to 0600', () => {
    const dir = tempDir('file-modes-');
    const file = path.join(dir, 'pledges.db');
    openDatabase(file).sqlite.close();
    fs.chmodSync(file, 0o644);
    const { sqlite } = openDatabase(file);
    sqlite.close();
    expect(mode(file).toString(8)).toBe('600');
  });
});
