// Public search over many rows: a bulk write (the FTS5 triggers paused) is all found, and a broad
// query's count says "more than" past its cap while title matches still come first.
import { describe, test, expect, beforeAll } from 'vitest';
import { describeSqliteOnly } from '../support/engine';
import { getSqlite } from '../../db/sqlite/client';
import { writeTransaction } from '../../db/connection';
import { pledgeSources, pledges, sources } from '../../db/tables';
import { generateSynthetic } from '../../db/fixtures/synthetic.sqlite';
import { findOrCreateParty } from '../../db/pledges/parties';
import { createPledge } from '../../db/pledges/writes';
import { searchPledges } from '../../db/pledges/search';
import { SEARCH_LIMITS } from '../../lib/search-query';
import { actor, source, seedSearchFixture } from '../support/search-fixture';

/** `count` pledges written through the tables (on either engine), every quote saying "Synthetic statement for …". */
async function bulkPledges(count: number): Promise<void> {
  await writeTransaction(async (tx) => {
    const japan = await findOrCreateParty(tx, 'Japan', 'government');
    const ukraine = await findOrCreateParty(tx, 'Ukraine', 'government');
    const [{ id: sourceId }] = await tx
      .insert(sources)
      .values({ title: 'Bulk wire report', publisher: 'Kyodo' })
      .returning({ id: sources.id });
    for (let from = 0; from < count; from += 500) {
      const made = await tx
        .insert(pledges)
        .values(
          Array.from({ length: Math.min(500, count - from) }, (_, i) => ({
            donorId: japan.id,
            recipientId: ukraine.id,
            title: `Bulk item ${from + i}`,
            category: 'other' as const,
            instrument: 'unspecified' as const,
            stage: 'announced' as const,
            announcedOn: '2019-06-01',
          })),
        )
        .returning({ id: pledges.id });
      await tx.insert(pledgeSources).values(
        made.map((p) => ({
          pledgeId: p.id,
          sourceId,
          quote: `Synthetic statement for bulk item ${p.id}.`,
          position: 0,
        })),
      );
    }
  });
}

beforeAll(async () => {
  await seedSearchFixture();
});

describeSqliteOnly('bulk writes (SQLite only)', () => {
  test('synthetic pledges, written with the FTS5 triggers paused, are all found; the pause never outlives the write', async () => {
    const sqlite = getSqlite();
    generateSynthetic({ count: 500, seed: 7 });
    const title = sqlite
      .prepare(`select title from pledges where external_id like 'syn-7-%' and retracted_at is null limit 1`)
      .pluck()
      .get() as string;
    const expected = sqlite
      .prepare(`select count(*) from pledges p join pledge_sources ps on ps.pledge_id = p.id
      where p.retracted_at is null and (p.title like ? or ps.quote like ? or p.description like ?)`)
      .pluck()
      .get(`%${title}%`, `%${title}%`, `%${title}%`);
    expect((await searchPledges(title)).total).toBe(expected);
    expect(sqlite.prepare(`select count(*) from meta where key = 'search_index_paused'`).pluck().get()).toBe(
      0,
    );
    const later = await createPledge(
      {
        donor: 'Japan',
        recipient: 'Ukraine',
        title: 'Xylophone lessons',
        category: 'other',
        stage: 'announced',
        announcedOn: '2024-03-02',
        sources: source('Music.'),
      },
      actor,
    );
    expect((await searchPledges('xylophone')).hits.map((h) => h.id)).toEqual([later.id]);
  });
});

describe('broad queries', () => {
  test('more matches than are counted: the count says "more than", title matches still come first', async () => {
    await bulkPledges(SEARCH_LIMITS.counted + 200);
    const titled = await createPledge(
      {
        donor: 'Japan',
        recipient: 'Ukraine',
        title: 'Synthetic fibre blankets',
        category: 'humanitarian',
        stage: 'announced',
        announcedOn: '2020-01-02',
        sources: source('Blankets.'),
      },
      actor,
    );
    for (const q of ['synthetic', 'Sy']) {
      const result = await searchPledges(q);
      expect(result).toMatchObject({ total: SEARCH_LIMITS.counted, more: true });
      expect(result.hits).toHaveLength(SEARCH_LIMITS.results);
      expect(new Set(result.hits.map((h) => h.id)).size).toBe(SEARCH_LIMITS.results);
    }
    expect((await searchPledges('synthetic')).hits[0].id).toBe(titled.id);
    expect((await searchPledges('blankets')).more).toBe(false);
  });
});
