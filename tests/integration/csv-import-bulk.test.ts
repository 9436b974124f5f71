// The bulk-load shortcuts keep every rule: into an empty table the import drops the plain
// secondary indexes on SQLite and recreates them from their own definitions before committing (a
// rolled-back run gets them back untouched), and on either engine a pledge the batched writer
// created has the revision the per-row verb records.
import { describe, test, expect, beforeAll } from 'vitest';
import { eq } from 'drizzle-orm';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from '../support/temp-db';
import { describeSqliteOnly, useTestDatabase } from '../support/engine';
import { getSqlite } from '../../db/sqlite/client';
import { one, read, writeTransaction } from '../../db/connection';
import { pledges } from '../../db/tables';
import { seedFxRates } from '../../db/fx';
import { importPledgesFile } from '../../db/csv-import/import';
import { getPledge } from '../../db/pledges/read';
import { diffSnapshots } from '../../db/pledges/revisions';
import { createPledge, snapshot } from '../../db/pledges/writes';
import { upsertSource } from '../../db/pledges/sources';

const dir = tempDir('csv-bulk-');
const header =
  'external_id,donor,recipient,title,category,stage,amount,currency,announced_on,source_urls,source_publishers,source_quotes';
const row = (ext: string, amount = '1250000.50', currency = 'EUR') =>
  `${ext},Japan,Ukraine,Generators ${ext},humanitarian,committed,${amount},${currency},2024-01-07,https://example.org/${ext},NHK,We pledge.`;
function file(name: string, rows: string[]): string {
  const target = path.join(dir, name);
  fs.writeFileSync(target, [header, ...rows, ''].join('\n'));
  return target;
}
const pledgeByExternalId = (externalId: string) =>
  read((db) => one(db.select().from(pledges).where(eq(pledges.externalId, externalId))));
const indexes = () =>
  getSqlite()
    .prepare(`select name, tbl_name, sql from sqlite_master where type = 'index' order by name`)
    .all();

beforeAll(async () => {
  await useTestDatabase();
  await writeTransaction((tx) => seedFxRates(tx));
});

describeSqliteOnly('bulk import into an empty database (SQLite only)', () => {
  test('a dry run and a refused file leave every index as the migrations made it', async () => {
    const before = indexes();
    expect(before.length).toBeGreaterThan(5);
    expect(
      await importPledgesFile(file('dry.csv', [row('d-1'), row('d-2')]), { dryRun: true }),
    ).toMatchObject({ ok: true, created: 2 });
    expect(indexes()).toEqual(before);
    expect(await importPledgesFile(file('bad.csv', [row('b-1'), row('b-2', '-5')]))).toMatchObject({
      ok: false,
      errorCount: 1,
    });
    expect(indexes()).toEqual(before);
  });

  test('a committed import recreates the same indexes, and each revision matches the per-row verb', async () => {
    const before = indexes();
    const report = await importPledgesFile(
      file('real.csv', [row('r-1'), row('r-2', '1e3'), row('r-3', '4000', 'JPY')]),
    );
    expect(report).toMatchObject({ ok: false });
    const fine = await importPledgesFile(file('fine.csv', [row('r-1'), row('r-3', '4000', 'JPY')]));
    expect(fine).toMatchObject({ ok: true, created: 2 });
    expect(indexes()).toEqual(before);
    expect(getSqlite().pragma('integrity_check', { simple: true })).toBe('ok');
    for (const ext of ['r-1', 'r-3']) {
      const pledge = (await getPledge((await pledgeByExternalId(ext))!.id))!;
      expect(pledge.revisions).toHaveLength(1);
      expect(pledge.revisions[0].changes).toEqual(diffSnapshots(null, snapshot(pledge)));
    }
    // The recreated indexes serve queries again (the planner picks the external_id and donor ones).
    const plan = getSqlite()
      .prepare('explain query plan select id from pledges where donor_id = 1 order by announced_on')
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('pledges_donor_idx');
  });
});

describe('revisions of the batched creates', () => {
  test('the revision prepared from the file gives way wherever the stored pledge says otherwise', async () => {
    // A document already on record whose publisher the row leaves empty: the pledge shows the stored one.
    await writeTransaction((tx) =>
      upsertSource(
        tx,
        { url: 'https://example.org/known', publisher: 'Kyodo' },
        { actor: { id: null, label: 'test' }, reason: 'test', pledgeId: null },
      ),
    );
    const head =
      'external_id,donor,recipient,title,category,stage,amount,currency,announced_on,source_urls,source_publishers,source_quotes,parent_id';
    const lines = [
      'p-2,Japan,Ukraine,Tranche,humanitarian,disbursed,500,USD,2024-02-01,https://example.org/p-2,NHK,Paid.,ext:p-1',
      'p-1,Japan,Ukraine,Package,humanitarian,committed,1000,USD,2024-01-01,https://example.org/p-1,NHK,Pledged.,',
      'p-3,Japan,Ukraine,Print only,other,announced,,,2024-01-02,,Yomiuri,In print.,',
      'p-4,Japan,Ukraine,Twice,other,announced,7,USD,2024-01-03,https://example.org/p-4 | https://example.org/p-4,NHK | NHK,First. | Second.,',
      'p-5,Japan,Ukraine,Known,other,announced,9,USD,2024-01-04,https://example.org/known,,Said.,',
      'p-6,Japan,Ukraine,Plain,military,committed,"37,000,000",USD,2024-01-05,https://example.org/p-6,,Said.,',
    ];
    const target = path.join(dir, 'shapes.csv');
    fs.writeFileSync(target, [head, ...lines, ''].join('\n'));
    expect(await importPledgesFile(target)).toMatchObject({ ok: true, created: 6 });
    const shown = async (ext: string) => (await getPledge((await pledgeByExternalId(ext))!.id))!;
    expect((await shown('p-2')).parentId).toBe((await shown('p-1')).id);
    expect((await shown('p-4')).sources.map((s) => s.quote)).toEqual(['First.']);
    expect((await shown('p-5')).sources[0].publisher).toBe('Kyodo');
    for (const ext of ['p-1', 'p-2', 'p-3', 'p-4', 'p-5', 'p-6']) {
      const pledge = await shown(ext);
      expect(pledge.revisions[0].changes, ext).toEqual(diffSnapshots(null, snapshot(pledge)));
    }
  });

  test('a pledge created after an import gets an id of its own, past the imported ones', async () => {
    const report = await importPledgesFile(file('ids.csv', [row('i-1'), row('i-2')]));
    expect(report).toMatchObject({ ok: true, created: 2 });
    const imported = await Promise.all(
      ['i-1', 'i-2'].map(async (ext) => (await pledgeByExternalId(ext))!.id),
    );
    const later = await createPledge(
      {
        donor: 'Japan',
        recipient: 'Ukraine',
        title: 'Entered by hand',
        category: 'other',
        stage: 'announced',
        datePrecision: 'unknown',
        sources: [{ publisher: 'NHK', title: 'Report' }],
      },
      { id: null, label: 'test' },
    );
    expect(later.id).toBeGreaterThan(Math.max(...imported));
  });
});
