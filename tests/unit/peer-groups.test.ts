import { describe, test, expect } from 'vitest';
import { PEER_GROUPS, PEER_GROUP_IDS } from '../../lib/peer-groups';
import { countryFigures, iso3ForName } from '../../db/world-bank';
import { EMPTY_FILTERS, filtersKey, filtersToSearchParams, parseFilters } from '../../lib/filters';
import { describeFilters } from '../../lib/filter-summary';

describe('peer groups', () => {
  test('every member is a country the World Bank files hold GDP and population for', () => {
    const figures = countryFigures();
    const missing = PEER_GROUPS.flatMap((g) =>
      g.members
        .filter((c) => !figures.has('gdp', c) || !figures.has('population', c))
        .map((c) => `${g.id}:${c}`),
    );
    expect(missing).toEqual([]);
  });

  test('every id the filter accepts has its group, and every group its id', () => {
    expect(PEER_GROUPS.map((g) => g.id)).toEqual([...PEER_GROUP_IDS]);
  });

  test('member counts as of their dates: G7 7, EU 27, NATO 32, Nordic 5, G20 19 countries', () => {
    expect(Object.fromEntries(PEER_GROUPS.map((g) => [g.id, new Set(g.members).size]))).toEqual({
      g7: 7,
      eu: 27,
      nato: 32,
      nordic: 5,
      g20: 19,
    });
  });

  test('aggregates are never a party\'s code: "European Union" and "World" name no country', () => {
    expect(iso3ForName('European Union')).toBeNull();
    expect(iso3ForName('World')).toBeNull();
    expect(iso3ForName('Korea, Rep.')).toBe('KOR');
  });

  test('group= is read in any case, written back, keyed apart; an unknown one is named and dropped', () => {
    const { filters, problems } = parseFilters(new URLSearchParams('group=G7'));
    expect(filters.group).toBe('g7');
    expect(problems).toEqual([]);
    expect(filtersToSearchParams(filters).toString()).toBe('group=g7');
    expect(filtersKey(filters)).not.toBe(filtersKey(EMPTY_FILTERS));
    const bad = parseFilters(new URLSearchParams('group=g8&category=military'));
    expect(bad.filters).toEqual({ ...EMPTY_FILTERS, category: ['military'] });
    expect(bad.problems).toEqual([
      'group "g8" is not a peer group; use one of g7, eu, nato, nordic, g20; ignored',
    ]);
  });

  test('a chart saved under a group filter says which group it shows', () => {
    expect(describeFilters({ ...EMPTY_FILTERS, group: 'nordic' }, (s) => s)).toEqual({
      title: 'Nordic countries donors → all recipients, USD',
      fileSuffix: 'nordic-countries-donors-usd',
    });
  });
});
