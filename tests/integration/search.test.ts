// Public search against a real database: on SQLite the FTS5 index the migration builds and its
// triggers keep current, on PostgreSQL the same text read from the tables (db/pledges/search-rows.ts);
// in every script, ranked, marked, retracted pledges left out, any input answered.
import { describe, test, expect, beforeAll } from 'vitest';
import { searchPledges } from '../../db/pledges/search';
import { hitSegments } from '../../lib/search-query';
import { titles, seedSearchFixture } from '../support/search-fixture';

let kyiv = 0;
let chinese = 0;
const marked = (text: string | null) =>
  hitSegments(text ?? '')
    .filter((s) => s.hit)
    .map((s) => s.text);

beforeAll(async () => {
  ({ kyiv, chinese } = await seedSearchFixture());
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
