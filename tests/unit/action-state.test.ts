import { describe, test, expect } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { failureState } from '../../app/editor/_lib/action-state';
import { ValidationError } from '../../lib/validation';

/** A real "database is locked" from SQLite: a second connection wants the write lock the first holds. */
function busyError(): unknown {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'busy-'));
  const file = path.join(dir, 'busy.db');
  const holder = new Database(file);
  const other = new Database(file, { timeout: 0 });
  try {
    holder.exec('begin immediate');
    other.exec('begin immediate');
    return null;
  } catch (error) {
    return error;
  } finally {
    other.close();
    holder.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('failureState', () => {
  test('a locked database is a message to try again, not an error page', () => {
    const error = busyError();
    expect((error as { code?: string }).code).toBe('SQLITE_BUSY');
    expect(failureState(error).message).toMatch(
      /^Nothing was saved: another write \(a CSV import, most likely\) is holding the database; .*try again in a minute\.$/,
    );
  });

  test('field problems are shown beside their fields; anything unexpected still propagates', () => {
    expect(failureState(new ValidationError({ title: ['title is required'] }))).toMatchObject({
      errors: { title: ['title is required'] },
    });
    const unexpected = new Error('disk full');
    expect(() => failureState(unexpected)).toThrow('disk full');
  });
});
