// A pledge download is one state of the data on either engine: what is written after the export
// opened (SQLite's snapshot, PostgreSQL's REPEATABLE READ transaction) is not in it.
import { describe, test, expect, beforeAll } from 'vitest';
import { eq } from 'drizzle-orm';
import { useTestDatabase } from '../support/engine';
import { writeEngineFixture, FIXTURE_PLEDGES } from './engine-fixture';
import { writeTransaction } from '../../db/connection';
import { pledges } from '../../db/tables';
import { GET } from '../../app/export/[file]/route';

const open = () =>
  GET(new Request('http://localhost/export/pledges.csv'), {
    params: Promise.resolve({ file: 'pledges.csv' }),
  });

const copyOf = (id: number, title: string) =>
  ({ ...FIXTURE_PLEDGES[2], id, title }) as typeof pledges.$inferInsert;

beforeAll(async () => {
  await useTestDatabase();
  await writeEngineFixture();
  // A second range of ids (db/csv-export/csv-bytes.ts RANGE_IDS), read after the write below.
  await writeTransaction(async (tx) => {
    await tx.insert(pledges).values([copyOf(300, 'Second range'), copyOf(301, 'Second range too')]);
  });
});

describe('the pledge export reads one snapshot', () => {
  test('a pledge added and a title changed while the file streams are not in it', async () => {
    const before = await (await open()).text();
    const reader = (await open()).body!.getReader();
    // The header; the stream has asked for the first range of ids, not yet for the second.
    const chunks: Uint8Array[] = [(await reader.read()).value!];
    await writeTransaction(async (tx) => {
      await tx.insert(pledges).values(copyOf(302, 'Written during the download'));
      await tx.update(pledges).set({ title: 'Renamed during the download' }).where(eq(pledges.id, 301));
    });
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) chunks.push(chunk.value);
    expect(Buffer.concat(chunks).toString('utf8')).toBe(before);
    const after = await (await open()).text();
    expect(after).toContain('Written during the download');
    expect(after).toContain('Renamed during the download');
  });

  test('each download hands its connection back, read to the end or cancelled part-way', async () => {
    // More downloads than PostgreSQL's pool holds (db/postgres/client.ts): one kept would stall the rest.
    for (let i = 0; i < 12; i++) {
      const res = await open();
      if (i % 2 === 0) expect(await res.text()).toContain('Second range');
      else await res.body!.cancel();
    }
  });
});
