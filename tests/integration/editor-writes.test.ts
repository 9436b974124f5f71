// What the editor form relies on below the UI: duplicate detection, the version check on edits and
// retractions, and the revision each write leaves behind.
import { describe, test, expect, beforeAll } from 'vitest';
import { useTestDatabase } from '../support/engine';
import { writeTransaction } from '../../db/connection';
import { seedFxRates } from '../../db/fx';
import { createPledge, parsePledge, retractPledge, updatePledge } from '../../db/pledges/writes';
import { findDuplicatesOf } from '../../db/pledges/duplicates';
import { listRecentRevisions } from '../../db/pledges/revisions';
import { getPledge } from '../../db/pledges/read';
import { createUser, actorFor } from '../../db/accounts/users';
import { VersionConflictError, ValidationError } from '../../lib/validation';

const source = { url: 'https://example.org/a', publisher: 'Example Times', quote: 'Japan pledged it.' };
const base = {
  donor: 'Japan',
  recipient: 'Ukraine',
  title: 'Generators',
  category: 'humanitarian',
  stage: 'committed',
  amount: '10,000,000',
  currency: 'USD',
  announcedOn: '2024-05-10',
  sources: [source],
};
let alice: ReturnType<typeof actorFor>;
let bob: ReturnType<typeof actorFor>;
let existingId = 0;

beforeAll(async () => {
  await useTestDatabase();
  await writeTransaction((tx) => seedFxRates(tx));
  alice = actorFor(
    await createUser({
      email: 'alice@example.org',
      password: 'alice password 1',
      role: 'editor',
      name: 'Alice',
    }),
  );
  bob = actorFor(
    await createUser({ email: 'bob@example.org', password: 'bob password 123', role: 'editor' }),
  );
  existingId = (await createPledge(base, alice)).id;
});

describe('possible duplicates', () => {
  test.each([
    ['same figure, same day', {}, true],
    ['4.9% more, 59 days later', { amount: '10,490,000', announcedOn: '2024-07-08' }, true],
    ['4.9% less, 60 days earlier', { amount: '9,510,000', announcedOn: '2024-03-11' }, true],
    ['the same in yen at the month rate', { amount: '1,560,000,000', currency: 'JPY' }, true],
    ['6% more', { amount: '10,600,000' }, false],
    ['61 days later', { announcedOn: '2024-07-10' }, false],
    ['another recipient', { recipient: 'Moldova' }, false],
    ['another donor', { donor: 'Germany' }, false],
    ['unquantified', { amount: '', currency: '', sources: [] }, false],
  ])('%s → %s', async (_name, change, expected) => {
    const found = await findDuplicatesOf(parsePledge({ ...base, ...change }));
    expect(found.map((p) => p.id).includes(existingId)).toBe(expected);
  });

  test('a pledge is not its own duplicate, and retracted pledges are not offered', async () => {
    expect(await findDuplicatesOf(parsePledge(base), existingId)).toEqual([]);
    const twin = await createPledge({ ...base, title: 'Generators (twin)' }, alice);
    expect((await findDuplicatesOf(parsePledge(base))).map((p) => p.id)).toEqual([existingId, twin.id]);
    await retractPledge({
      id: twin.id,
      input: { reason: 'entered twice' },
      expectedVersion: twin.version,
      actor: alice,
    });
    expect((await findDuplicatesOf(parsePledge(base))).map((p) => p.id)).toEqual([existingId]);
  });
});

describe('edits carry the version they started from', () => {
  test('a stale edit is refused with who and when, and changes nothing', async () => {
    const opened = (await getPledge(existingId))!;
    const first = await updatePledge({
      id: existingId,
      patch: { title: 'Generators for hospitals' },
      expectedVersion: opened.version,
      actor: bob,
      reason: 'more precise title',
    });
    expect(first.version).toBe(opened.version + 1);
    let conflict: VersionConflictError | null = null;
    try {
      await updatePledge({
        id: existingId,
        patch: { title: 'Generators (stale)' },
        expectedVersion: opened.version,
        actor: alice,
      });
    } catch (e) {
      conflict = e as VersionConflictError;
    }
    expect(conflict).toBeInstanceOf(VersionConflictError);
    expect(conflict!.changedBy).toBe('bob');
    expect(conflict!.message).toMatch(/^changed by bob at \d{4}-\d\d-\d\dT.* since you opened it/);
    expect(await getPledge(existingId)).toMatchObject({
      title: 'Generators for hospitals',
      version: first.version,
    });
    await expect(
      retractPledge({
        id: existingId,
        input: { reason: 'stale' },
        expectedVersion: opened.version,
        actor: alice,
      }),
    ).rejects.toThrow(VersionConflictError);
    expect((await getPledge(existingId))!.retractedAt).toBeNull();
  });

  test('every write leaves a public revision with who, when, what and why', async () => {
    const p = (await getPledge(existingId))!;
    await expect(
      retractPledge({ id: existingId, input: { reason: '  ' }, expectedVersion: p.version, actor: alice }),
    ).rejects.toThrow(ValidationError);
    await retractPledge({
      id: existingId,
      input: { reason: 'the ministry withdrew it' },
      expectedVersion: p.version,
      actor: alice,
    });
    const history = (await getPledge(existingId))!.revisions;
    expect(history.map((r) => [r.action, r.actorLabel, r.version])).toEqual([
      ['create', 'Alice', 1],
      ['update', 'bob', 2],
      ['retract', 'Alice', 3],
    ]);
    expect(history[1]).toMatchObject({
      reason: 'more precise title',
      changes: { title: ['Generators', 'Generators for hospitals'] },
    });
    expect((await listRecentRevisions(1))[0]).toMatchObject({
      pledgeId: existingId,
      action: 'retract',
      reason: 'the ministry withdrew it',
      title: 'Generators for hospitals',
    });
  });
});
