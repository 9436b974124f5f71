// Party slugs and identities in every script (lib/domain.ts), and the filter's slug check.
import { describe, test, expect } from 'vitest';
import { isSlug, partyNameKey, slugify } from '../../lib/party-names';
import { parseFilters } from '../../lib/filters';

describe('slugify', () => {
  test.each([
    ['European Union', 'european-union'],
    ["Côte d'Ivoire", 'cote-d-ivoire'],
    ['日本', '日本'],
    ['Україна', 'україна'],
    ['Ελλάδα', 'ελλάδα'],
    ['Ｊａｐａｎ', 'japan'],
  ])('%s → %s', (name, slug) => expect(slugify(name)).toBe(slug));

  test('marks of other scripts are kept: two Devanagari words that differ by a mark stay apart', () => {
    expect(slugify('हिन्दी')).not.toBe(slugify('हिन्द'));
    expect(slugify('مَلِك')).not.toBe(slugify('مَلَك'));
  });

  test('a name without letters or digits gets the fallback slug', () => {
    expect(slugify('🇺🇦')).toBe('party');
    expect(slugify('!!!')).toBe('party');
  });
});

describe('party identity', () => {
  test('case and spacing do not make another name; letters do', () => {
    expect(partyNameKey('  JAPAN\u00a0 ')).toBe(partyNameKey('japan'));
    expect(partyNameKey('ΟΔΟΣ')).toBe(partyNameKey('οδοσ'));
    expect(partyNameKey('Côte')).not.toBe(partyNameKey('Cote'));
    expect(partyNameKey('中国')).not.toBe(partyNameKey('日本'));
  });
});

describe('slug filters', () => {
  test('accept slugs in any script and with a suffix', () => {
    expect(
      parseFilters(new URLSearchParams('donor=україна&donor=日本&recipient=cote-d-ivoire-2')),
    ).toMatchObject({
      filters: { donor: ['україна', '日本'], recipient: ['cote-d-ivoire-2'] },
      problems: [],
    });
  });

  test.each(['<script>', 'Japan', 'a b', '%20', '-japan', 'japan-', 'é', "o'neil"])('refuse %j', (value) => {
    const { filters, problems } = parseFilters(new URLSearchParams({ donor: value }));
    expect(filters.donor).toEqual([]);
    expect(problems[0]).toMatch(/is not a party slug/);
    expect(isSlug(value)).toBe(false);
  });
});
