import { describe, test, expect, beforeAll } from 'vitest';
import { useTestDatabase } from '../support/engine';
import { writeTransaction } from '../../db/connection';
import { seedFxRates } from '../../db/fx';
import { createPledge, updatePledge, retractPledge } from '../../db/pledges/writes';
import { getPledge, listPledges } from '../../db/pledges/read';
import { listRevisions } from '../../db/pledges/revisions';
import { EMPTY_FILTERS } from '../../lib/filters';
import { ValidationError, VersionConflictError, NotFoundError } from '../../lib/validation';

const editor = { id: null, label: 'test editor' };
const source = {
  title: 'Statement',
  publisher: 'Ministry',
  url: 'https://example.org/statement',
  quote: 'We pledge it.',
};
const base = {
  donor: 'Japan',
  recipient: 'Ukraine',
  title: 'Drone detection system',
  category: 'military',
  stage: 'committed',
  amount: '37000000',
  currency: 'USD',
  announcedOn: '2024-01-07',
  sources: [source],
};

beforeAll(async () => {
  await useTestDatabase();
  await writeTransaction((tx) => seedFxRates(tx));
});

describe('createPledge', () => {
  test('stores minor units, converts, links the source and writes a revision in one go', async () => {
    const p = await createPledge(
      { ...base, amount: '5,000,000,000', currency: 'JPY', title: 'Yen loan' },
      editor,
    );
    expect(p).toMatchObject({
      amount: 5_000_000_000,
      currency: 'JPY',
      amountUsd: Math.round((5e9 / 146.2943) * 100),
      fxRate: 146.2943,
      fxDate: '2024-01-01',
      fxSource: 'federal_reserve_monthly',
      version: 1,
    });
    expect(p.donor.slug).toBe('japan');
    expect(p.sources).toEqual([expect.objectContaining({ url: source.url, quote: 'We pledge it.' })]);
    expect(p.revisions).toHaveLength(1);
    expect(p.revisions[0]).toMatchObject({ action: 'create', actorLabel: 'test editor' });
    expect(p.revisions[0].changes.amount).toEqual([null, '5000000000']);
  });

  test('the same source document is stored once and quoted per pledge', async () => {
    const a = await createPledge({ ...base, title: 'A' }, editor);
    const b = await createPledge(
      { ...base, title: 'B', sources: [{ ...source, quote: 'Another sentence.' }] },
      editor,
    );
    expect(a.sources[0].id).toBe(b.sources[0].id);
    expect(b.sources[0].quote).toBe('Another sentence.');
  });

  test('bad input writes nothing and names the field', async () => {
    const before = (await listPledges(EMPTY_FILTERS, { includeRetracted: true })).total;
    await expect(createPledge({ ...base, amount: '-1' }, editor)).rejects.toThrow(ValidationError);
    try {
      await createPledge({ ...base, currency: 'UAH', amount: '1000' }, editor);
      expect.unreachable();
    } catch (e) {
      expect((e as ValidationError).fields.fxRate[0]).toMatch(/no exchange rate for UAH/);
    }
    expect((await listPledges(EMPTY_FILTERS, { includeRetracted: true })).total).toBe(before);
  });

  test('a currency without a table rate is accepted with the editor rate', async () => {
    const p = await createPledge({ ...base, currency: 'UAH', amount: '41000000', fxRate: '41' }, editor);
    expect(p).toMatchObject({ amountUsd: 100_000_000, fxSource: 'editor', fxRate: 41 });
  });

  test('draw-down parent rules', async () => {
    const parent = await createPledge({ ...base, title: 'Commitment' }, editor);
    const announced = await createPledge({ ...base, title: 'Only announced', stage: 'announced' }, editor);
    const other = await createPledge({ ...base, donor: 'Canada', title: 'Canadian commitment' }, editor);
    const child = await createPledge(
      { ...base, title: 'Tranche 1', stage: 'disbursed', parentId: parent.id },
      editor,
    );
    expect(child.parentId).toBe(parent.id);
    expect((await getPledge(parent.id))!.drawdowns.map((d) => d.id)).toEqual([child.id]);
    const fieldsOf = async (input: object) => {
      try {
        await createPledge(input, editor);
        return {};
      } catch (e) {
        return (e as ValidationError).fields;
      }
    };
    expect((await fieldsOf({ ...base, parentId: other.id })).parentId[0]).toMatch(/another donor/);
    expect((await fieldsOf({ ...base, parentId: announced.id })).parentId[0]).toMatch(/not a commitment/);
    expect((await fieldsOf({ ...base, parentId: child.id })).parentId[0]).toMatch(/itself a draw-down/);
    expect((await fieldsOf({ ...base, parentId: 999999 })).parentId[0]).toMatch(/is not a pledge/);
  });

  test('external ids are unique', async () => {
    await createPledge({ ...base, externalId: 'kiel-123' }, editor);
    await expect(createPledge({ ...base, externalId: 'kiel-123' }, editor)).rejects.toThrow(
      /already belongs/,
    );
  });
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
