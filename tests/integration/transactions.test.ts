// The one connection's transactions with async verbs (db/sqlite/transaction.ts): while a write
// transaction awaits, nothing else this process runs may join it or see its uncommitted rows.
import { describe, test, expect, beforeAll } from 'vitest';
import { useTempDatabase } from '../support/temp-db';
import { gate } from '../support/hold';
import { writeTransaction, writeTransactionNow } from '../../db/sqlite/transaction';
import { getDataVersion } from '../../db/meta';
import { put, stored } from '../support/meta-rows';

beforeAll(() => {
  useTempDatabase();
});

describe('write transactions with async work', () => {
  test('a read while a transaction awaits waits for its commit and never sees its rows before', async () => {
    const hold = gate();
    const writing = writeTransaction(async (tx) => {
      put(tx, 'tx-read', 'uncommitted');
      await hold.opened;
      put(tx, 'tx-read', 'committed');
    });
    let seen: string | null | undefined;
    const reading = stored('tx-read').then((v) => {
      seen = v;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toBeUndefined();
    hold.open();
    await Promise.all([writing, reading]);
    expect(seen).toBe('committed');
  });

  test('a second write waits for the first to commit instead of joining it', async () => {
    const hold = gate();
    const order: string[] = [];
    const first = writeTransaction(async (tx) => {
      order.push('first begins');
      put(tx, 'tx-order', 'first');
      await hold.opened;
      order.push('first ends');
    });
    const second = writeTransaction((tx) => {
      order.push('second runs');
      put(tx, 'tx-order', 'second');
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(order).toEqual(['first begins']);
    hold.open();
    await Promise.all([first, second]);
    expect(order).toEqual(['first begins', 'first ends', 'second runs']);
    expect(await stored('tx-order')).toBe('second');
  });

  test('a transaction that rejects after awaiting leaves nothing behind, and the next one runs', async () => {
    const version = (await getDataVersion()).version;
    await expect(
      writeTransaction(async (tx) => {
        put(tx, 'tx-rollback', 'never');
        await Promise.resolve();
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await stored('tx-rollback')).toBeNull();
    expect((await getDataVersion()).version).toBe(version);
    await writeTransaction((tx) => put(tx, 'tx-rollback', 'later'));
    expect(await stored('tx-rollback')).toBe('later');
  });

  test('a transaction opened inside another is a savepoint: its failure undoes its part only', async () => {
    await writeTransaction(async (tx) => {
      put(tx, 'tx-outer', 'kept');
      await expect(
        writeTransaction(async (inner) => {
          put(inner, 'tx-inner', 'undone');
          await Promise.resolve();
          throw new Error('inner refused');
        }),
      ).rejects.toThrow('inner refused');
      // Inside the transaction a read sees its own rows at once rather than waiting for itself.
      expect(await stored('tx-outer')).toBe('kept');
    });
    expect(await stored('tx-outer')).toBe('kept');
    expect(await stored('tx-inner')).toBeNull();
  });

  test('synchronous bulk work refuses to start inside another transaction of the process', async () => {
    const hold = gate();
    const writing = writeTransaction(async () => {
      await hold.opened;
    });
    expect(() => writeTransactionNow((tx) => put(tx, 'tx-now', 'no'))).toThrow(/another transaction/);
    hold.open();
    await writing;
    writeTransactionNow((tx) => put(tx, 'tx-now', 'yes'));
    expect(await stored('tx-now')).toBe('yes');
  });
});
