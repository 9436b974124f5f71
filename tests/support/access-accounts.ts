// The five callers of the access matrix, set up on a running server's database (the test process
// opens the same SQLite file): nobody, a disabled editor, a revoked or forged credential, an active
// editor and an admin. Sessions are real next-auth sessions signed in over HTTP.
import { createUser, disableUser } from '../../db/accounts/users';
import { createApiToken, revokeApiToken } from '../../db/accounts/tokens';
import { sessionCookie } from './http-editor';

export const CALLERS = ['anonymous', 'disabled', 'revoked', 'editor', 'admin'] as const;
export type Caller = (typeof CALLERS)[number];
export type Credentials = { cookie: string | null; token: string | null; userId: number | null };

const PASSWORD = 'correct horse battery 2024';

/**
 * Changes one character in the middle of the session cookie's value: a forged or tampered
 * session. (The last base64url character may carry only padding bits, so changing it can leave
 * the token intact.)
 */
function tampered(cookie: string): string {
  return cookie.replace(/(next-auth\.session-token=)([^;]+)/, (_m, name: string, value: string) => {
    const at = Math.floor(value.length / 2);
    return `${name}${value.slice(0, at)}${value[at] === 'A' ? 'g' : 'A'}${value.slice(at + 1)}`;
  });
}

export async function setUpCallers(base: string, prefix: string): Promise<Record<Caller, Credentials>> {
  const admin = await createUser({
    email: `${prefix}-admin@example.org`,
    password: PASSWORD,
    role: 'admin',
    name: 'Ada Admin',
  });
  const editor = await createUser({
    email: `${prefix}-editor@example.org`,
    password: PASSWORD,
    role: 'editor',
    name: 'Eda Editor',
  });
  const gone = await createUser({
    email: `${prefix}-gone@example.org`,
    password: PASSWORD,
    role: 'editor',
    name: 'Gone Editor',
  });
  const revoked = await createApiToken(editor.id, 'revoked');
  await revokeApiToken(revoked.id);
  const goneCookie = await sessionCookie(base, gone.email, PASSWORD);
  const goneToken = (await createApiToken(gone.id, 'of a disabled editor')).token;
  await disableUser(gone.id);
  const editorCookie = await sessionCookie(base, editor.email, PASSWORD);
  return {
    anonymous: { cookie: null, token: null, userId: null },
    disabled: { cookie: goneCookie, token: goneToken, userId: gone.id },
    revoked: { cookie: tampered(editorCookie), token: revoked.token, userId: editor.id },
    editor: {
      cookie: editorCookie,
      token: (await createApiToken(editor.id, 'editor')).token,
      userId: editor.id,
    },
    admin: {
      cookie: await sessionCookie(base, admin.email, PASSWORD),
      token: (await createApiToken(admin.id, 'admin')).token,
      userId: admin.id,
    },
  };
}
