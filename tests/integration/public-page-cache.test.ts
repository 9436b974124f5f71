// Public pages as an HTTP cache in front of the server sees them: anonymous views of one data
// version share one validator (ETag, 304) and may be stored; any write — through the API or by
// another process such as `npm run import` — changes both the page and its validator on the next
// request; a signed-in editor's page is never marked shareable.
import { describe, test, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { startApiServer, call, NEW_PLEDGE } from './api-support';
import type { RunningServer } from '../support/server';
import { tempDir } from '../support/temp-db';
import { sessionCookie } from '../support/http-editor';
import { createUser } from '../../db/accounts/users';
import { createApiToken } from '../../db/accounts/tokens';

const root = path.resolve(import.meta.dirname, '..', '..');
let server: RunningServer;
let token: string;
const EDITOR = {
  email: 'page-cache-editor@example.org',
  password: 'page cache editor password',
  name: 'Paige Cache',
};

beforeAll(async () => {
  server = await startApiServer();
  const editor = await createUser({ ...EDITOR, role: 'editor' });
  token = (await createApiToken(editor.id, 'page cache')).token;
});
afterAll(async () => {
  await server?.stop();
});

const get = async (url: string, headers: Record<string, string> = {}) => {
  const res = await fetch(`${server.url}${url}`, { headers });
  return { status: res.status, headers: res.headers, body: await res.text() };
};

describe('public pages and HTTP caches', () => {
  test('two anonymous views of one version share an ETag, may be stored, and revalidate with a 304', async () => {
    const first = await get('/?category=military');
    const second = await get('/?category=military');
    expect(first.status).toBe(200);
    expect(first.body).toContain('Drone detection system');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^W\/".+"$/);
    expect(second.headers.get('etag')).toBe(etag);
    expect(first.headers.get('cache-control')).toMatch(/^public, /);
    expect(first.headers.get('vary')).toMatch(/\bCookie\b/i);
    expect(second.headers.get('vary')).toMatch(/\brsc\b/i);
    const again = await get('/?category=military', { 'If-None-Match': etag! });
    expect(again.status).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    expect(again.headers.get('vary')).toMatch(/\bCookie\b/i);
    // A 304 must not replace the stored page's policy, whose nonce is the one in the stored body.
    expect(again.headers.get('content-security-policy')).toBeNull();
  });

  test('a write through the API changes the dashboard and its ETag on the very next request', async () => {
    const before = await get('/');
    const created = await call(server.url, 'POST', '/api/v1/pledges', {
      token,
      body: { ...NEW_PLEDGE, title: 'Cache-busting winter aid' },
    });
    expect(created.status).toBe(201);
    const after = await get('/', { 'If-None-Match': before.headers.get('etag')! });
    expect(after.status).toBe(200);
    expect(after.body).toContain('Cache-busting winter aid');
    expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'));
  });

  test('a CSV import by another process is on the next dashboard request', async () => {
    const before = await get('/');
    expect(before.body).not.toContain('Imported by the command line');
    const csv = path.join(tempDir('page-cache-import-'), 'pledges.csv');
    fs.writeFileSync(
      csv,
      'donor,recipient,title,category,stage,amount,currency,announced_on,source_urls,source_quotes\n' +
        'Japan,Ukraine,Imported by the command line,humanitarian,committed,2500000,USD,2024-03-04,https://example.org/cli,We pledge.\n',
    );
    const run = spawnSync(
      process.execPath,
      [
        path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
        '--conditions=react-server',
        'scripts/import.ts',
        csv,
      ],
      {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, DATABASE_URL: server.databaseUrl },
        timeout: 120_000,
      },
    );
    expect(run.status, run.stderr).toBe(0);
    const after = await get('/', { 'If-None-Match': before.headers.get('etag')! });
    expect(after.status).toBe(200);
    expect(after.body).toContain('Imported by the command line');
  });

  test("a signed-in editor's page is private, and the next anonymous view does not carry it", async () => {
    const cookie = await sessionCookie(server.url, EDITOR.email, EDITOR.password);
    const mine = await get('/pledges/1', { cookie });
    expect(mine.status).toBe(200);
    expect(mine.body).toContain(EDITOR.name);
    expect(mine.headers.get('cache-control')).toMatch(/private|no-store/);
    expect(mine.headers.get('etag')).toBeNull();
    const anonymous = await get('/pledges/1');
    expect(anonymous.status).toBe(200);
    expect(anonymous.body).not.toContain(EDITOR.name);
    expect(anonymous.headers.get('cache-control')).toMatch(/^public, /);
  });

  test('client navigations and other pages are never marked shareable', async () => {
    expect((await get('/', { RSC: '1' })).headers.get('cache-control')).not.toMatch(/public/);
    expect((await get('/login')).headers.get('cache-control')).not.toMatch(/public/);
    expect((await get('/editor')).headers.get('etag')).toBeNull();
  });
});
