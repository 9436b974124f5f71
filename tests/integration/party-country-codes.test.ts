// Parties join the World Bank figures by ISO 3166 alpha-3: a government named as a country gets its
// code when it is created, and parties stored before that get it when the database next opens.
import { describe, test, expect, beforeAll } from 'vitest';
import { tempDir } from '../support/temp-db';
import { describeSqliteOnly, useTestDatabase } from '../support/engine';
import path from 'node:path';
import { seedIfEmpty } from '../../db/fixtures/seed';
import { openDatabase } from '../../db/sqlite/client';
import { createPledge } from '../../db/pledges/writes';
import { getPartyBySlug } from '../../db/pledges/parties';

const who = { id: null, label: 'test' };
const item = (over: Record<string, unknown>) => ({
  recipient: 'Ukraine',
  title: 'Item',
  category: 'military',
  stage: 'committed',
  currency: 'USD',
  amount: '10',
  announcedOn: '2024-01-15',
  sources: [{ title: 'Statement', publisher: 'Ministry' }],
  ...over,
});

beforeAll(() => useTestDatabase());

describe('country codes of parties', () => {
  test('the seeded Japan and Ukraine get JPN and UKR', async () => {
    await seedIfEmpty();
    expect((await getPartyBySlug('japan'))?.iso3).toBe('JPN');
    expect((await getPartyBySlug('ukraine'))?.iso3).toBe('UKR');
  });

  test('a country named by the press or by the World Bank gets its code; institutions and unknown names get none', async () => {
    await createPledge(item({ donor: 'South Korea' }), who);
    await createPledge(item({ donor: '  united   KINGDOM ' }), who);
    await createPledge(item({ donor: 'European Union', donorKind: 'eu_institution' }), who);
    await createPledge(item({ donor: 'World Bank', donorKind: 'multilateral' }), who);
    await createPledge(item({ donor: 'Atlantis' }), who);
    expect((await getPartyBySlug('south-korea'))?.iso3).toBe('KOR');
    expect((await getPartyBySlug('united-kingdom'))?.iso3).toBe('GBR');
    for (const slug of ['european-union', 'world-bank', 'atlantis'])
      expect((await getPartyBySlug(slug))?.iso3).toBeNull();
  });
});

// The backfill runs when a SQLite file opens (db/pledges/party-backfill.ts); a PostgreSQL database never held such rows.
describeSqliteOnly('country codes of parties stored before they were set (SQLite only)', () => {
  test('a database whose parties have no code gets them filled when it opens, and no other column changes', () => {
    const file = path.join(tempDir(), 'old.db');
    const first = openDatabase(file);
    first.sqlite.exec(`insert into parties (slug, name, name_key, kind) values
      ('japan', 'Japan', 'japan', 'government'), ('eu', 'European Union', 'european union', 'eu_institution'),
      ('norway', 'Norway', 'norway', 'government'), ('nowhere', 'Nowhere', 'nowhere', 'government')`);
    first.sqlite.prepare("update parties set iso3 = 'NOR' where slug = 'norway'").run();
    first.sqlite.close();
    const { sqlite } = openDatabase(file);
    try {
      expect(sqlite.prepare('select slug, name, kind, iso3 from parties order by slug').all()).toEqual([
        { slug: 'eu', name: 'European Union', kind: 'eu_institution', iso3: null },
        { slug: 'japan', name: 'Japan', kind: 'government', iso3: 'JPN' },
        { slug: 'norway', name: 'Norway', kind: 'government', iso3: 'NOR' },
        { slug: 'nowhere', name: 'Nowhere', kind: 'government', iso3: null },
      ]);
    } finally {
      sqlite.close();
    }
  });
});
