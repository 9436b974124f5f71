// Races PostgreSQL's READ COMMITTED allows and SQLite's one writer never did: two transactions
// read the same state, then both write. Each test interleaves them explicitly: transaction A
// writes and stays open, B runs until it waits on A's row or index entry, A commits, B finishes.
import { test, expect, beforeAll, afterAll } from 'vitest';
import pg from 'pg';
import { describePostgresOnly, describeSqliteOnly, useTestDatabase } from '../support/engine';
import { writeTransaction, type Tx } from '../../db/connection';
import { seedFxRates } from '../../db/fx';
import {
  createPledge,
  createPledgeIn,
  retractPledge,
  updatePledge,
  updatePledgeIn,
} from '../../db/pledges/writes';
import { getPledge } from '../../db/pledges/read';
import { findOrCreateParty } from '../../db/pledges/parties';
import { findSourceByUrl, upsertSource } from '../../db/pledges/sources';
import { ValidationError, VersionConflictError } from '../../lib/validation';

const alice = { id: null, label: 'alice' };
const bob = { id: null, label: 'bob' };
const base = {
  donor: 'Japan',
  recipient: 'Ukraine',
  title: 'Generators',
  category: 'humanitarian',
  stage: 'committed',
  amount: '1000000',
  currency: 'USD',
  announcedOn: '2024-05-10',
  sources: [{ url: 'https://example.org/races', publisher: 'Example Times', quote: 'Japan pledged it.' }],
};
const context = { actor: alice, reason: 'race test', pledgeId: null };
let watcher: pg.Client;

/** Transaction A: runs `write`, then holds its transaction open (row locks and all) until `commit()`. */
function openWriter<T>(write: (tx: Tx) => Promise<T>) {
  let commit!: () => void;
  let written!: () => void;
  const mayCommit = new Promise<void>((resolve) => {
    commit = resolve;
  });
  const wrote = new Promise<void>((resolve) => {
    written = resolve;
  });
  const done = writeTransaction(async (tx) => {
    const result = await write(tx);
    written();
    await mayCommit;
    return result;
  });
  return { wrote, commit, done };
}

