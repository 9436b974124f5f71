// Un-retracting on a real database: a revision of its own, and a retracted pledge is read-only until
// un-retracted.
import { describe, test, expect, beforeAll } from 'vitest';
import { useTestDatabase } from '../support/engine';
import { writeTransaction } from '../../db/connection';
import { seedFxRates } from '../../db/fx';
import { createPledge, retractPledge, updatePledge } from '../../db/pledges/writes';
import { unretractPledge } from '../../db/pledges/unretract';
import { getPledge } from '../../db/pledges/read';
import { ValidationError, VersionConflictError } from '../../lib/validation';
import { editor, base } from '../support/undo-pledge-input';

beforeAll(async () => {
  await useTestDatabase();
  await writeTransaction((tx) => seedFxRates(tx));
});

describe('unretractPledge', () => {
  test('puts a retracted pledge back with a revision of its own and its reason', async () => {
    const p = await createPledge({ ...base, title: 'Back again' }, editor);
    await retractPledge({
      id: p.id,
      input: { reason: 'thought it was a duplicate' },
      expectedVersion: 1,
      actor: editor,
    });
    const back = await unretractPledge({
      id: p.id,
      input: { reason: 'it was not a duplicate' },
      expectedVersion: 2,
      actor: editor,
    });
    expect(back.retractedAt).toBeNull();
    expect(back.version).toBe(3);
    expect(back.revisions.at(-1)).toMatchObject({
      action: 'unretract',
      reason: 'it was not a duplicate',
      version: 3,
    });
  });

  test('needs a reason', async () => {
    const p = await createPledge({ ...base, title: 'No reason given' }, editor);
    await retractPledge({ id: p.id, input: { reason: 'wrong donor' }, expectedVersion: 1, actor: editor });
    await expect(
      unretractPledge({ id: p.id, input: { reason: '' }, expectedVersion: 2, actor: editor }),
    ).rejects.toThrow(ValidationError);
    expect((await getPledge(p.id))!.retractedAt).not.toBeNull();
  });

  test('refuses a pledge that is not retracted', async () => {
    const p = await createPledge({ ...base, title: 'Never retracted' }, editor);
    await expect(
      unretractPledge({ id: p.id, input: { reason: 'why not' }, expectedVersion: 1, actor: editor }),
    ).rejects.toThrow(/not retracted/);
  });

  test('refuses a stale version', async () => {
    const p = await createPledge({ ...base, title: 'Stale un-retract' }, editor);
    await retractPledge({ id: p.id, input: { reason: 'wrong' }, expectedVersion: 1, actor: editor });
    await expect(
      unretractPledge({ id: p.id, input: { reason: 'right after all' }, expectedVersion: 1, actor: editor }),
    ).rejects.toThrow(VersionConflictError);
  });
});

describe('a retracted pledge', () => {
  test('cannot be edited until it is un-retracted', async () => {
    const p = await createPledge({ ...base, title: 'Read-only while retracted' }, editor);
    await retractPledge({ id: p.id, input: { reason: 'wrong' }, expectedVersion: 1, actor: editor });
    await expect(
      updatePledge({ id: p.id, patch: { title: 'Edited anyway' }, expectedVersion: 2, actor: editor }),
    ).rejects.toThrow(/un-retract/);
    expect((await getPledge(p.id))!.title).toBe('Read-only while retracted');
  });
});
