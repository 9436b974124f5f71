// The engine seam (db/connection.ts) on whichever engine the run uses: the contract every verb
// relies on, the same on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import pg from 'pg';
import { closeDatabase, execute, one, read, rows, writeTransaction, type Tx } from '../../db/connection';
import { getDataVersion } from '../../db/meta';
import { meta } from '../../db/tables';
import { DATA_CHANNEL, openPostgresVersionReader } from '../../db/postgres/version-listener';
import { describePostgresOnly, useTestDatabase } from '../support/engine';
import { gate } from '../support/hold';

let url: string;
beforeAll(async () => {
  url = await useTestDatabase();
});
afterAll(() => closeDatabase());

const put = (tx: Tx, key: string, value: string) =>
  tx.insert(meta).values({ key, value }).onConflictDoUpdate({ target: meta.key, set: { value } });
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

describePostgresOnly('several servers on one database (PostgreSQL only)', () => {
  test('a commit is announced to every listener with the new data version, and only at commit', async () => {
    const listener = new pg.Client({ connectionString: url });
    await listener.connect();
    const heard: string[] = [];
    listener.on('notification', (m) => {
      if (m.channel === DATA_CHANNEL) heard.push(m.payload ?? '');
    });
    await listener.query(`listen ${DATA_CHANNEL}`);
    const hold = gate();
    const writing = writeTransaction(async (tx) => {
      await put(tx, 'seam-notify', 'x');
      await hold.opened;
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(heard).toEqual([]);
    hold.open();
    await writing;
    const deadline = Date.now() + 5000;
    while (heard.length === 0 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 20));
    await listener.end();
    expect(heard).toEqual([String((await getDataVersion()).version)]);
  });

  test("a server's version reader follows commits, and reads afresh after losing its connection", async () => {
    const reader = openPostgresVersionReader(url, { retryMs: 50 });
    try {
      const deadline = () => Date.now() + 5000;
      for (const end = deadline(); !reader.listening() && Date.now() < end; )
        await new Promise((r) => setTimeout(r, 20));
      expect(reader.listening()).toBe(true);
      await writeTransaction((tx) => put(tx, 'seam-reader', '1'));
      const want = (await getDataVersion()).version;
      for (const end = deadline(); (await reader.read()) !== want && Date.now() < end; )
        await new Promise((r) => setTimeout(r, 20));
      expect(await reader.read()).toBe(want);
      // Cut its listening connection: commits made while it is away must still be seen.
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(
        "select pg_terminate_backend(pid) from pg_stat_activity where query like 'listen %' and pid <> pg_backend_pid()",
      );
      await admin.end();
      await writeTransaction((tx) => put(tx, 'seam-reader', '2'));
      const after = (await getDataVersion()).version;
      for (const end = deadline(); (await reader.read()) !== after && Date.now() < end; )
        await new Promise((r) => setTimeout(r, 20));
      expect(await reader.read()).toBe(after);
      for (const end = deadline(); !reader.listening() && Date.now() < end; )
        await new Promise((r) => setTimeout(r, 20));
      expect(reader.listening()).toBe(true);
      expect(await reader.read()).toBe(after);
    } finally {
      await reader.close();
    }
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
