// Public search against a real database: on SQLite the FTS5 index the migration builds and its
// triggers keep current, on PostgreSQL the same text read from the tables (db/pledges/search-rows.ts);
// in every script, ranked, marked, retracted pledges left out, any input answered.
import { describe, test, expect, beforeAll } from 'vitest';
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { describeSqliteOnly, useTestDatabase } from '../support/engine';
import { getSqlite } from '../../db/sqlite/client';
import { execute, writeTransaction } from '../../db/connection';
import { pledgeSources, pledges, sources } from '../../db/tables';
import { seedIfEmpty } from '../../db/fixtures/seed';
import { generateSynthetic } from '../../db/fixtures/synthetic.sqlite';
import { findOrCreateParty } from '../../db/pledges/parties';
import { getPledge } from '../../db/pledges/read';
import { createPledge, retractPledge, updatePledge } from '../../db/pledges/writes';
import { searchPledges } from '../../db/pledges/search';
import { HIT_START, SEARCH_LIMITS, hitSegments } from '../../lib/search-query';

const actor = { id: null, label: 'search test' };
const source = (quote: string) => [{ url: null, publisher: 'Kyodo', title: 'Wire report', quote }];
let kyiv = 0;
let chinese = 0;
let retracted = 0;

const titles = async (q: unknown) =>
  (await searchPledges(q)).hits.map((h) =>
    hitSegments(h.title)
      .map((s) => s.text)
      .join(''),
  );
const marked = (text: string | null) =>
  hitSegments(text ?? '')
    .filter((s) => s.hit)
    .map((s) => s.text);
const versionOf = async (id: number) => (await getPledge(id))!.version;

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
  await useTestDatabase();
  await seedIfEmpty();
  kyiv = (
    await createPledge(
      {
        donor: 'Україна',
        recipient: 'Молдова',
        title: 'Енергетичне обладнання',
        category: 'humanitarian',
        stage: 'announced',
        announcedOn: '2024-02-01',
        sources: source('Україна передасть генератори Молдові.'),
      },
      actor,
    )
  ).id;
  chinese = (
    await createPledge(
      {
        donor: '日本国際協力機構',
        recipient: 'Ukraine',
        title: '地雷除去支援',
        category: 'humanitarian',
        stage: 'committed',
        announcedOn: '2024-03-01',
        sources: source('日本政府は地雷除去の支援を決定した。'),
      },
      actor,
    )
  ).id;
  const wrong = await createPledge(
    {
      donor: 'Japan',
      recipient: 'Ukraine',
      title: 'Zebracrossing kits',
      category: 'other',
      stage: 'announced',
      announcedOn: '2024-03-02',
      sources: source('A mistaken record.'),
    },
    actor,
  );
  retracted = wrong.id;
  await retractPledge({
    id: wrong.id,
    input: { reason: 'not a pledge' },
    expectedVersion: wrong.version,
    actor,
  });
});

describe('search finds pledges', () => {
  test('by a party name in Cyrillic, in any case', async () => {
    const result = await searchPledges('УКРАЇНА');
    expect(result.hits.map((h) => h.id)).toEqual([kyiv]);
    expect(marked(result.hits[0].parties)).toEqual(['Україна']);
  });

  test('by CJK words written without spaces, three characters and more', async () => {
    const result = await searchPledges('地雷除去');
    expect(result.hits.map((h) => h.id)).toEqual([chinese]);
    expect(marked(result.hits[0].title)).toEqual(['地雷除去']);
  });

  test('by a two-character word (日本) through the LIKE path, marked too', async () => {
    const result = await searchPledges('日本');
    expect(result.query.mode).toBe('like');
    expect(result.hits.map((h) => h.id)).toEqual([chinese]);
    expect(marked(result.hits[0].quote)).toEqual(['日本']);
    expect(marked(result.hits[0].parties)).toEqual(['日本']);
  });

  test('by the words of a quoted sentence, each marked in the quote', async () => {
    const result = await searchPledges('Kyiv  nonlethal');
    expect(result.hits).toHaveLength(2);
    for (const hit of result.hits)
      expect(
        marked(hit.quote)
          .map((m) => m.toLowerCase())
          .sort(),
      ).toEqual(['kyiv', 'nonlethal']);
  });

  test('with a title match ranked above a match in a quote only', async () => {
    const found = await titles('drone');
    expect(found.length).toBeGreaterThan(1); // the generators pledge quotes the same sentence
    expect(found[0]).toBe('Drone detection system');
    expect(found.slice(1)).not.toContain('Drone detection system');
  });

  test('and counts every match', async () => {
    const result = await searchPledges('Japan');
    expect(result.total).toBe(5);
    expect(result.hits).toHaveLength(5);
  });
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

describe('hostile queries', () => {
  test('FTS5 syntax, quotes, wildcards and odd values are words to look for, never errors', async () => {
    for (const q of [
      '"',
      '""',
      'AND',
      'drone OR',
      'NEAR(drone kyiv)',
      'title:drone',
      '*',
      'dr*',
      '^drone',
      '(',
      ')',
      '-drone',
      '%',
      '_',
      '\\',
      "'; drop table pledges; --",
      '\u0000drone',
      'drone\u0002',
      '\ud800',
      'x'.repeat(10_000),
      ['drone', 'kyiv'],
      42,
      null,
      { a: 1 },
    ]) {
      const result = await searchPledges(q);
      expect(result.total).toBeGreaterThanOrEqual(result.hits.length);
    }
    expect(await titles('%')).toEqual([]);
    expect(await titles('dr*')).toEqual([]);
  });

  test('any string at all is answered', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'grapheme' }),
          fc.string({ unit: 'binary' }),
          fc
            .array(
              fc.constantFrom(
                '"',
                '*',
                'AND',
                'OR',
                'NOT',
                'NEAR',
                '(',
                ')',
                ':',
                '^',
                '-',
                '+',
                '%',
                '_',
                '\\',
                ' ',
                'dro',
                'ne',
                '日本',
              ),
            )
            .map((a) => a.join('')),
        ),
        async (q) => {
          const result = await searchPledges(q);
          expect(
            result.hits.every((h) => typeof h.title === 'string' && !h.title.includes(HIT_START + HIT_START)),
          ).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });
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
