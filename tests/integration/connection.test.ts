// The engine seam (db/connection.ts) on whichever engine the run uses: the contract every verb
// relies on, the same on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { closeDatabase, execute, one, read, rows, writeTransaction } from '../../db/connection';
import { getDataVersion } from '../../db/meta';
import { meta } from '../../db/tables';
import { useTestDatabase } from '../support/engine';
import { gate } from '../support/hold';
import { put } from '../support/connection-rows';

let _url: string;
beforeAll(async () => {
  _url = await useTestDatabase();
});
afterAll(() => closeDatabase());
const stored = (key: string) =>
  read(async (db) => (await one(db.select().from(meta).where(eq(meta.key, key))))?.value ?? null);

describe('the engine seam', () => {
  test('a read while a write is open never sees its rows, and a rolled-back write leaves none', async () => {
    const hold = gate();
    const writing = writeTransaction(async (tx) => {
      await put(tx, 'seam-uncommitted', 'written');
      await hold.opened;
      throw new Error('changed my mind');
    });
    const reading = stored('seam-uncommitted');
    await new Promise((resolve) => setTimeout(resolve, 30));
    hold.open();
    await expect(writing).rejects.toThrow('changed my mind');
    expect(await reading).toBeNull();
    expect(await stored('seam-uncommitted')).toBeNull();
  });

  test("inside a write, a read sees the write's own rows", async () => {
    const seen = await writeTransaction(async (tx) => {
      await put(tx, 'seam-own', 'mine');
      return stored('seam-own');
    });
    expect(seen).toBe('mine');
  });

  test('a transaction inside another is a savepoint: its failure undoes only its part', async () => {
    await writeTransaction(async (tx) => {
      await put(tx, 'seam-outer', 'kept');
      await expect(
        writeTransaction(async (inner) => {
          await put(inner, 'seam-inner', 'undone');
          throw new Error('inner fails');
        }),
      ).rejects.toThrow('inner fails');
    });
    expect(await stored('seam-outer')).toBe('kept');
    expect(await stored('seam-inner')).toBeNull();
  });

  test('the data version moves once per committed write of data, not for accounts or a rollback', async () => {
    const before = (await getDataVersion()).version;
    await writeTransaction((tx) => put(tx, 'seam-v1', '1'));
    await writeTransaction((tx) => put(tx, 'seam-v2', '2'), { touchesData: false });
    await writeTransaction(async () => {
      throw new Error('no');
    }).catch(() => {});
    expect((await getDataVersion()).version).toBe(before + 1);
  });

  test('hand-written statements give rows keyed by their select list, and count the rows they change', async () => {
    await writeTransaction((tx) => put(tx, 'seam-raw', '42'));
    expect(
      await read((db) =>
        rows<{ k: string; v: string }>(
          db,
          sql`select key as k, value as v from meta where key = ${'seam-raw'}`,
        ),
      ),
    ).toEqual([{ k: 'seam-raw', v: '42' }]);
    const changed = await writeTransaction((tx) =>
      execute(tx, sql`update meta set value = '43' where key like 'seam-raw%'`),
    );
    expect(changed).toBe(1);
  });
});

describe('reads', () => {
  test('a write cannot start inside a read, and says so', async () => {
    await expect(read(() => writeTransaction((tx) => put(tx, 'seam-in-read', 'x')))).rejects.toThrow(
      /cannot start inside a read/,
    );
    expect(await stored('seam-in-read')).toBeNull();
  });

  test('every query of one read sees the same moment, even when a write commits in between', async () => {
    await writeTransaction((tx) => put(tx, 'seam-moment', 'before'));
    const hold = gate();
    const reading = read(async (db) => {
      const first = (await one(db.select().from(meta).where(eq(meta.key, 'seam-moment'))))?.value;
      await hold.opened;
      const second = (await one(db.select().from(meta).where(eq(meta.key, 'seam-moment'))))?.value;
      return [first, second];
    });
    await new Promise((resolve) => setTimeout(resolve, 30));
    // On SQLite this write waits for the read to finish; on PostgreSQL it commits while the read is open.
    const writing = writeTransaction((tx) => put(tx, 'seam-moment', 'after'));
    await new Promise((resolve) => setTimeout(resolve, 30));
    hold.open();
    expect(await reading).toEqual(['before', 'before']);
    await writing;
    expect(await stored('seam-moment')).toBe('after');
  });
});
