// Public search answers any query at all: search syntax, quotes, wildcards and random strings are
// words to look for, never an error.
import { describe, test, expect, beforeAll } from 'vitest';
import fc from 'fast-check';
import { searchPledges } from '../../db/pledges/search';
import { HIT_START } from '../../lib/search-query';
import { titles, seedSearchFixture } from '../support/search-fixture';

beforeAll(async () => {
  await seedSearchFixture();
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
