// Names in every script are parties of their own, each with a working page; and what the public
// sees of an edit names the editor by display name, never by e-mail.
import { describe, test, expect, beforeAll, afterAll } from 'vitest';
import type { RunningServer } from '../support/server';
import { startApiServer, call, NEW_PLEDGE } from './api-support';
import { createUser, getUserById, setDisplayName } from '../../db/accounts/users';
import { createApiToken } from '../../db/accounts/tokens';

let server: RunningServer;
let token: string;

beforeAll(async () => {
  server = await startApiServer();
  const editor = await createUser({
    email: 'names-editor@example.org',
    password: 'a very long password',
    role: 'editor',
    name: 'Nadia Names',
  });
  token = (await createApiToken(editor.id, 'tests')).token;
});
afterAll(async () => {
  await server?.stop();
});

const pledgeFrom = (donor: string, n: number) => ({
  ...NEW_PLEDGE,
  donor,
  title: `Support from ${donor}`,
  sources: [{ ...NEW_PLEDGE.sources[0], url: `https://example.org/names/${n}` }],
});

describe('donors named in other scripts', () => {
  const NAMES = ['日本', 'Україна', 'Россия', '中国'];

  test('four names make four parties, each with its own page', async () => {
    const donors = [];
    for (const [n, name] of NAMES.entries()) {
      const created = await call(server.url, 'POST', '/api/v1/pledges', { token, body: pledgeFrom(name, n) });
      expect(created.status).toBe(201);
      donors.push(created.json.donor);
    }
    expect(donors.map((d) => d.name)).toEqual(NAMES);
    const slugs = donors.map((d) => d.slug);
    expect(new Set(slugs).size).toBe(4);
    for (const [n, slug] of slugs.entries()) {
      expect(slug).not.toBe('');
      const page = await fetch(`${server.url}/donors/${encodeURIComponent(slug)}`);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain(NAMES[n]);
      expect(html).toContain(`Support from ${NAMES[n]}`);
      const filtered = await call(server.url, 'GET', `/api/v1/pledges?donor=${encodeURIComponent(slug)}`);
      expect(filtered.json.data.map((p: { donor: { name: string } }) => p.donor.name)).toEqual([NAMES[n]]);
    }
  });

  test('the same name typed in another case and spacing is the same party', async () => {
    const first = await call(server.url, 'POST', '/api/v1/pledges', {
      token,
      body: pledgeFrom('Côte d’Ivoire', 10),
    });
    const again = await call(server.url, 'POST', '/api/v1/pledges', {
      token,
      body: pledgeFrom('  CÔTE   d’ivoire ', 11),
    });
    const other = await call(server.url, 'POST', '/api/v1/pledges', {
      token,
      body: pledgeFrom('Cote d’Ivoire', 12),
    });
    expect(again.json.donor.slug).toBe(first.json.donor.slug);
    expect(first.json.donor.slug).toBe('cote-d-ivoire');
    // Without the circumflex it is another name: another party, whose slug is made unique.
    expect(other.json.donor.slug).toBe('cote-d-ivoire-2');
    expect((await fetch(`${server.url}/donors/cote-d-ivoire-2`)).status).toBe(200);
  });

  test('a party filter refuses junk but accepts a slug in any script', async () => {
    const junk = await call(server.url, 'GET', `/api/v1/pledges?donor=${encodeURIComponent('<script>')}`);
    const ok = await call(server.url, 'GET', `/api/v1/pledges?donor=${encodeURIComponent('україна')}`);
    expect(JSON.stringify(junk.json)).toContain('is not a party slug');
    expect(JSON.stringify(ok.json)).not.toContain('is not a party slug');
    expect((await fetch(`${server.url}/donors/${encodeURIComponent('No Such Party')}`)).status).toBe(404);
  });
});

describe('editors as the public sees them', () => {
  test('an edit shows the display name and no e-mail anywhere on the pledge', async () => {
    const created = await call(server.url, 'POST', '/api/v1/pledges', {
      token,
      body: pledgeFrom('Japan', 20),
    });
    const id = created.json.id;
    const edited = await call(server.url, 'PATCH', `/api/v1/pledges/${id}`, {
      token,
      body: { version: 1, title: 'Winter generators (revised)', reason: 'Title' },
    });
    expect(edited.status).toBe(200);
    const api = await fetch(`${server.url}/api/v1/pledges/${id}`).then((r) => r.text());
    const page = await fetch(`${server.url}/pledges/${id}`).then((r) => r.text());
    expect(api).toContain('Nadia Names');
    expect(page).toContain('Nadia Names');
    expect(api).not.toContain('@');
    expect(page).not.toContain('names-editor@example.org');
    expect(page.replace(/<script[\s\S]*?<\/script>/g, '')).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
  });

  test("an account without a display name is shown by its e-mail's local part, never the address", async () => {
    const legacy = await createUser({
      email: 'quiet.editor@example.org',
      password: 'a very long password',
      role: 'editor',
    });
    const legacyToken = (await createApiToken(legacy.id, 'tests')).token;
    const created = await call(server.url, 'POST', '/api/v1/pledges', {
      token: legacyToken,
      body: pledgeFrom('Japan', 21),
    });
    expect(created.status).toBe(201);
    const api = await fetch(`${server.url}/api/v1/pledges/${created.json.id}`).then((r) => r.text());
    expect(api).not.toContain('@');
    expect(JSON.parse(api).revisions[0].actorLabel).toBe('quiet.editor');
  });

  test("the admin's reviewed display name replaces the one made from the e-mail, past edits included", async () => {
    const legacy = await createUser({
      email: 'reviewed@example.org',
      password: 'a very long password',
      role: 'editor',
    });
    expect(await getUserById(legacy.id)).toMatchObject({ name: 'reviewed', nameNeedsReview: true });
    const created = await call(server.url, 'POST', '/api/v1/pledges', {
      token: (await createApiToken(legacy.id, 'tests')).token,
      body: pledgeFrom('Japan', 22),
    });
    await setDisplayName(legacy.id, 'Rae Reviewed');
    expect(await getUserById(legacy.id)).toMatchObject({ name: 'Rae Reviewed', nameNeedsReview: false });
    const api = await call(server.url, 'GET', `/api/v1/pledges/${created.json.id}`);
    expect(api.json.revisions[0].actorLabel).toBe('Rae Reviewed');
  });
});
