import { describe, test, expect } from 'vitest';
import fc from 'fast-check';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { useTempDatabase, tempDir } from '../support/temp-db';
import { useTestDatabase } from '../support/engine';
import { closeDatabase } from '../../db/connection';
import { generateSynthetic } from '../../db/fixtures/synthetic.sqlite';
import { ARTICLE_PLEDGES, seedIfEmpty } from '../../db/fixtures/seed';
import { importPledgesFile } from '../../db/csv-import/import';
import { PLEDGE_COLUMNS } from '../../lib/csv/columns';
import { exportToFile } from '../support/csv-round-trip';
import { HEAVY_TEST_MS } from '../support/wait';

/** The file with ids set aside: a row's id and parent_id become external ids, updated_at is dropped. */
function withoutIds(text: string): string[][] {
  const [header, ...rows] = parse(text, { relax_column_count: false }) as string[][];
  const at = (name: string) => header.indexOf(name);
  const external = new Map(rows.map((r) => [r[at('id')], r[at('external_id')]]));
  return rows.map((r) =>
    r.map((cell, i) => {
      if (i === at('id')) return external.get(cell)!;
      if (i === at('parent_id')) return cell && `parent:${external.get(cell)}`;
      return i === at('updated_at') ? '' : cell;
    }),
  );
}

describe('export → import into an empty database → export', () => {
  // The synthetic generator writes SQLite files (db/fixtures/synthetic.sqlite.ts): each file is
  // exported from one and imported into a database of the test engine, then exported from that.
  test(
    'gives the same file, ids aside, for any synthetic data',
    async () => {
      const dir = tempDir('csv-round-trip-');
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 1, max: 1_000_000 }),
          fc.integer({ min: 1, max: 400 }),
          async (seed, count) => {
            await closeDatabase();
            useTempDatabase();
            generateSynthetic({ count, seed });
            const file = path.join(dir, `${seed}-${count}.csv`);
            const first = await exportToFile(file);
            await closeDatabase();
            await useTestDatabase();
            const report = await importPledgesFile(file);
            expect(report.errors).toEqual([]);
            const second = await exportToFile(`${file}.again`);
            expect(withoutIds(second)).toEqual(withoutIds(first));
            expect(second.split('\r\n')[0]).toBe(PLEDGE_COLUMNS.join(','));
          },
        ),
        { numRuns: 12 },
      );
      await closeDatabase();
    },
    HEAVY_TEST_MS,
  );
});

describe('the seeded articles through export and import', () => {
  test('a print-only source keeps its title and date', async () => {
    await closeDatabase();
    await useTestDatabase();
    await seedIfEmpty();
    const file = path.join(tempDir('csv-round-trip-seed-'), 'seed.csv');
    const first = await exportToFile(file);
    const [header, drone] = parse(first) as string[][];
    const cell = (name: string) => drone[header.indexOf(name)];
    expect(cell('source_titles')).toBe(
      'Tokyo’s commitment to Ukraine underscored by FM’s surprise visit to Kyiv',
    );
    expect(cell('source_published_on')).toBe('2024-01-07');
    await closeDatabase();
    await useTestDatabase();
    const report = await importPledgesFile(file);
    expect(report.errors).toEqual([]);
    expect(report.created).toBe(ARTICLE_PLEDGES.length);
    expect(withoutIds(await exportToFile(`${file}.again`))).toEqual(withoutIds(first));
    await closeDatabase();
  });
});
