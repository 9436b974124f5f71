// The pledge download streams on either engine: retained memory stays flat however many rows have
// gone out, and every unretracted pledge leaves once, in id order.
import { describe, test, expect, beforeAll } from 'vitest';
import v8 from 'node:v8';
import vm from 'node:vm';
import { useTestDatabase } from '../support/engine';
import { writeEngineFixture, FIXTURE_PLEDGES } from './engine-fixture';
import { writeTransaction } from '../../db/connection';
import { pledges } from '../../db/tables';
import { GET } from '../../app/export/[file]/route';

const ROWS = 60_000;
const FIRST = 1_000;

beforeAll(async () => {
  await useTestDatabase();
  await writeEngineFixture();
  const template = FIXTURE_PLEDGES[4]; // a description with a newline and quotes, and a neutralised title
  await writeTransaction(async (tx) => {
    for (let lo = 0; lo < ROWS; lo += 500) {
      const batch = Array.from({ length: Math.min(500, ROWS - lo) }, (_, i) => ({
        ...template,
        id: FIRST + lo + i,
        title: `${template.title} ${lo + i}`,
      }));
      await tx.insert(pledges).values(batch as (typeof pledges.$inferInsert)[]);
    }
  });
}, 120_000);

describe('the pledge download streams', () => {
  test('memory stays flat and each record leaves once, in id order', async () => {
    const res = await GET(new Request('http://localhost/export/pledges.csv'), {
      params: Promise.resolve({ file: 'pledges.csv' }),
    });
    const reader = res.body!.getReader();
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    gc();
    const base = process.memoryUsage().heapUsed;
    let peak = 0;
    let chunks = 0;
    let rest = '';
    const ids: number[] = [];
    const decoder = new TextDecoder();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      // Records start after CRLF with their id; the description's bare LF never does.
      const text = rest + decoder.decode(chunk.value, { stream: true });
      const records = text.split('\r\n');
      rest = records.pop()!;
      for (const r of records) if (/^\d+,/.test(r)) ids.push(Number(r.slice(0, r.indexOf(','))));
      if (++chunks % 20 === 0) {
        gc();
        peak = Math.max(peak, process.memoryUsage().heapUsed - base);
      }
    }
    expect(ids).toHaveLength(8 + ROWS);
    expect(ids.every((id, i) => i === 0 || id > ids[i - 1])).toBe(true);
    expect(peak).toBeLessThan(16 * 1024 * 1024);
  });
});
