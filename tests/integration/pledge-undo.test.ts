// Undo on a real SQLite file: un-retracting and restoring are revisions of their own, a retracted
// pledge is read-only until un-retracted, and a restore brings back every field of that version.
import { describe, test, expect, beforeAll } from 'vitest';
import { useTestDatabase } from '../support/engine';
import { writeTransaction } from '../../db/connection';
import { seedFxRates } from '../../db/fx';
import { createPledge, retractPledge, updatePledge } from '../../db/pledges/writes';
import { restorePledgeVersion, unretractPledge } from '../../db/pledges/undo';
import { getPledge } from '../../db/pledges/read';
import { ValidationError, VersionConflictError } from '../../lib/validation';

const editor = { id: null, label: 'test editor' };
const source = {
  title: 'Statement',
  publisher: 'Ministry',
  url: 'https://example.org/undo',
  quote: 'We pledge it.',
};
const base = {
  donor: 'Japan',
  recipient: 'Ukraine',
  title: 'Field hospital',
  category: 'humanitarian',
  stage: 'committed',
  amount: '5000000',
  currency: 'USD',
  announcedOn: '2024-01-07',
  sources: [source],
};

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
