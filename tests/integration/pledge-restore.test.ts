// Restoring an earlier version on a real database: the restore is a revision of its own and brings
// back every field of that version.
import { describe, test, expect, beforeAll } from 'vitest';
import { useTestDatabase } from '../support/engine';
import { writeTransaction } from '../../db/connection';
import { seedFxRates } from '../../db/fx';
import { createPledge, retractPledge, updatePledge } from '../../db/pledges/writes';
import { restorePledgeVersion } from '../../db/pledges/undo';
import { getPledge } from '../../db/pledges/read';
import { ValidationError } from '../../lib/validation';
import { editor, base } from '../support/undo-pledge-input';

beforeAll(async () => {
  await useTestDatabase();
  await writeTransaction((tx) => seedFxRates(tx));
});

describe('restorePledgeVersion', () => {
  test('brings back every field of that version as a new "restore" revision', async () => {
    const p = await createPledge({ ...base, title: 'Bridge repair' }, editor);
    await updatePledge({
      id: p.id,
      patch: {
        title: 'Bridge repairs (wrong)',
        amount: '9000000',
        stage: 'announced',
        category: 'reconstruction',
      },
      expectedVersion: 1,
      actor: editor,
    });
    const restored = await restorePledgeVersion(p.id, 1, 2, editor, 'the correction was wrong');
    expect(restored).toMatchObject({
      title: 'Bridge repair',
      amount: 500_000_000,
      stage: 'committed',
      category: 'humanitarian',
      version: 3,
    });
    expect(restored.revisions.at(-1)).toMatchObject({
      action: 'restore',
      reason: 'Restored version 1: the correction was wrong',
    });
    expect(restored.revisions).toHaveLength(3);
  });

  test('keeps an exchange rate an editor entered in that version', async () => {
    const p = await createPledge(
      { ...base, title: 'Yen grant', amount: '1000000000', currency: 'JPY', fxRate: '150' },
      editor,
    );
    await updatePledge({ id: p.id, patch: { fxRate: null }, expectedVersion: 1, actor: editor });
    expect((await getPledge(p.id))!.fxSource).toBe('federal_reserve_monthly');
    const restored = await restorePledgeVersion(p.id, 1, 2, editor);
    expect(restored).toMatchObject({ fxRate: 150, fxSource: 'editor' });
  });

  test('refuses a version the pledge never had', async () => {
    const p = await createPledge({ ...base, title: 'Only one version' }, editor);
    await expect(restorePledgeVersion(p.id, 7, 1, editor)).rejects.toThrow(ValidationError);
    await expect(restorePledgeVersion(p.id, 1, 1, editor)).rejects.toThrow(/current version/);
  });

  test('refuses while the pledge is retracted', async () => {
    const p = await createPledge({ ...base, title: 'Retracted restore' }, editor);
    await updatePledge({
      id: p.id,
      patch: { title: 'Retracted restore (edited)' },
      expectedVersion: 1,
      actor: editor,
    });
    await retractPledge({ id: p.id, input: { reason: 'wrong' }, expectedVersion: 2, actor: editor });
    await expect(restorePledgeVersion(p.id, 1, 3, editor)).rejects.toThrow(/un-retract/);
  });
});
