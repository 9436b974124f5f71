// Undo on a real SQLite file: un-retracting and restoring are revisions of their own, a retracted
// pledge is read-only until un-retracted, and a restore brings back every field of that version.
import { describe, test, expect, beforeAll } from 'vitest';
import { useTempDatabase } from '../support/temp-db';
import { writeTransaction } from '../../db/sqlite/client';
import { seedFxRates } from '../../db/fx';
import { createPledge, retractPledge, updatePledge } from '../../db/pledges/writes';
import { restorePledgeVersion, unretractPledge } from '../../db/pledges/undo';
import { getPledge } from '../../db/pledges/read';
import { ValidationError, VersionConflictError } from '../../lib/validation';

const editor = { id: null, label: 'test editor' };
const source = { title: 'Statement', publisher: 'Ministry', url: 'https://example.org/undo', quote: 'We pledge it.' };
const base = { donor: 'Japan', recipient: 'Ukraine', title: 'Field hospital', category: 'humanitarian', stage: 'committed', amount: '5000000', currency: 'USD', announcedOn: '2024-01-07', sources: [source] };

beforeAll(() => {
  useTempDatabase();
  writeTransaction((tx) => seedFxRates(tx));
});

describe('unretractPledge', () => {
  test('puts a retracted pledge back with a revision of its own and its reason', () => {
    const p = createPledge({ ...base, title: 'Back again' }, editor);
    retractPledge({ id: p.id, input: { reason: 'thought it was a duplicate' }, expectedVersion: 1, actor: editor });
    const back = unretractPledge({ id: p.id, input: { reason: 'it was not a duplicate' }, expectedVersion: 2, actor: editor });
    expect(back.retractedAt).toBeNull();
    expect(back.version).toBe(3);
    expect(back.revisions.at(-1)).toMatchObject({ action: 'unretract', reason: 'it was not a duplicate', version: 3 });
  });

  test('needs a reason', () => {
    const p = createPledge({ ...base, title: 'No reason given' }, editor);
    retractPledge({ id: p.id, input: { reason: 'wrong donor' }, expectedVersion: 1, actor: editor });
    expect(() => unretractPledge({ id: p.id, input: { reason: '' }, expectedVersion: 2, actor: editor })).toThrow(ValidationError);
    expect(getPledge(p.id)!.retractedAt).not.toBeNull();
  });

  test('refuses a pledge that is not retracted', () => {
    const p = createPledge({ ...base, title: 'Never retracted' }, editor);
    expect(() => unretractPledge({ id: p.id, input: { reason: 'why not' }, expectedVersion: 1, actor: editor })).toThrow(/not retracted/);
  });

  test('refuses a stale version', () => {
    const p = createPledge({ ...base, title: 'Stale un-retract' }, editor);
    retractPledge({ id: p.id, input: { reason: 'wrong' }, expectedVersion: 1, actor: editor });
    expect(() => unretractPledge({ id: p.id, input: { reason: 'right after all' }, expectedVersion: 1, actor: editor })).toThrow(VersionConflictError);
  });
});

describe('a retracted pledge', () => {
  test('cannot be edited until it is un-retracted', () => {
    const p = createPledge({ ...base, title: 'Read-only while retracted' }, editor);
    retractPledge({ id: p.id, input: { reason: 'wrong' }, expectedVersion: 1, actor: editor });
    expect(() => updatePledge({ id: p.id, patch: { title: 'Edited anyway' }, expectedVersion: 2, actor: editor })).toThrow(/un-retract/);
    expect(getPledge(p.id)!.title).toBe('Read-only while retracted');
  });
});

describe('restorePledgeVersion', () => {
  test('brings back every field of that version as a new "restore" revision', () => {
    const p = createPledge({ ...base, title: 'Bridge repair' }, editor);
    updatePledge({ id: p.id, patch: { title: 'Bridge repairs (wrong)', amount: '9000000', stage: 'announced', category: 'reconstruction' }, expectedVersion: 1, actor: editor });
    const restored = restorePledgeVersion(p.id, 1, 2, editor, 'the correction was wrong');
    expect(restored).toMatchObject({ title: 'Bridge repair', amount: 500_000_000, stage: 'committed', category: 'humanitarian', version: 3 });
    expect(restored.revisions.at(-1)).toMatchObject({ action: 'restore', reason: 'Restored version 1: the correction was wrong' });
    expect(restored.revisions).toHaveLength(3);
  });

  test('keeps an exchange rate an editor entered in that version', () => {
    const p = createPledge({ ...base, title: 'Yen grant', amount: '1000000000', currency: 'JPY', fxRate: '150' }, editor);
    updatePledge({ id: p.id, patch: { fxRate: null }, expectedVersion: 1, actor: editor });
    expect(getPledge(p.id)!.fxSource).toBe('federal_reserve_monthly');
    const restored = restorePledgeVersion(p.id, 1, 2, editor);
    expect(restored).toMatchObject({ fxRate: 150, fxSource: 'editor' });
  });

  test('refuses a version the pledge never had', () => {
    const p = createPledge({ ...base, title: 'Only one version' }, editor);
    expect(() => restorePledgeVersion(p.id, 7, 1, editor)).toThrow(ValidationError);
    expect(() => restorePledgeVersion(p.id, 1, 1, editor)).toThrow(/current version/);
  });

  test('refuses while the pledge is retracted', () => {
    const p = createPledge({ ...base, title: 'Retracted restore' }, editor);
    updatePledge({ id: p.id, patch: { title: 'Retracted restore (edited)' }, expectedVersion: 1, actor: editor });
    retractPledge({ id: p.id, input: { reason: 'wrong' }, expectedVersion: 2, actor: editor });
    expect(() => restorePledgeVersion(p.id, 1, 3, editor)).toThrow(/un-retract/);
  });
});
