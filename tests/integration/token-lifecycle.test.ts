// API tokens over their whole life, against a real server: an expiry chosen at creation, death
// when the account is disabled (for good: enabling it again does not revive them), refusal while
// an admin's reset password waits to be replaced, and the admin's list at /editor/tokens where
// anyone's token can be revoked (each revoke in the audit log).
import { describe, test, expect, beforeAll, afterAll } from 'vitest';
import { eq } from 'drizzle-orm';
import type { RunningServer } from '../support/server';
import { call, expectErrorShape, NEW_PLEDGE, startApiServer } from './api-support';
import { actionId, callAction, sessionCookie } from '../support/http-editor';
import { createUser, disableUser, enableUser } from '../../db/accounts/users';
import { changeOwnPassword, resetPassword } from '../../db/accounts/passwords';
import { createApiToken, listApiTokens } from '../../db/accounts/tokens';
import { listAudit } from '../../db/accounts/audit';
import { writeTransaction } from '../../db/connection';
import { apiTokens } from '../../db/tables';

let server: RunningServer;
let serial = 0;
const PASSWORD = 'tokens test password 9';

beforeAll(async () => {
  server = await startApiServer();
});
afterAll(async () => {
  await server?.stop();
});

function account(role: 'editor' | 'admin' = 'editor') {
  const n = ++serial;
  return createUser({ email: `tok-${n}@example.org`, password: PASSWORD, role, name: `Token Owner ${n}` });
}

/** One API write with the token: 201 when it is accepted. */
const write = (token: string) =>
  call(server.url, 'POST', '/api/v1/pledges', {
    token,
    body: { ...NEW_PLEDGE, title: `Token write ${++serial}` },
  });

describe('API tokens', () => {
  test('the form\'s "Expires" choice is stored with the token', async () => {
    const user = await account();
    const cookie = await sessionCookie(server.url, user.email, PASSWORD);
    const res = await callAction(server.url, {
      page: '/editor/settings',
      id: actionId('app/editor/settings/actions.ts', 'createTokenAction'),
      cookie,
      fields: [
        ['label', 'thirty days'],
        ['expires', '30'],
        ['expiresOn', ''],
      ],
    });
    expect(res.status).toBe(200);
    const [token] = await listApiTokens(user.id);
    const days = (Date.parse(token.expiresAt!) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThan(30.1);
  });

  test("a token past its expiry is refused with a 401 in the API's error shape", async () => {
    const user = await account();
    const { id, token } = await createApiToken(user.id, 'soon over', {
      expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    expect((await write(token)).status).toBe(201);
    // A day passes.
    await writeTransaction(
      async (tx) => {
        await tx
          .update(apiTokens)
          .set({ expiresAt: new Date(Date.now() - 1000).toISOString() })
          .where(eq(apiTokens.id, id));
      },
      { touchesData: false },
    );
    const refused = await write(token);
    expect(refused.status).toBe(401);
    expectErrorShape(refused.json);
    expect(refused.json.error.message).toMatch(/expired/);
  });

  test('disabling an account revokes its tokens for good: enabling it again does not revive them', async () => {
    const user = await account();
    const { token } = await createApiToken(user.id, 'script');
    await disableUser(user.id);
    await enableUser(user.id);
    expect((await write(token)).status).toBe(401);
    expect((await listApiTokens(user.id))[0].revokedAt).not.toBeNull();
  });

  test('an account whose password an admin reset cannot use its tokens until it chooses a new one', async () => {
    const user = await account();
    const { token } = await createApiToken(user.id, 'script');
    await resetPassword(user.id, 'temporary password 77', { temporary: true });
    const refused = await write(token);
    expect(refused.status).toBe(403);
    expectErrorShape(refused.json);
    expect(refused.json.error.message).toMatch(/choose a new password/);
    await changeOwnPassword(user.id, {
      current: 'temporary password 77',
      password: 'my own new password 8',
      confirm: 'my own new password 8',
    });
    expect((await write(token)).status).toBe(201);
  });

  test("an admin revokes another account's token from /editor/tokens, and the audit log records it", async () => {
    const owner = await account();
    const admin = await account('admin');
    const { id, token } = await createApiToken(owner.id, 'newsroom script');
    const cookie = await sessionCookie(server.url, admin.email, PASSWORD);
    const page = await fetch(`${server.url}/editor/tokens`, { headers: { cookie } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(owner.name!);
    expect(html).toContain('newsroom script');
    const res = await callAction(server.url, {
      page: '/editor/tokens',
      id: actionId('app/editor/tokens/actions.ts', 'revokeAnyTokenAction'),
      cookie,
      fields: [
        ['id', String(id)],
        ['confirm', 'yes'],
      ],
    });
    expect(res.status).toBe(200);
    expect((await write(token)).status).toBe(401);
    const entry = (await listAudit({ event: 'token_revoke' })).find((e) => e.subjectEmail === owner.email);
    expect(entry).toMatchObject({ actorEmail: admin.email });
  });

  test('an editor cannot open /editor/tokens', async () => {
    const editor = await account();
    const cookie = await sessionCookie(server.url, editor.email, PASSWORD);
    const page = await fetch(`${server.url}/editor/tokens`, { headers: { cookie }, redirect: 'manual' });
    expect(page.status).toBe(403);
  });
});
