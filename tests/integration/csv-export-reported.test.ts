// The summary and series downloads carry the reported totals' claims themselves (value and "more
// than"), not just how many there are, and the Excel file has a name of its own.
import { describe, test, expect, beforeAll } from 'vitest';
import { parse } from 'csv-parse/sync';
import { useTestDatabase } from '../support/engine';
import { ARTICLE_PLEDGES, seedIfEmpty } from '../../db/fixtures/seed';
import { GET } from '../../app/export/[file]/route';

const claim = ARTICLE_PLEDGES.find((p) => p.kind === 'reported_total')!;

async function download(name: string, query = ''): Promise<Response> {
  return GET(new Request(`http://localhost/export/${name}${query}`), {
    params: Promise.resolve({ file: name }),
  });
}
async function rows(name: string, query = ''): Promise<Record<string, string>[]> {
  return parse(await (await download(name, query)).text(), { columns: true, bom: true }) as Record<
    string,
    string
  >[];
}

beforeAll(async () => {
  await useTestDatabase();
  await seedIfEmpty();
});

describe('reported totals in the summary and series exports', () => {
  test('summary.csv gives the claim on its donor and category row, and no claim elsewhere', async () => {
    const summary = await rows('summary.csv');
    const own = summary.find((r) => r.donor === 'japan' && r.category === claim.category)!;
    expect(own).toMatchObject({
      reported_total: claim.amount,
      reported_is_lower_bound: 'true',
      reported_total_count: '1',
    });
    const others = summary.filter((r) => r !== own);
    expect(others.length).toBeGreaterThan(0);
    expect(others.map((r) => [r.reported_total, r.reported_is_lower_bound])).toEqual(
      others.map(() => ['', '']),
    );
  });

  test('series.csv carries the latest claim from its month on', async () => {
    const series = await rows('series.csv');
    const before = series.filter((r) => r.month < claim.announcedOn!.slice(0, 7));
    const after = series.filter((r) => r.month >= claim.announcedOn!.slice(0, 7));
    expect(after.map((r) => r.month)).toEqual(['2023-09', '2024-01']);
    expect(after.map((r) => [r.reported_total, r.reported_is_lower_bound])).toEqual([
      [claim.amount, 'true'],
      [claim.amount, 'true'],
    ]);
    expect(before.map((r) => r.reported_total)).toEqual(before.map(() => ''));
  });
});

describe('export file names', () => {
  test('the Excel (BOM) file is named apart from the plain one', async () => {
    for (const file of ['pledges', 'summary', 'series']) {
      const plain = (await download(`${file}.csv`, '?donor=japan')).headers.get('content-disposition')!;
      const excel = (await download(`${file}.csv`, '?donor=japan&bom=1')).headers.get('content-disposition')!;
      expect(plain).toMatch(new RegExp(`filename="${file}-japan-\\d{4}-\\d{2}-\\d{2}\\.csv"`));
      expect(excel).toMatch(new RegExp(`filename="${file}-japan-\\d{4}-\\d{2}-\\d{2}-excel\\.csv"`));
    }
  });
});
