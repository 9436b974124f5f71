// Stage dates and periods through export and re-import: each at its precision, an unchanged file
// changes nothing, a changed date is in the history.
import { describe, test, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { tempDir } from '../support/temp-db';
import { useTestDatabase } from '../support/engine';
import { closeDatabase } from '../../db/connection';
import { importPledgesFile } from '../../db/csv-import/import';
import { createPledge, getPledge } from '../../db/pledges';
import { exportToFile } from '../support/csv-round-trip';

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
