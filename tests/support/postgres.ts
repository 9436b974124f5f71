// A private PostgreSQL cluster for the tests that need the real engine. With TEST_POSTGRES_URL set
// (an admin URL of a running cluster, as .ci/run may provide) it is used; otherwise one cluster is
// started for the test file by scripts/lib/postgres-cluster.ts (which the bench uses too) and
// removed afterwards.
import pg from 'pg';
import {
  startCluster as startPrivateCluster,
  withDatabase,
  type Cluster,
} from '../../scripts/lib/postgres-cluster';

export type { Cluster };

/** A cluster of its own (or TEST_POSTGRES_URL's); with `password`, one that asks for it (scram-sha-256). */
export async function startCluster(options: { password?: string } = {}): Promise<Cluster> {
  if (process.env.TEST_POSTGRES_URL && !options.password) {
    const adminUrl = process.env.TEST_POSTGRES_URL;
    return { adminUrl, urlFor: (db) => withDatabase(adminUrl, db), stop: async () => {} };
  }
  // Test data is thrown away: no fsync.
  return startPrivateCluster({ ...options, settings: { fsync: 'off' } });
}

/** Runs one statement on the cluster's admin database (CREATE DATABASE cannot run in a transaction). */
export async function adminQuery(cluster: Cluster, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: cluster.adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

let counter = 0;
/** A new, empty database on the cluster, named for the test file's process. */
export async function emptyDatabase(cluster: Cluster): Promise<string> {
  const name = `tracker_${process.pid}_${++counter}`;
  await adminQuery(cluster, `create database ${name}`);
  return cluster.urlFor(name);
}
