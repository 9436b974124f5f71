import { describe, test, expect, beforeAll } from 'vitest';
import { count, file, good, header, pledgeByExternalId } from '../support/csv-import-files';
import { useTestDatabase } from '../support/engine';
import { writeTransaction } from '../../db/connection';
import { seedFxRates } from '../../db/fx';
import { importPledgesFile } from '../../db/csv-import/import';
import { getPledge } from '../../db/pledges/read';
import { listRecentRevisions } from '../../db/pledges/revisions';
import { getDataVersion } from '../../db/meta';

// Revisions are never deleted and their ids only grow: an unchanged newest id means none was added.
const newestRevision = async () => (await listRecentRevisions(1))[0]?.id ?? 0;

beforeAll(async () => {
  await useTestDatabase();
  await writeTransaction((tx) => seedFxRates(tx));
});

describe('importPledgesFile', () => {
  test('creates pledges with parents named by ext: in the same file, even further down', async () => {
    const report = await importPledgesFile(
      file([header, good('c-2', 'ext:c-1'), good('c-1'), ''].join('\n')),
    );
    expect(report).toMatchObject({ ok: true, created: 2, errorCount: 0 });
    const child = (await pledgeByExternalId('c-2'))!;
    expect(child.parentId).toBe((await pledgeByExternalId('c-1'))!.id);
    expect((await getPledge(child.id))!.revisions[0]).toMatchObject({
      action: 'create',
      actorLabel: 'CSV import',
    });
    expect(child.amount).toBe(3_700_000_000);
  });

  test('a file with one bad row writes nothing and names every bad row, line and column', async () => {
    const before = {
      pledges: await count(),
      revisions: await newestRevision(),
      version: (await getDataVersion()).version,
    };
    const report = await importPledgesFile(
      file(
        [
          header,
          good('d-1'),
          good('d-2').replace('military', 'naval'),
          good('d-3').replace('"37,000,000"', '-5'),
          good('d-4', '999999'),
        ].join('\r\n'),
      ),
    );
    expect(report.ok).toBe(false);
    expect(report.errors).toEqual([
      { line: 3, column: 'category', message: expect.stringContaining('Category must be one of military') },
      { line: 4, column: 'amount', message: 'Amount must not be negative' },
      {
        line: 5,
        column: 'parent_id',
        message: 'parent_id 999999 is neither a stored pledge nor the id of a row in this file',
      },
    ]);
    expect({
      pledges: await count(),
      revisions: await newestRevision(),
      version: (await getDataVersion()).version,
    }).toEqual(before);
  });

  test('a dry run reports what it would do and writes nothing', async () => {
    const before = await count();
    const report = await importPledgesFile(file([header, good('e-1'), good('e-2')].join('\n')), {
      dryRun: true,
    });
    expect(report).toMatchObject({ ok: true, dryRun: true, created: 2 });
    expect(await count()).toBe(before);
  });

  test('a row naming an id or external_id updates that pledge with a revision; an identical row changes nothing', async () => {
    const id = (await pledgeByExternalId('c-1'))!.id;
    const byId = `id,title,donor,recipient,category,stage,amount,currency,source_urls,source_quotes\n${id},Drone detection (revised),Japan,Ukraine,military,allocated,38000000,USD,https://example.org/c-1,We pledge.`;
    expect(await importPledgesFile(file(byId))).toMatchObject({ ok: true, updated: 1, created: 0 });
    const updated = (await getPledge(id))!;
    expect(updated).toMatchObject({
      title: 'Drone detection (revised)',
      stage: 'allocated',
      amount: 3_800_000_000,
      version: 2,
      externalId: 'c-1',
    });
    expect(updated.revisions.at(-1)!.changes.stage).toEqual(['committed', 'allocated']);
    expect(await importPledgesFile(file(byId))).toMatchObject({ ok: true, updated: 0, unchanged: 1 });
    const byExternalId = `${header}\n${good('c-1').replace('committed', 'disbursed')}`;
    expect(await importPledgesFile(file(byExternalId))).toMatchObject({ ok: true, updated: 1 });
    expect(await getPledge(id)).toMatchObject({
      stage: 'disbursed',
      title: 'Drone detection c-1',
      version: 3,
    });
  });

  test('tolerates a BOM, CRLF, quoted newlines, columns in another order, extra columns and blank lines', async () => {
    const content =
      '\uFEFFnotes,stage,category,title,recipient,donor,amount,currency,announced_on,source_urls,source_quotes,external_id\r\n' +
      'ignored,announced,humanitarian,"Winter\r\ngenerators",Ukraine,Japan,1000000.50,USD,2024-01-05,https://example.org/w,"Said ""yes"".",m-1\r\n' +
      '\r\n,,,,,,,,,,,\r\n\r\n';
    const report = await importPledgesFile(file(content));
    expect(report).toMatchObject({ ok: true, created: 1, rows: 1 });
    expect(report.warnings).toEqual(['columns ignored (not pledge columns): notes']);
    expect(await pledgeByExternalId('m-1')).toMatchObject({
      title: 'Winter\r\ngenerators',
      amount: 100_000_050,
    });
  });
});
