// Several servers on one PostgreSQL database: each commit is announced to every listener with its
// data version, and a server's version reader follows commits across a lost connection.
import { afterAll, beforeAll, expect, test } from 'vitest';
import pg from 'pg';
import { closeDatabase, writeTransaction } from '../../db/connection';
import { getDataVersion } from '../../db/meta';
import { DATA_CHANNEL, openPostgresVersionReader } from '../../db/postgres/version-listener';
import { describePostgresOnly, useTestDatabase } from '../support/engine';
import { gate } from '../support/hold';
import { put } from '../support/connection-rows';

let url: string;
beforeAll(async () => {
  url = await useTestDatabase();
});
afterAll(() => closeDatabase());

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
