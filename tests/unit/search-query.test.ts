import { describe, test, expect } from 'vitest';
import fc from 'fast-check';
import {
  HIT_END,
  HIT_START,
  SEARCH_LIMITS,
  ftsMatch,
  hitSegments,
  likePattern,
  markTerms,
  parseSearchQuery,
} from '../../lib/search-query';

describe('parseSearchQuery', () => {
  test('words of three characters and more go to the index; a shorter one to LIKE; nothing is empty', () => {
    expect(parseSearchQuery('  drone   Kyiv ')).toMatchObject({
      text: 'drone   Kyiv',
      terms: ['drone', 'Kyiv'],
      mode: 'fts',
    });
    expect(parseSearchQuery('日本 支援').mode).toBe('like');
    expect(parseSearchQuery('地雷除去').mode).toBe('fts');
    for (const q of ['', '   ', undefined, null, 42, { a: 1 }, [], '\u0000\u0002'])
      expect(parseSearchQuery(q).mode).toBe('empty');
    expect(parseSearchQuery(['drone', 'kyiv']).terms).toEqual(['drone']);
  });

  test('a long query is cut to the limits and says so', () => {
    const q = parseSearchQuery(Array.from({ length: 20 }, (_, i) => `word${i}`).join(' '));
    expect(q.terms).toHaveLength(SEARCH_LIMITS.terms);
    expect(q.shortened).toBe(true);
    expect([...parseSearchQuery('ж'.repeat(1000)).text]).toHaveLength(SEARCH_LIMITS.chars);
    expect(parseSearchQuery('drone kyiv').shortened).toBe(false);
  });

  test('no control or marker character ever reaches a term, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const q = parseSearchQuery(s);
        expect(q.terms.every((t) => t.length > 0 && !/[\p{Cc}\p{Cf}\s]/u.test(t) && t.isWellFormed())).toBe(
          true,
        );
      }),
    );
  });
});

describe('FTS5 and LIKE strings', () => {
  test('each word becomes one quoted FTS5 string, inner quotes doubled', () => {
    expect(ftsMatch(['drone', 'a"b', 'NEAR(x'])).toBe('"drone" "a""b" "NEAR(x"');
    expect(likePattern('50%_a\\b')).toBe('%50\\%\\_a\\\\b%');
  });
});

describe('marking', () => {
  test('segments split the marked text and rebuild it exactly', () => {
    expect(hitSegments(`a ${HIT_START}drone${HIT_END} b`)).toEqual([
      { text: 'a ', hit: false },
      { text: 'drone', hit: true },
      { text: ' b', hit: false },
    ]);
    fc.assert(
      fc.property(fc.string(), (s) => {
        const plain = s.replace(/[\u0002\u0003]/g, '');
        expect(
          hitSegments(plain)
            .map((x) => x.text)
            .join(''),
        ).toBe(plain);
      }),
    );
  });

  test('LIKE matches are marked case-insensitively, in any script, with an excerpt around the first', () => {
    expect(markTerms('Японія передасть', ['японія'])).toBe(`${HIT_START}Японія${HIT_END} передасть`);
    expect(markTerms('日本政府は日本', ['日本'])).toBe(
      `${HIT_START}日本${HIT_END}政府は${HIT_START}日本${HIT_END}`,
    );
    expect(markTerms('no match here', ['日本'])).toBeNull();
    expect(markTerms(`${'x'.repeat(100)}hit${'y'.repeat(100)}`, ['hit'], 5)).toBe(
      `…xxxxx${HIT_START}hit${HIT_END}yyyyyyy…`,
    );
    expect(markTerms('a.b (c)', ['.b', '(c)'])).toBe(`a${HIT_START}.b${HIT_END} ${HIT_START}(c)${HIT_END}`);
  });
});
