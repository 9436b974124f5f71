// PostgreSQL engine: db/migrations-pg/ applies to a fresh database, and several servers starting
// at once on it (each migrating first) all succeed, because the migrator holds an advisory lock.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sql } from 'drizzle-orm';
import { migratePostgres, openPostgres } from '@/db/postgres/client';
import { startCluster, emptyDatabase, type Cluster } from '../support/postgres';

let cluster: Cluster;
const JOURNAL = path.resolve(import.meta.dirname, '../../db/migrations-pg/meta/_journal.json');
const migrationCount = (JSON.parse(fs.readFileSync(JOURNAL, 'utf8')).entries as unknown[]).length;
beforeAll(async () => {
  cluster = await startCluster();
}, 60_000);
afterAll(async () => {
  await cluster?.stop();
});

describe('PostgreSQL migrations (postgres only)', () => {
  test('a fresh database gets every table of the schema, and money holds more than 32 bits', async () => {
    const db = openPostgres(await emptyDatabase(cluster));
    try {
      await migratePostgres(db);
      const tables = await db.execute<{ name: string }>(
        sql`select table_name as name from information_schema.tables where table_schema = 'public' order by 1`,
      );
      expect(tables.rows.map((r) => r.name)).toEqual([
        'api_tokens',
        'audit_log',
        'fx_rates',
        'login_throttle',
        'meta',
        'parties',
        'pledge_sources',
        'pledges',
        'releases',
        'revisions',
        'sessions',
        'sources',
        'users',
      ]);
      const types = await db.execute<{ column: string; type: string }>(
        sql`select column_name as column, data_type as type from information_schema.columns where table_name = 'pledges' and column_name in ('amount', 'amount_usd', 'fx_rate', 'is_lower_bound') order by 1`,
      );
      expect(types.rows).toEqual([
        { column: 'amount', type: 'bigint' },
        { column: 'amount_usd', type: 'bigint' },
        { column: 'fx_rate', type: 'double precision' },
        { column: 'is_lower_bound', type: 'boolean' },
      ]);
    } finally {
      await db.$client.end();
    }
  });

  test('five servers migrating one fresh database at once all succeed, and the migrations run once', async () => {
    const url = await emptyDatabase(cluster);
    const servers = Array.from({ length: 5 }, () => openPostgres(url, { max: 2 }));
    try {
      const results = await Promise.allSettled(servers.map((db) => migratePostgres(db)));
      expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
      const applied = await servers[0].execute<{ n: number }>(
        sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
      );
      expect(applied.rows[0].n).toBe(migrationCount);
    } finally {
      await Promise.all(servers.map((db) => db.$client.end()));
    }
  });
});
