// With TEST_ENGINE=postgres: a cluster for the whole run (TEST_POSTGRES_URL when .ci/run or the
// developer gives one, else a private one started here) and one template database migrated with
// db/migrations-pg/, which every test database is copied from (tests/support/engine.ts).
import pg from 'pg';
import { startCluster, type Cluster } from './postgres';
import { openPostgres, migratePostgres } from '../../db/postgres/client';

let started: Cluster | undefined;

export async function setup(): Promise<void> {
  if (process.env.TEST_ENGINE !== 'postgres' || process.env.TEST_POSTGRES_TEMPLATE) return;
  if (!process.env.TEST_POSTGRES_URL) {
    started = await startCluster();
    process.env.TEST_POSTGRES_URL = started.adminUrl;
  }
  const admin = process.env.TEST_POSTGRES_URL;
  const template = `tracker_template_${process.pid}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`drop database if exists ${template}`);
    await client.query(`create database ${template}`);
  } finally {
    await client.end();
  }
  const url = new URL(admin);
  url.pathname = `/${template}`;
  const db = openPostgres(url.toString(), { max: 1 });
  try {
    await migratePostgres(db);
  } finally {
    await db.$client.end();
  }
  process.env.TEST_POSTGRES_TEMPLATE = template;
}

export async function teardown(): Promise<void> {
  await started?.stop();
}
