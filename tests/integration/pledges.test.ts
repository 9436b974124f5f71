import { describe, test, expect, beforeAll } from 'vitest';
import { useTestDatabase } from '../support/engine';
import { writeTransaction } from '../../db/connection';
import { seedFxRates } from '../../db/fx';
import { createPledge } from '../../db/pledges/writes';
import { getPledge } from '../../db/pledges/read';
import { listPledges } from '../../db/pledges/list';
import { EMPTY_FILTERS } from '../../lib/filters';
import { ValidationError } from '../../lib/validation';
import { editor, source, base } from '../support/pledge-input';

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
