// The bench hands psql our statements with their parameters inlined (db/postgres/sql-text.ts):
// each placeholder becomes a literal that means the same value, and nothing inside quotes changes.
import { sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { inlinePostgresSql, postgresLiteral } from '@/db/postgres';

describe('inlinePostgresSql', () => {
  test('a quote in a text parameter is doubled', () => {
    expect(inlinePostgresSql(sql`select ${"it's"}`)).toBe("select 'it''s'");
  });

  test('a negative number is parenthesised, so a minus before it never starts a comment', () => {
    expect(inlinePostgresSql(sql`select 1-${-1}`)).toBe('select 1-(-1)');
  });

  test('booleans and null are PostgreSQL literals', () => {
    expect(inlinePostgresSql(sql`select ${true}, ${false}, ${null}`)).toBe('select true, false, null');
  });

  test('$n inside a string literal or a quoted name is left as written', () => {
    expect(inlinePostgresSql(sql`select '$1', "a$2", ${7}`)).toBe(`select '$1', "a$2", 7`);
  });

  test('a text parameter that looks like a placeholder stays text', () => {
    expect(inlinePostgresSql(sql`select ${'$2'}, ${3}`)).toBe("select '$2', 3");
  });

  test('ten or more parameters are each replaced whole', () => {
    const values = Array.from({ length: 11 }, (_, i) => i + 1);
    expect(
      inlinePostgresSql(
        sql.join(
          values.map((v) => sql`${v}`),
          sql`, `,
        ),
      ),
    ).toBe(values.join(', '));
  });

  test('a value PostgreSQL text cannot hold is refused', () => {
    expect(() => postgresLiteral('a\0b')).toThrow(/NUL/);
    expect(() => postgresLiteral(Number.NaN)).toThrow();
  });
});
