// Issue 6's promise, kept by running it: docs/api-example.sh, a script with only curl (and grep/sed)
// and a token, pages through every pledge, logs one with its source, corrects it and retracts it
// against the real server. Behind a proxy the "next" links must point at the public address.
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, test, expect, beforeAll, afterAll } from 'vitest';
import type { RunningServer } from '../support/server';
import { startApiServer } from './api-support';
import { addSyntheticPledges } from '../support/synthetic';
import { createUser } from '../../db/accounts/users';
import { createApiToken } from '../../db/accounts/tokens';
import { getPledge } from '../../db/pledges/read';
import { countPledges } from '../../db/pledges/list';
import { EMPTY_FILTERS } from '../../lib/filters';

let server: RunningServer;
let token: string;
const script = path.resolve(import.meta.dirname, '../../docs/api-example.sh');

beforeAll(async () => {
  server = await startApiServer();
  await addSyntheticPledges({ count: 1_700, seed: 5 });
  const editor = await createUser({
    email: 'curl-editor@example.org',
    password: 'a very long password',
    role: 'editor',
    name: 'Curl Editor',
  });
  token = (await createApiToken(editor.id, 'curl script')).token;
});
afterAll(async () => {
  await server?.stop();
});

describe('the API with only curl', () => {
  test('docs/api-example.sh pages through every pledge, then creates, corrects and retracts one', async () => {
    const all = await countPledges(EMPTY_FILTERS);
    const run = spawnSync('bash', [script], {
      encoding: 'utf8',
      env: { ...process.env, TRACKER: server.url, TOKEN: token },
      timeout: 60_000,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toBe(`paged ${all} pledges in ${Math.ceil(all / 500)} pages`);
    const id = Number(/^created (\d+) at version 1$/.exec(lines[1])?.[1]);
    expect(lines.slice(2)).toEqual([`corrected ${id} to version 2`, `retracted ${id}`]);
    const pledge = (await getPledge(id))!;
    expect(pledge).toMatchObject({
      title: 'Winter generators (curl)',
      stage: 'committed',
      amount: 150_000_000,
      currency: 'USD',
      version: 3,
    });
    expect(pledge.retractedAt).not.toBeNull();
    expect(pledge.sources[0]).toMatchObject({
      url: 'https://example.org/curl-statement',
      quote: 'Japan will provide USD 1.5 million for generators.',
    });
    expect(pledge.revisions.map((r) => r.action)).toEqual(
      expect.arrayContaining(['create', 'update', 'retract']),
    );
    expect(pledge.revisions).toHaveLength(3);
  });

  test('"next" links are on the public address (NEXTAUTH_URL), not the host name the server saw', async () => {
    const body = await (
      await fetch(`${server.url}/api/v1/pledges?limit=2&donor=japan`, {
        headers: { Host: 'internal-name:1' },
      })
    ).json();
    expect(body.next).toMatch(new RegExp(`^${server.url}/api/v1/pledges\\?limit=2&donor=japan&after=\\d+$`));
  });
});
