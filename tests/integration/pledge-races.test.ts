// Races PostgreSQL's READ COMMITTED allows and SQLite's one writer never did: two transactions
// read the same state, then both write. Each test interleaves them explicitly: transaction A
// writes and stays open, B runs until it waits on A's row or index entry, A commits, B finishes.
import { test, expect, beforeAll, afterAll } from 'vitest';
import pg from 'pg';
import { describePostgresOnly, describeSqliteOnly, useTestDatabase } from '../support/engine';
import { writeTransaction } from '../../db/connection';
import { seedFxRates } from '../../db/fx';
import { createPledge, retractPledge, updatePledge, updatePledgeIn } from '../../db/pledges/writes';
import { getPledge } from '../../db/pledges/read';
import { ValidationError, VersionConflictError } from '../../lib/validation';
import { alice, bob, base, openWriter } from '../support/pledge-writers';
import { someoneWaits } from '../support/pledge-writers';

let watcher: pg.Client;

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
    await someoneWaits(watcher);
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
    await someoneWaits(watcher);
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
    await someoneWaits(watcher);
    nesting.commit();
    await nesting.done;
    const error = await child;
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields.parentId[0]).toMatch(/itself a draw-down/);
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
