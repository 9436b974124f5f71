// A release's files (issue 20): the pledges, summary and series CSV of `asOf=release:NAME` are the
// live files of the moment the release was cut, after later corrections, retractions and new pledges;
// a name no release has is refused naming "as of", never a 5xx.
import { describe, test, expect, beforeAll, afterAll } from 'vitest';
import { startServer, type RunningServer } from '../support/server';
import { onTestPostgres, useTestDatabase } from '../support/engine';
import { createUser } from '../../db/accounts/users';
import { createPledge, retractPledge, updatePledge } from '../../db/pledges/writes';
import { cutRelease } from '../../db/releases';
import { NEW_PLEDGE } from './api-support';

const FILES = ['/export/pledges.csv', '/export/summary.csv', '/export/series.csv'];
const by = { id: null, label: 'Rita Releases' };
let server: RunningServer;
const atCut: Record<string, string> = {};

const text = async (path: string) => {
  const res = await fetch(new URL(path, server.url));
  return { status: res.status, body: await res.text() };
};

beforeAll(async () => {
  const url = await useTestDatabase();
  const admin = await createUser({
    email: 'files-admin@example.org',
    password: 'release files 2024',
    role: 'admin',
    name: 'Ada Admin',
  });
  const first = await createPledge({ ...NEW_PLEDGE, title: 'Kept as it was' }, by);
  const second = await createPledge({ ...NEW_PLEDGE, title: 'Retracted later' }, by);
  server = await startServer(onTestPostgres() ? { databaseUrl: url } : { dbFile: url.replace(/^file:/, '') });
  await cutRelease({ name: '2026-12', note: null, actor: admin });
  for (const f of FILES) atCut[f] = (await text(f)).body;
  await updatePledge({
    id: first.id,
    patch: { title: 'Corrected after the release' },
    expectedVersion: 1,
    actor: by,
  });
  await retractPledge({ id: second.id, input: { reason: 'Recorded twice' }, expectedVersion: 1, actor: by });
  await createPledge({ ...NEW_PLEDGE, title: 'New after the release', amount: '2500000' }, by);
}, 240_000);
afterAll(async () => {
  await server?.stop();
});

describe("a release's files", () => {
  test.each(FILES)('%s as of the release is the live file of its moment', async (file) => {
    const now = await text(file);
    expect(now.body).not.toBe(atCut[file]);
    const then = await text(`${file}?asOf=release:2026-12`);
    expect(then.status).toBe(200);
    expect(then.body).toBe(atCut[file]);
  });

  test('a release that does not exist is refused naming "as of"', async () => {
    const res = await text('/export/pledges.csv?asOf=release:no-such-release');
    expect(res.status).toBe(400);
    expect(res.body).toMatch(/as of \\"release:no-such-release\\" names no release/);
  });
});
