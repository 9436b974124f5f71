// The bulk import writes pledges by position (db/csv-import/writes.sqlite.ts); these pin its column list to the
// table in db/schema.ts, so a new or renamed column cannot be skipped or shifted silently.
import { describe, expect, test } from 'vitest';
import { getTableConfig } from 'drizzle-orm/sqlite-core';
import { INSERT_COLUMNS } from '@/db/csv-import/prepare';
import { pledges } from '@/db/schema';

const table = getTableConfig(pledges).columns;

describe('the import insert list', () => {
  test('every import insert column is a column of the pledges table', () => {
    const names = new Set(table.map((column) => column.name));
    expect(INSERT_COLUMNS.filter((name) => !names.has(name))).toEqual([]);
  });

  test('every required column without a default is written by the import (id aside)', () => {
    const required = table.filter((c) => c.notNull && !c.hasDefault && !c.primary).map((c) => c.name);
    expect(required.filter((name) => !INSERT_COLUMNS.includes(name))).toEqual([]);
  });
});
