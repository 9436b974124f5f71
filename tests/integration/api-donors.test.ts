// GET /api/v1/donors and the group filter over HTTP: bad parameters refused by name, nothing widened;
// the group filter narrows the other reads too; the endpoint is in the OpenAPI document.
import { describe, test, expect, beforeAll, afterAll } from 'vitest';
import type { RunningServer } from '../support/server';
import { startApiServer, call, expectErrorShape } from './api-support';
import { createPledge } from '../../db/pledges/writes';

let server: RunningServer;
let base: string;
const who = { id: null, label: 'test' };
const item = (donor: string, amount: string) => ({
  donor,
  recipient: 'Ukraine',
  title: `${donor} aid`,
  category: 'military',
  stage: 'committed',
  currency: 'USD',
  amount,
  announcedOn: '2024-02-01',
  sources: [{ title: 'Statement', publisher: 'Ministry' }],
});

beforeAll(async () => {
  server = await startApiServer();
  base = server.url;
  await createPledge(item('Sweden', '40000000'), who);
  await createPledge(item('Canada', '90000000'), who);
});
afterAll(async () => {
  await server?.stop();
});

describe('GET /api/v1/donors', () => {
  test('each bad ranking parameter is a 400 naming it, with the values it takes', async () => {
    for (const [query, field, words] of [
      ['measure=pledged', 'measure', 'measure "pledged" is not one of committed, allocated, disbursed'],
      ['gdpYear=21', 'gdpYear', 'gdpYear "21" is not a year from 1960 on (YYYY)'],
      [
        'sort=gdp',
        'sort',
        'sort "gdp" is not one of committed, allocated, disbursed, pctGdp, perCapita, share, name',
      ],
      ['group=brics', 'group', 'group "brics" is not a peer group; use one of g7, eu, nato, nordic, g20'],
      ['groups=g7', 'groups', 'is not a parameter of this endpoint'],
    ] as const) {
      const res = await call(base, 'GET', `/api/v1/donors?${query}`);
      expect(res.status, query).toBe(400);
      expectErrorShape(res.json);
      expect(res.json.error.fields[field].join(' '), query).toContain(words);
    }
  });

  test('a fixed GDP year and a group: every figure names its year, members only', async () => {
    const res = await call(base, 'GET', '/api/v1/donors?gdpYear=2021&group=nordic');
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ gdpYear: 2021, credit: 'World Bank, World Development Indicators' });
    expect(res.json.donors.map((d: { slug: string }) => d.slug)).toEqual(['sweden']);
    expect(res.json.donors[0]).toMatchObject({
      iso3: 'SWE',
      committed: '40000000',
      gdpYears: [2021],
      populationYears: [2021],
    });
    expect(res.json.groups).toEqual([
      expect.objectContaining({ id: 'nordic', committed: '40000000', memberCount: 1, gdpYears: [2021] }),
    ]);
  });

  test('group= narrows the summary and the pledge list as it narrows the ranking', async () => {
    const g7 = await call(base, 'GET', '/api/v1/summary?group=g7');
    expect(g7.status).toBe(200);
    // The seeded Japan is a G7 member too; Sweden is not.
    expect([...new Set(g7.json.rows.map((r: { donor: string }) => r.donor))].sort()).toEqual([
      'canada',
      'japan',
    ]);
    const nordic = await call(base, 'GET', '/api/v1/pledges?group=nordic');
    expect(nordic.json.data.map((p: { title: string }) => p.title)).toEqual(['Sweden aid']);
  });

  test('the OpenAPI document describes it, its parameters and its rows', async () => {
    const doc = (await call(base, 'GET', '/api/v1/openapi.json')).json;
    const names = doc.paths['/api/v1/donors'].get.parameters.map((p: { name: string }) => p.name);
    expect(names).toEqual(expect.arrayContaining(['group', 'measure', 'gdpYear', 'sort', 'dir', 'currency']));
    expect(Object.keys(doc.components.schemas.Donors.properties)).toEqual(
      expect.arrayContaining(['donors', 'groups', 'credit', 'gdpYear']),
    );
  });
});
