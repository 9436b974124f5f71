// /export/years.csv and /api/v1/years carry the /years figures (years-fixture.ts), byte for byte
// and field for field on either engine; the API refuses a bad `basis` by name.
import { describe, test, expect, beforeAll } from 'vitest';
import { useTestDatabase } from '../support/engine';
import { writeYearsFixture } from './years-fixture';
import { GET as yearsCsv } from '../../app/export/years.csv/route';
import { GET as yearsApi } from '../../app/api/v1/years/route';
import { buildOpenApiDocument } from '../../lib/api/openapi';

const context = { params: Promise.resolve({}) };
const api = async (query: string) => {
  const res = await yearsApi(new Request(`http://localhost/api/v1/years${query}`), context);
  return { status: res.status, json: await res.json() };
};

beforeAll(async () => {
  await useTestDatabase();
  await writeYearsFixture();
});

describe('the years export and API', () => {
  test('years.csv: a record per year in major units, then the pledges in no year', async () => {
    const res = await yearsCsv(new Request('http://localhost/export/years.csv?basis=calendar'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/filename="years-\d{4}-\d{2}-\d{2}\.csv"/);
    expect(await res.text()).toBe(
      [
        'year,label,span,basis,currency,committed,allocated,disbursed,announced,cancelled,item_count,unquantified_count,spread_count',
        '2023,2023,Jan – Dec 2023,calendar,USD,1000.05,300,0,0,0,3,0,0',
        '2024,2024,Jan – Dec 2024,calendar,USD,1376.01,56,56,0,0,6,1,2',
        '2025,2025,Jan – Dec 2025,calendar,USD,339.33,6,6,0,0,2,0,2',
        '2026,2026,Jan – Dec 2026,calendar,USD,333.33,0,0,0,0,1,0,1',
        '2027,2027,Jan – Dec 2027,calendar,USD,83.33,0,0,0,0,1,0,1',
        ',without a year,,calendar,USD,1000,0,0,0,0,1,0,0',
        ',only a calendar year (fiscal year unknown),,calendar,USD,0,0,0,0,0,0,0,0',
        '',
      ].join('\r\n'),
    );
  });

  test("the API's years: the same figures in minor units, with labels, spread pledges and fiscal donors", async () => {
    const { status, json } = await api('?donor=japan');
    expect(status).toBe(200);
    expect(
      json.years.map((y: { label: string; totals: { committedMinor: number } }) => [
        y.label,
        y.totals.committedMinor,
      ]),
    ).toEqual([
      ['FY2023', 105_000],
      ['FY2024', 33_334],
      ['FY2025', 33_333],
      ['FY2026', 33_333],
    ]);
    expect(json.years[1]).toMatchObject({ span: 'Apr 2024 – Mar 2025', spreadCount: 1 });
    expect(json.withoutYear.committedMinor).toBe(100_000);
    expect(json.calendarYearOnly).toMatchObject({ committedMinor: 7_000, itemCount: 1 });
    expect(json.spread).toEqual([
      {
        id: 20,
        title: 'Three-year grant',
        donorName: 'Japan',
        label: 'spread over FY2024–2026, an estimate',
        years: [2024, 2025, 2026],
      },
    ]);
    expect(json.fiscalDonors).toEqual([{ slug: 'japan', name: 'Japan', startMonth: 4 }]);
  });

  test('a basis that is not one of fiscal, calendar is refused by name', async () => {
    const { status, json } = await api('?basis=lunar');
    expect(status).toBe(400);
    expect(json.error.message).toContain('basis');
  });

  test('the OpenAPI document describes the endpoint and its response', () => {
    const doc = buildOpenApiDocument() as {
      paths: Record<string, { get: { parameters: { name: string }[] } }>;
      components: { schemas: Record<string, unknown> };
    };
    expect(doc.paths['/api/v1/years'].get.parameters.map((p) => p.name)).toContain('basis');
    expect(doc.components.schemas).toHaveProperty('Years');
  });
});
