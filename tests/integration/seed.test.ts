import { describe, test, expect, beforeAll } from 'vitest';
import { describePostgresOnly, useTestDatabase } from '../support/engine';
import { seedIfEmpty, seedIn } from '../../db/fixtures/seed';
import { writeTransaction } from '../../db/connection';
import { seedFxRates } from '../../db/fx';
import { getPledge } from '../../db/pledges/read';
import { listPledges } from '../../db/pledges/list';
import { getTotals, getReportedTotals } from '../../db/totals/totals';
import { EMPTY_FILTERS } from '../../lib/filters';

beforeAll(() => useTestDatabase());

describe('seed from the source articles', () => {
  test('records what the articles state, each with its quote, once', async () => {
    expect((await seedIfEmpty()).pledges).toBe(5);
    expect((await seedIfEmpty()).pledges).toBe(0);
    const rows = (await listPledges(EMPTY_FILTERS, { sort: 'title', dir: 'asc' })).rows;
    const drone = rows.find((p) => p.title === 'Drone detection system')!;
    expect(drone).toMatchObject({
      amount: 3_700_000_000,
      currency: 'USD',
      category: 'military',
      stage: 'allocated',
      announcedOn: '2024-01-07',
    });
    expect((await getPledge(drone.id))!.sources[0].quote).toContain(
      '$37 million for a drone detection system',
    );
    const total = (await getReportedTotals(EMPTY_FILTERS))[0];
    expect(total).toMatchObject({ value: 700_000_000_000, isLowerBound: true, announcedOn: '2023-09-09' });
    expect((await getPledge(total.id))!.sources[0].publisher).toBe('Japan Times');
    expect(rows.some((p) => /F-16/i.test(p.title))).toBe(false);
  });

  test("stages follow the articles' words: the drones allocated, the $1B and the generators committed, the gear disbursed", async () => {
    const stages = Object.fromEntries((await listPledges(EMPTY_FILTERS)).rows.map((p) => [p.title, p.stage]));
    expect(stages).toMatchObject({
      'Drone detection system': 'allocated',
      'Humanitarian projects and reconstruction': 'committed',
      'Generators to help Ukraine endure another winter': 'committed',
      'Non-lethal defense equipment': 'disbursed',
    });
  });

  test('stage dates only where the articles give them: the drones allocated on 2024-01-07, the gear sent on a day not stated', async () => {
    const dates = Object.fromEntries(
      (await listPledges(EMPTY_FILTERS)).rows.map((p) => [
        p.title,
        [p.stage, p.committedOn, p.allocatedOn, p.allocatedPrecision, p.disbursedOn, p.disbursedPrecision],
      ]),
    );
    expect(dates).toMatchObject({
      'Drone detection system': ['allocated', null, '2024-01-07', 'day', null, 'unknown'],
      'Humanitarian projects and reconstruction': ['committed', null, null, 'unknown', null, 'unknown'],
      'Non-lethal defense equipment': ['disbursed', null, null, 'unknown', null, 'unknown'],
    });
  });

  test('headline figures: $1.037B committed of which $37M allocated, nothing merely announced, two in-kind items counted', async () => {
    expect(await getTotals(EMPTY_FILTERS)).toMatchObject({
      committed: 103_700_000_000,
      allocated: 3_700_000_000,
      disbursed: 0,
      announced: 0,
      unquantifiedCount: 2,
      reportedTotalCount: 1,
    });
  });
});

describePostgresOnly('two servers starting at once on one database (PostgreSQL only)', () => {
  test("the second waits for the first one's seeding to commit, then finds pledges and seeds nothing", async () => {
    await useTestDatabase();
    // The rates are in already (a restart): only the pledges are left to seed.
    await writeTransaction((tx) => seedFxRates(tx));
    let seeded!: () => void;
    let commit!: () => void;
    const aSeeded = new Promise<void>((resolve) => {
      seeded = resolve;
    });
    const aMayCommit = new Promise<void>((resolve) => {
      commit = resolve;
    });
    // A has checked and written its pledges but not committed: B's reads cannot see them yet.
    const a = writeTransaction(async (tx) => {
      const result = await seedIn(tx);
      seeded();
      await aMayCommit;
      return result;
    });
    await aSeeded;
    let bDone = false;
    const b = seedIfEmpty().finally(() => {
      bDone = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(bDone).toBe(false);
    commit();
    expect((await a).pledges).toBe(5);
    expect((await b).pledges).toBe(0);
    expect((await listPledges(EMPTY_FILTERS, { includeRetracted: true })).total).toBe(5);
  });
});
