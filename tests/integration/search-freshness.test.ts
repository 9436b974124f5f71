// Public search follows every write: a retraction takes a pledge out, an edit or a renamed party
// is found by its new words (on SQLite, the FTS5 triggers; on PostgreSQL, the tables themselves).
import { describe, test, expect, beforeAll } from 'vitest';
import { sql } from 'drizzle-orm';
import { execute, writeTransaction } from '../../db/connection';
import { getPledge } from '../../db/pledges/read';
import { updatePledge } from '../../db/pledges/writes';
import { searchPledges } from '../../db/pledges/search';
import { actor, source, seedSearchFixture } from '../support/search-fixture';

let kyiv = 0;
let retracted = 0;
const versionOf = async (id: number) => (await getPledge(id))!.version;

beforeAll(async () => {
  ({ kyiv, retracted } = await seedSearchFixture());
});

describe('search leaves out and keeps up', () => {
  test('a retracted pledge is not found', async () => {
    expect((await searchPledges('Zebracrossing')).total).toBe(0);
    expect((await searchPledges('Ze')).hits.map((h) => h.id)).not.toContain(retracted);
  });

  test('an edited title is found by its new words, not its old', async () => {
    const pledge = (await searchPledges('Енергетичне')).hits[0];
    await updatePledge({
      id: pledge.id,
      patch: { title: 'Сонячні панелі' },
      expectedVersion: await versionOf(pledge.id),
      actor,
      reason: 'renamed',
    });
    expect((await searchPledges('Енергетичне')).total).toBe(0);
    expect((await searchPledges('сонячні')).hits.map((h) => h.id)).toEqual([kyiv]);
  });

  test('a renamed party is found by its new name; changed quotes by their new words', async () => {
    await writeTransaction((tx) =>
      execute(tx, sql`update parties set name = 'Республіка Молдова' where name = 'Молдова'`),
    );
    expect((await searchPledges('Республіка')).hits.map((h) => h.id)).toEqual([kyiv]);
    await updatePledge({
      id: kyiv,
      patch: { sources: source('Панелі прибудуть навесні.') },
      expectedVersion: await versionOf(kyiv),
      actor,
      reason: 'new quote',
    });
    expect((await searchPledges('генератори')).total).toBe(0);
    expect((await searchPledges('навесні')).hits.map((h) => h.id)).toEqual([kyiv]);
  });
});
