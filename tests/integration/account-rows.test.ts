// The account verbs the server's pages reach, called directly on the test engine (the HTTP tests
// run them through a server): sessions, the first-run setup code and the audit log's reading.
import { describe, test, expect, beforeAll } from 'vitest';
import { useTestDatabase } from '../support/engine';
import { createFirstAdmin, createUser, disableUser } from '../../db/accounts/users';
import { changeOwnPassword } from '../../db/accounts/passwords';
import {
  endSession,
  isSessionLive,
  markSessionAuthenticated,
  sessionAuthenticatedAt,
  startSession,
} from '../../db/accounts/sessions';
import { isSetupCode, issueSetupCode, retireSetupCodes, setupCodeIn } from '../../db/accounts/setup-code';
import { createApiToken, revokeApiToken } from '../../db/accounts/tokens';
import { listAudit, recordAudit } from '../../db/accounts/audit';

beforeAll(() => useTestDatabase());

const PASSWORD = 'account rows password';
let serial = 0;
const editor = () =>
  createUser({
    email: `rows-${++serial}@example.org`,
    password: PASSWORD,
    role: 'editor',
    name: `Rows ${serial}`,
  });
const signIn = { email: 'x@example.org', address: '192.0.2.9' };

describe('first-run setup code', () => {
  // First in the file: the first admin needs a database with no account.
  test('a printed code opens setup once: creating the first admin retires it, in the same transaction', async () => {
    const code = await issueSetupCode();
    expect(await isSetupCode(code.toLowerCase().replace(/-/g, ' '))).toBe(true);
    expect(await isSetupCode('AAAA-BBBB-CCCC')).toBe(false);
    const admin = await createFirstAdmin(
      { email: 'first@example.org', password: PASSWORD, name: 'First' },
      async (tx, user) => {
        expect(await setupCodeIn(tx, code)).toBe(true);
        await retireSetupCodes(tx);
        await recordAudit({ event: 'setup', actorId: user.id, detail: user.email }, tx);
      },
    );
    expect(await isSetupCode(code)).toBe(false);
    expect((await listAudit({ event: 'setup' }))[0]).toMatchObject({
      actorEmail: admin.email,
      detail: admin.email,
    });
  });
});

describe('sessions', () => {
  test('a session is live for its own account until it is ended, and its sign-in is audited', async () => {
    const user = await editor();
    const id = await startSession(user.id, { ...signIn, email: user.email });
    expect(await isSessionLive(id, user.id)).toBe(true);
    expect(await isSessionLive(id, user.id + 1)).toBe(false);
    expect((await listAudit({ event: 'sign_in' }))[0]).toMatchObject({
      actorEmail: user.email,
      address: signIn.address,
    });
    await endSession(id, user.id, null);
    expect(await isSessionLive(id, user.id)).toBe(false);
    expect(await sessionAuthenticatedAt(id)).toBeNull();
  });

  test("giving the password again moves the session's time forward", async () => {
    const user = await editor();
    const id = await startSession(user.id, signIn);
    const before = await sessionAuthenticatedAt(id);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await markSessionAuthenticated(id);
    expect((await sessionAuthenticatedAt(id))! > before!).toBe(true);
  });

  test('disabling the account or changing its password ends every session of it', async () => {
    const first = await editor();
    const id = await startSession(first.id, signIn);
    await disableUser(first.id);
    expect(await isSessionLive(id, first.id)).toBe(false);
    const second = await editor();
    const other = await startSession(second.id, signIn);
    await changeOwnPassword(second.id, {
      current: PASSWORD,
      password: 'a new rows password',
      confirm: 'a new rows password',
    });
    expect(await isSessionLive(other, second.id)).toBe(false);
  });
});

describe('the audit log', () => {
  test('a revoke names who revoked whose token', async () => {
    const owner = await editor();
    const admin = await createUser({
      email: `rows-admin-${++serial}@example.org`,
      password: PASSWORD,
      role: 'admin',
      name: 'Rows Admin',
    });
    const { id } = await createApiToken(owner.id, 'audited script');
    expect(await revokeApiToken(id, { actorId: admin.id, address: '192.0.2.10' })).toBe(true);
    const [entry] = await listAudit({ event: 'token_revoke' });
    expect(entry).toMatchObject({
      actorName: 'Rows Admin',
      subjectEmail: owner.email,
      address: '192.0.2.10',
    });
    expect(entry.detail).toContain('audited script');
  });
});
