// The record as of a past day, rebuilt from the revisions (db/as-of/pledges-at.ts), on a real database:
// every column of every pledge as it really stood at the end of each of three days, and the totals
// counted over it by the same rules as today's.
import { describe, test, expect, beforeAll } from 'vitest';
import { useTestDatabase } from '../support/engine';
import { DAYS, writeThreeDays, type Stood } from '../support/as-of-history';
import { listPledges } from '../../db/pledges/list';
import { getTotals } from '../../db/totals/totals';
import { resolveAsOf } from '../../db/as-of';
import { EMPTY_FILTERS } from '../../lib/filters';

let stood: Stood;
// Dated back by the test, so they differ from the rows read while the history was written.
const REDATED = ['createdAt', 'updatedAt', 'created_at', 'updated_at'];

const asOf = async (day: string) => ({ ...EMPTY_FILTERS, asOf: await resolveAsOf(day) });

/** A stored row (snake_case from the raw read) in the verbs' camelCase keys, booleans as booleans. */
const camel = (row: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(row)
      .filter(([k]) => !REDATED.includes(k))
      .map(([k, v]) => [
        k.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase()),
        k === 'is_lower_bound' ? !!v : v == null ? null : k === 'fx_rate' ? Number(v) : v,
      ]),
  );

beforeAll(async () => {
  const url = await useTestDatabase();
  ({ stood } = await writeThreeDays(url));
});

describe('the record as of a past day', () => {
  test.each(DAYS)('every pledge as of %s has every column it had that day', async (day) => {
    const list = await listPledges(await asOf(day), { includeRetracted: true, pageSize: 500, sort: 'title' });
    const rebuilt = Object.fromEntries(
      list.rows.map(({ donor: _d, recipient: _r, value: _v, sourceCount: _s, ...row }) => [
        row.id,
        camel(row as Record<string, unknown>),
      ]),
    );
    const expected = Object.fromEntries(Object.entries(stood[day]).map(([id, row]) => [id, camel(row)]));
    expect(rebuilt).toEqual(expected);
  });

  test('before the first day the record is empty', async () => {
    expect((await getTotals(await asOf('2025-03-09'))).itemCount).toBe(0);
  });

  test('the totals as of each day count that day’s record', async () => {
    const figures = [];
    for (const day of DAYS) {
      const t = await getTotals(await asOf(day));
      figures.push([t.committed, t.disbursed, t.announced, t.retractedCount]);
    }
    expect(figures).toEqual([
      [10_000, 0, 4_000, 0],
      [15_000 + 625_000, 15_000, 0, 1], // ¥1,000,000 at 160 yen to the dollar
      [12_000, 12_000, 4_000, 1],
    ]);
  });

  test('without asOf the totals are today’s', async () => {
    expect(await getTotals(EMPTY_FILTERS)).toEqual(await getTotals(await asOf(DAYS[2])));
  });
});