/** Resolves once some statement of this database waits for a lock another transaction holds. */
async function someoneWaits(): Promise<void> {
  for (let i = 0; i < 500; i++) {
    const { rows } = await watcher.query(`select count(*)::int as n from pg_stat_activity
      where datname = current_database() and wait_event_type = 'Lock'`);
    if (rows[0].n > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('no transaction ever waited for the other');
}

async function count(query: string, params: unknown[]): Promise<number> {
  return (await watcher.query(query, params)).rows[0].n as number;
}

describePostgresOnly('concurrent writers (PostgreSQL only)', () => {
  beforeAll(async () => {
    watcher = new pg.Client({ connectionString: await useTestDatabase() });
    await watcher.connect();
    await writeTransaction((tx) => seedFxRates(tx));
  });
  afterAll(() => watcher?.end());

  test('a retraction that read the version before an edit committed is a version conflict, not a lost update', async () => {
    const p = await createPledge({ ...base, title: 'Contested retraction' }, alice);
    const edit = openWriter((tx) => updatePledgeIn(tx, p.id, { title: 'Edited meanwhile' }, 1, bob));
    await edit.wrote;
    const retraction = retractPledge({
      id: p.id,
      input: { reason: 'duplicate' },
      expectedVersion: 1,
      actor: alice,
    }).catch((e: unknown) => e);
    await someoneWaits();
    edit.commit();
    await edit.done;
    expect(await retraction).toBeInstanceOf(VersionConflictError);
    expect(await getPledge(p.id)).toMatchObject({ title: 'Edited meanwhile', version: 2, retractedAt: null });
  });

  test('a source corrected from another pledge while this one is edited gives it the next version after the edit', async () => {
    const url = 'https://example.org/corrected-meanwhile';
    const cite = (title: string) =>
      createPledge(
        { ...base, title, sources: [{ url, publisher: 'Exampel Tmes', title: 'Statement', quote: title }] },
        alice,
      );
    const [edited, other] = [await cite('Edited pledge'), await cite('Other pledge')];
    const edit = openWriter((tx) =>
      updatePledgeIn(tx, edited.id, { title: 'Edited pledge (renamed)' }, 1, bob),
    );
    await edit.wrote;
    const correction = updatePledge({
      id: other.id,
      actor: alice,
      expectedVersion: 1,
      reason: 'typo',
      patch: { sources: [{ url, publisher: 'Example Times', title: 'Statement', quote: 'Other pledge' }] },
    });
    await someoneWaits();
    edit.commit();
    await Promise.all([edit.done, correction]);
    const after = (await getPledge(edited.id))!;
    expect(after).toMatchObject({ title: 'Edited pledge (renamed)', version: 3 });
    expect(after.revisions.map((r) => r.version)).toEqual([1, 2, 3]);
  });

  test('a pledge made a draw-down while another writer draws down from it: the second is refused', async () => {
    const parent = await createPledge({ ...base, title: 'Commitment' }, alice);
    const middle = await createPledge({ ...base, title: 'Would-be draw-down' }, alice);
    const nesting = openWriter((tx) =>
      updatePledgeIn(tx, middle.id, { parentId: parent.id, stage: 'disbursed' }, 1, alice),
    );
    await nesting.wrote;
    const child = createPledge(
      { ...base, title: 'Draw-down of the draw-down', stage: 'disbursed', parentId: middle.id },
      bob,
    ).catch((e: unknown) => e);
    await someoneWaits();
    nesting.commit();
    await nesting.done;
    const error = await child;
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields.parentId[0]).toMatch(/itself a draw-down/);
  });

  test('two writers creating the same party at once get one party', async () => {
    const first = openWriter((tx) => findOrCreateParty(tx, 'Atlantis', 'government'));
    await first.wrote;
    const second = writeTransaction((tx) => findOrCreateParty(tx, '  ATLANTIS ', 'government'));
    await someoneWaits();
    first.commit();
    const [a, b] = await Promise.all([first.done, second]);
    expect(b.id).toBe(a.id);
    expect(await count(`select count(*)::int as n from parties where name_key = $1`, ['atlantis'])).toBe(1);
  });

  test('two writers storing the same source URL at once get one document', async () => {
    const url = 'https://example.org/raced-source';
    const first = openWriter((tx) =>
      upsertSource(tx, { url, publisher: 'Example Times', title: 'Statement' }, context),
    );
    await first.wrote;
    const second = writeTransaction((tx) =>
      upsertSource(tx, { url, publisher: 'Example Times', title: 'Statement' }, context),
    );
    await someoneWaits();
    first.commit();
    const [a, b] = await Promise.all([first.done, second]);
    expect(b).toBe(a);
    expect(await findSourceByUrl(url)).toMatchObject({ title: 'Statement' });
    expect(await count(`select count(*)::int as n from sources where url = $1`, [url])).toBe(1);
  });

  test('an external id taken by a writer that commits first is the external id field error', async () => {
    const first = openWriter((tx) => createPledgeIn(tx, { ...base, externalId: 'raced-1' }, alice));
    await first.wrote;
    const second = createPledge({ ...base, externalId: 'raced-1' }, bob).catch((e: unknown) => e);
    await someoneWaits();
    first.commit();
    await first.done;
    const error = await second;
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields.externalId).toEqual([
      'externalId "raced-1" already belongs to another pledge',
    ]);
    expect(await count(`select count(*)::int as n from pledges where external_id = $1`, ['raced-1'])).toBe(1);
  });
});

// SQLite has one writer at a time: the second of two concurrent retractions reads the first's version.
describeSqliteOnly('concurrent writers (SQLite only)', () => {
  beforeAll(async () => {
    await useTestDatabase();
    await writeTransaction((tx) => seedFxRates(tx));
  });

  test('two retractions of one version: one applies, the other is a version conflict', async () => {
    const p = await createPledge({ ...base, title: 'Retracted twice' }, alice);
    const results = await Promise.allSettled(
      [1, 2].map(() =>
        retractPledge({ id: p.id, input: { reason: 'duplicate' }, expectedVersion: 1, actor: alice }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({
      reason: expect.any(VersionConflictError),
    });
  });
});
