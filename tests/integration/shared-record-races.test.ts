// Records two pledges share, written by two writers at once on PostgreSQL: one party for one name,
// one document for one URL, and an external id taken first is the other's field error.
import { test, expect, beforeAll, afterAll } from 'vitest';
import pg from 'pg';
import { describePostgresOnly, useTestDatabase } from '../support/engine';
import { writeTransaction } from '../../db/connection';
import { seedFxRates } from '../../db/fx';
import { createPledge, createPledgeIn } from '../../db/pledges/writes';
import { findOrCreateParty } from '../../db/pledges/parties';
import { findSourceByUrl, upsertSource } from '../../db/pledges/sources';
import { ValidationError } from '../../lib/validation';
import { alice, bob, base, openWriter } from '../support/pledge-writers';
import { someoneWaits } from '../support/pledge-writers';

const context = { actor: alice, reason: 'race test', pledgeId: null };
let watcher: pg.Client;

async function count(query: string, params: unknown[]): Promise<number> {
  return (await watcher.query(query, params)).rows[0].n as number;
}

describePostgresOnly('concurrent writers (PostgreSQL only)', () => {
  beforeAll(async () => {
    watcher = new pg.Client({ connectionString: await useTestDatabase() });
    await watcher.connect();
    await writeTransaction((tx) => seedFxRates(tx));
  });
  afterAll(() => watcher?.end());

  test('two writers creating the same party at once get one party', async () => {
    const first = openWriter((tx) => findOrCreateParty(tx, 'Atlantis', 'government'));
    await first.wrote;
    const second = writeTransaction((tx) => findOrCreateParty(tx, '  ATLANTIS ', 'government'));
    await someoneWaits(watcher);
    first.commit();
    const [a, b] = await Promise.all([first.done, second]);
    expect(b.id).toBe(a.id);
    expect(await count(`select count(*)::int as n from parties where name_key = $1`, ['atlantis'])).toBe(1);
  });

  test('two writers storing the same source URL at once get one document', async () => {
    const url = 'https://example.org/raced-source';
    const first = openWriter((tx) =>
      upsertSource(tx, { url, publisher: 'Example Times', title: 'Statement' }, context),
    );
    await first.wrote;
    const second = writeTransaction((tx) =>
      upsertSource(tx, { url, publisher: 'Example Times', title: 'Statement' }, context),
    );
    await someoneWaits(watcher);
    first.commit();
    const [a, b] = await Promise.all([first.done, second]);
    expect(b).toBe(a);
    expect(await findSourceByUrl(url)).toMatchObject({ title: 'Statement' });
    expect(await count(`select count(*)::int as n from sources where url = $1`, [url])).toBe(1);
  });

  test('an external id taken by a writer that commits first is the external id field error', async () => {
    const first = openWriter((tx) => createPledgeIn(tx, { ...base, externalId: 'raced-1' }, alice));
    await first.wrote;
    const second = createPledge({ ...base, externalId: 'raced-1' }, bob).catch((e: unknown) => e);
    await someoneWaits(watcher);
    first.commit();
    await first.done;
    const error = await second;
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields.externalId).toEqual([
      'externalId "raced-1" already belongs to another pledge',
    ]);
    expect(await count(`select count(*)::int as n from pledges where external_id = $1`, ['raced-1'])).toBe(1);
  });
});
