// The SQLite schema (db/schema.ts) and the PostgreSQL one (db/postgres/schema.ts) must describe the
// same tables: a column, a CHECK or an index added to one and not the other fails here.
import { describe, expect, test } from 'vitest';
import { getTableConfig as sqliteTable, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import { getTableConfig as pgTable, type PgTable } from 'drizzle-orm/pg-core';
import { is, Table } from 'drizzle-orm';
import * as lite from '@/db/schema';
import * as pg from '@/db/postgres/schema';

/** What a column holds, in words both engines share. */
function valueType(column: { columnType: string }): string {
  const kinds: Record<string, string> = {
    SQLiteInteger: 'integer',
    SQLiteBoolean: 'boolean',
    SQLiteReal: 'float',
    SQLiteText: 'text',
    PgInteger: 'integer',
    PgBigInt53: 'integer',
    PgBoolean: 'boolean',
    PgDoublePrecision: 'float',
    PgText: 'text',
  };
  return kinds[column.columnType] ?? `unmapped ${column.columnType}`;
}

type Described = Record<
  string,
  { columns: string[]; indexes: string[]; checks: string[]; primaryKeys: string[] }
>;

function describeTables(
  tables: unknown[],
  config: (t: never) => ReturnType<typeof sqliteTable> | ReturnType<typeof pgTable>,
): Described {
  const out: Described = {};
  for (const table of tables) {
    const c = config(table as never);
    out[c.name] = {
      columns: c.columns
        .map(
          (col) =>
            `${col.name} ${valueType(col)}${col.notNull ? ' not null' : ''}${col.hasDefault ? ' default' : ''}${col.primary ? ' primary' : ''}`,
        )
        .sort(),
      indexes: c.indexes
        .map((i) => `${i.config.name}${i.config.unique ? ' unique' : ''}${i.config.where ? ' partial' : ''}`)
        .sort(),
      checks: c.checks.map((k) => k.name).sort(),
      primaryKeys: c.primaryKeys.map((k) => k.columns.map((col) => col.name).join(',')).sort(),
    };
  }
  return out;
}

const tablesOf = (module: Record<string, unknown>) => Object.values(module).filter((v) => is(v, Table));

describe("the two engines' schemas", () => {
  const sqlite = describeTables(tablesOf(lite) as SQLiteTable[], sqliteTable as never);
  const postgres = describeTables(tablesOf(pg) as PgTable[], pgTable as never);

  test('have the same tables', () => {
    expect(Object.keys(postgres).sort()).toEqual(Object.keys(sqlite).sort());
  });

  test('have the same columns, nullability, defaults and value types', () => {
    for (const name of Object.keys(sqlite))
      expect({ [name]: postgres[name]?.columns }).toEqual({ [name]: sqlite[name].columns });
  });

  test('have the same indexes, checks and composite keys', () => {
    for (const name of Object.keys(sqlite)) {
      const { columns: _a, ...rest } = sqlite[name];
      const { columns: _b, ...other } = postgres[name] ?? { columns: [] };
      expect({ [name]: other }).toEqual({ [name]: rest });
    }
  });
});
