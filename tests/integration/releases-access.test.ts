// The release form's action and the public release pages over HTTP, as a browser calls them: an
// admin cuts a release, an editor and an anonymous caller get a 403 that changed nothing, a taken name
// is answered beside Name, and /releases and /releases/NAME show the release with its files.
import { describe, test, expect, beforeAll, afterAll } from 'vitest';
import { startApiServer } from './api-support';
import type { RunningServer } from '../support/server';
import { actionId, callAction } from '../support/http-editor';
import { setUpCallers, type Caller, type Credentials } from '../support/access-accounts';
import { databaseFingerprint } from '../support/db-fingerprint';
import { findReleaseByName } from '../../db/releases';

let server: RunningServer;
let callers: Record<Caller, Credentials>;

beforeAll(async () => {
  server = await startApiServer();
  callers = await setUpCallers(server.url, 'releases');
});
afterAll(async () => {
  await server?.stop();
});

const cut = (who: Credentials, name: string, note = '') =>
  callAction(server.url, {
    page: '/editor/releases',
    id: actionId('app/editor/releases/actions.ts', 'cutReleaseAction'),
    fields: [
      ['name', name],
      ['note', note],
    ],
    cookie: who.cookie,
  });

describe('cutting a release over HTTP', () => {
  test('an admin cuts one', async () => {
    const res = await cut(callers.admin, '2026-12', 'Year-end release');
    expect(res.status).toBe(200);
    expect(res.text).toContain('Release 2026-12 cut at');
    expect(await findReleaseByName('2026-12')).toMatchObject({
      note: 'Year-end release',
      createdByName: 'Ada Admin',
    });
  });

  test.each(['editor', 'anonymous', 'disabled'] as const)(
    '%s is refused with a 403 that changes nothing',
    async (who) => {
      const before = await databaseFingerprint(server.databaseUrl);
      const res = await cut(callers[who], `by-${who}`);
      expect(res.status).toBe(403);
      expect(await databaseFingerprint(server.databaseUrl)).toBe(before);
    },
  );

  test('a taken name is answered beside Name', async () => {
    await cut(callers.admin, 'taken-over-http');
    const before = await databaseFingerprint(server.databaseUrl);
    const res = await cut(callers.admin, 'taken-over-http', 'again');
    expect(res.status).toBe(200);
    expect(res.text).toContain('"name":["Name: a release named “taken-over-http” already exists');
    expect(await databaseFingerprint(server.databaseUrl)).toBe(before);
  });
});

describe('the public release pages', () => {
  test('/releases lists a release with its date, note, corrections list and files', async () => {
    await cut(callers.admin, 'listed-1', 'A note & <b>markup</b>');
    const html = await (await fetch(`${server.url}/releases`)).text();
    // React separates a text and an expression beside it with a comment.
    expect(html).toMatch(/>Release (<!-- -->)?listed-1</);
    expect(html).toContain('A note &amp; &lt;b&gt;markup&lt;/b&gt;');
    expect(html).toContain('href="/releases/listed-1"');
    for (const file of ['pledges', 'summary', 'series'])
      expect(html).toContain(`href="/export/${file}.csv?asOf=release%3Alisted-1"`);
  });

  test('/releases/NAME shows its corrections list, and an unknown name is a 404', async () => {
    await cut(callers.admin, 'page-1');
    const res = await fetch(`${server.url}/releases/page-1`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Corrections list');
    expect((await fetch(`${server.url}/releases/no-such-release`)).status).toBe(404);
    expect((await fetch(`${server.url}/releases/%2E%2E%2Fx`)).status).toBe(404);
    // "%25E0%25A4" arrives as "%E0%A4", which is no escape of a character.
    expect((await fetch(`${server.url}/releases/%25E0%25A4`)).status).toBe(404);
  });

  test("every page's main navigation leads to /releases", async () => {
    const html = await (await fetch(`${server.url}/donors`)).text();
    const nav = /<nav aria-label="Main"[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? '';
    expect(nav).toMatch(/<a [^>]*href="\/releases"[^>]*>Releases<\/a>/);
  });

  test('/editor/releases is closed to an editor', async () => {
    const res = await fetch(`${server.url}/editor/releases`, { headers: { cookie: callers.editor.cookie! } });
    expect(res.status).toBe(403);
  });
});
