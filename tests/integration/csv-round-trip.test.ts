import { describe, test, expect } from 'vitest';
import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { useTempDatabase, tempDir } from '../support/temp-db';
import { useTestDatabase } from '../support/engine';
import { closeDatabase } from '../../db/connection';
import { generateSynthetic } from '../../db/fixtures/synthetic.sqlite';
import { ARTICLE_PLEDGES, seedIfEmpty } from '../../db/fixtures/seed';
import { pledgeExportRecords } from '../../db/csv-export/plan';
import { importPledgesFile } from '../../db/csv-import/import';
import { createPledge, getPledge } from '../../db/pledges';
import { csvStream } from '../../app/export/[file]/csv-stream';
import { PLEDGE_COLUMNS } from '../../lib/csv/columns';
import { EMPTY_FILTERS } from '../../lib/filters';

async function exportToFile(file: string): Promise<string> {
  const text = await new Response(
    csvStream(PLEDGE_COLUMNS, pledgeExportRecords(EMPTY_FILTERS), false),
  ).text();
  fs.writeFileSync(file, text);
  return text;
}

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
  test('gives the same file, ids aside, for any synthetic data', async () => {
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
  });
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

describe('stage dates and periods through export and re-import', () => {
  const base = {
    donor: 'Japan',
    recipient: 'Ukraine',
    category: 'financial',
    amount: '1000000',
    currency: 'USD',
    announcedOn: '2024-01-07',
    sources: [{ publisher: 'MOFA', title: 'Statement' }],
  };
  const actor = { id: null, label: 'test' };

  async function datedPledges() {
    await closeDatabase();
    await useTestDatabase();
    return [
      await createPledge(
        {
          ...base,
          title: 'Disbursed by day',
          stage: 'disbursed',
          committedOn: '2024-01-07',
          allocatedOn: '2024-02',
          disbursedOn: '2024-06-30',
        },
        actor,
      ),
      await createPledge({ ...base, title: 'Disbursed, date unknown', stage: 'disbursed' }, actor),
      await createPledge(
        {
          ...base,
          title: 'Over three fiscal years',
          stage: 'committed',
          committedOn: '2024',
          periodStart: '2024-04',
          periodEnd: '2027-03',
        },
        actor,
      ),
      await createPledge(
        {
          ...base,
          title: 'Withdrawn',
          stage: 'cancelled',
          committedOn: '2024-02-01',
          cancelledOn: '2024-09',
        },
        actor,
      ),
    ];
  }

  test('the file carries each date at its precision', async () => {
    await datedPledges();
    const [header, ...rows] = parse(
      await exportToFile(path.join(tempDir('csv-dates-'), 'dated.csv')),
    ) as string[][];
    const cols = [
      'stage',
      'committed_on',
      'allocated_on',
      'disbursed_on',
      'cancelled_on',
      'period_start',
      'period_end',
    ];
    expect(rows.map((r) => cols.map((c) => r[header.indexOf(c)]))).toEqual([
      ['disbursed', '2024-01-07', '2024-02', '2024-06-30', '', '', ''],
      ['disbursed', '', '', '', '', '', ''],
      ['committed', '2024', '', '', '', '2024-04', '2027-03'],
      ['cancelled', '2024-02-01', '', '', '2024-09', '', ''],
    ]);
    await closeDatabase();
  });

  test('re-importing the exported file changes nothing: no update, no new version, the same file again', async () => {
    const created = await datedPledges();
    const file = path.join(tempDir('csv-dates-'), 'dated.csv');
    const first = await exportToFile(file);
    const report = await importPledgesFile(file);
    expect(report.errors).toEqual([]);
    expect({ created: report.created, updated: report.updated, unchanged: report.unchanged }).toEqual({
      created: 0,
      updated: 0,
      unchanged: created.length,
    });
    for (const p of created) expect((await getPledge(p.id))?.version).toBe(1);
    expect(await exportToFile(`${file}.again`)).toBe(first);
    await closeDatabase();
  });

  test('an import that changes a stage date records it in the history', async () => {
    const [dated] = await datedPledges();
    const file = path.join(tempDir('csv-dates-'), 'moved.csv');
    fs.writeFileSync(
      file,
      `id,donor,recipient,title,category,stage,disbursed_on\r\n${dated.id},Japan,Ukraine,Disbursed by day,financial,disbursed,2024-07\r\n`,
    );
    const report = await importPledgesFile(file);
    expect(report.errors).toEqual([]);
    const after = (await getPledge(dated.id))!;
    expect([after.disbursedOn, after.disbursedPrecision, after.allocatedOn]).toEqual([
      '2024-07-01',
      'month',
      '2024-02-01',
    ]);
    expect(after.revisions.at(-1)?.changes).toEqual({ disbursedOn: ['2024-06-30', '2024-07'] });
    await closeDatabase();
  });
});
