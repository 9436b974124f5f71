// Reads that await between their queries on SQLite's one connection (db/sqlite/gate.ts): a write
// waits for them, and they never see a write begin part-way through.
import { describe, test, expect, beforeAll } from 'vitest';
import { sql } from 'drizzle-orm';
import { useTempDatabase } from '../support/temp-db';
import { gate } from '../support/hold';
import { read, writeTransaction } from '../../db/sqlite/transaction';
import { put, stored } from '../support/meta-rows';

beforeAll(() => {
  useTempDatabase();
});

describe('reads that await between queries (SQLite only: one connection for the process)', () => {
  test('a write asked for while a read runs waits until the read has made its last query', async () => {
    const hold = gate();
    await writeTransaction((tx) => {
      put(tx, 'rw-read', 'before');
    });
    const reading = read(async (db) => {
      const first = db.get<{ value: string }>(sql`select value from meta where key = 'rw-read'`)!.value;
      await hold.opened;
      const second = db.get<{ value: string }>(sql`select value from meta where key = 'rw-read'`)!.value;
      return [first, second];
    });
    let written = false;
    const writing = writeTransaction((tx) => {
      put(tx, 'rw-read', 'after');
    }).then(() => {
      written = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(written).toBe(false);
    hold.open();
    expect(await reading).toEqual(['before', 'before']);
    await writing;
    expect(await stored('rw-read')).toBe('after');
  });

  test('a read that arrives after a waiting write runs after it, in arrival order', async () => {
    const hold = gate();
    await writeTransaction((tx) => {
      put(tx, 'rw-order', 'old');
    });
    const first = read(async () => {
      await hold.opened;
    });
    const writing = writeTransaction((tx) => {
      put(tx, 'rw-order', 'new');
    });
    const later = stored('rw-order');
    hold.open();
    await Promise.all([first, writing]);
    expect(await later).toBe('new');
  });

  test('a write cannot start inside a read, and says so instead of waiting on itself', async () => {
    await expect(read(() => writeTransaction(() => undefined))).rejects.toThrow(/cannot start inside a read/);
  });
});
