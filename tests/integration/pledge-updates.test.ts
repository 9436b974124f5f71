// updatePledge with optimistic concurrency, and retractPledge: a stale version writes nothing, a
// retraction needs a reason and keeps the history.
import { describe, test, expect, beforeAll } from 'vitest';
import { useTestDatabase } from '../support/engine';
import { writeTransaction } from '../../db/connection';
import { seedFxRates } from '../../db/fx';
import { createPledge, updatePledge, retractPledge } from '../../db/pledges/writes';
import { getPledge } from '../../db/pledges/read';
import { listPledges } from '../../db/pledges/list';
import { listRevisions } from '../../db/pledges/revisions';
import { EMPTY_FILTERS } from '../../lib/filters';
import { VersionConflictError, NotFoundError } from '../../lib/validation';
import { editor, base } from '../support/pledge-input';

beforeAll(async () => {
  await useTestDatabase();
  await writeTransaction((tx) => seedFxRates(tx));
});

describe('updatePledge with optimistic concurrency', () => {
  test('an update at the current version applies and records before/after', async () => {
    const p = await createPledge({ ...base, title: 'To edit' }, editor);
    const updated = await updatePledge({
      id: p.id,
      patch: { stage: 'allocated', amount: '40000000' },
      expectedVersion: 1,
      actor: { id: null, label: 'second editor' },
      reason: 'Ministry corrected the figure',
    });
    expect(updated.version).toBe(2);
    const last = (await listRevisions(p.id)).at(-1)!;
    expect(last).toMatchObject({
      action: 'update',
      actorLabel: 'second editor',
      reason: 'Ministry corrected the figure',
      version: 2,
    });
    expect(last.changes.stage).toEqual(['committed', 'allocated']);
    expect(last.changes.amount).toEqual(['37000000', '40000000']);
    expect(last.changes.title).toBeUndefined();
  });

  test('a stale version is rejected with who changed it, and nothing is written', async () => {
    const p = await createPledge({ ...base, title: 'Contested' }, editor);
    await updatePledge({
      id: p.id,
      patch: { title: 'Contested (first edit)' },
      expectedVersion: 1,
      actor: { id: null, label: 'alice' },
    });
    let error: unknown;
    try {
      await updatePledge({
        id: p.id,
        patch: { title: 'Contested (stale edit)' },
        expectedVersion: 1,
        actor: { id: null, label: 'bob' },
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(VersionConflictError);
    expect((error as Error).message).toMatch(/changed by alice/);
    expect((await getPledge(p.id))!.title).toBe('Contested (first edit)');
    expect(await listRevisions(p.id)).toHaveLength(2);
  });

  test('a no-op save writes no revision', async () => {
    const p = await createPledge({ ...base, title: 'Unchanged' }, editor);
    const same = await updatePledge({
      id: p.id,
      patch: { title: 'Unchanged' },
      expectedVersion: 1,
      actor: editor,
    });
    expect(same.version).toBe(1);
    expect(await listRevisions(p.id)).toHaveLength(1);
  });

  test('unknown id', async () => {
    await expect(
      updatePledge({ id: 987654, patch: { title: 'x' }, expectedVersion: 1, actor: editor }),
    ).rejects.toThrow(NotFoundError);
  });
});

describe('retractPledge', () => {
  test('needs a reason, hides from lists, keeps history', async () => {
    const p = await createPledge({ ...base, title: 'Mistaken entry' }, editor);
    await expect(
      retractPledge({ id: p.id, input: { reason: '' }, expectedVersion: 1, actor: editor }),
    ).rejects.toThrow(/Reason is required/);
    const r = await retractPledge({
      id: p.id,
      input: { reason: 'Duplicate of another pledge' },
      expectedVersion: 1,
      actor: editor,
    });
    expect(r.retractedAt).not.toBeNull();
    expect(r.revisions.map((x) => x.action)).toEqual(['create', 'retract']);
    expect((await listPledges(EMPTY_FILTERS)).rows.some((x) => x.id === p.id)).toBe(false);
    expect((await getPledge(p.id))!.retractionReason).toBe('Duplicate of another pledge');
    await expect(
      retractPledge({ id: p.id, input: { reason: 'again' }, expectedVersion: null, actor: editor }),
    ).rejects.toThrow(/already retracted/);
  });
});
