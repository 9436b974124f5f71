// The audit log test's (audit.test.ts) server, its first admin, the calls a person makes and the
// audit page read back as rows of text.
import { expect } from 'vitest';
import { setupCodeOf, type RunningServer } from '../support/server';
import { actionId, callAction, sessionCookie } from '../support/http-editor';
import { createUser, type PublicUser } from '../../db/accounts/users';

export const ADMIN = { email: 'audit-admin@example.org', password: 'audit admin password' };
export const ADDRESS = '198.51.100.23';
export const from = { 'x-forwarded-for': ADDRESS };
export const USERS = 'app/editor/users/actions.ts';
export const SETTINGS = 'app/editor/settings/actions.ts';

/** The server's address and the first admin's session cookie, set by signUpFirstAdmin. */
export const audited = { url: '', admin: '' };

export async function act(
  file: string,
  name: string,
  page: string,
  fields: [string, string][],
  cookie: string | null = audited.admin,
) {
  const res = await callAction(audited.url, {
    page,
    id: actionId(file, name),
    fields,
    cookie,
    headers: from,
  });
  expect(res.status, res.text.slice(0, 300)).toBeLessThan(400);
  return res;
}

/** Creates the first admin through /setup and signs them in. */
export async function signUpFirstAdmin(server: RunningServer): Promise<void> {
  audited.url = server.url;
  await act(
    'app/setup/actions.ts',
    'createFirstAdminAction',
    '/setup',
    [
      ['setupCode', setupCodeOf(server)],
      ['email', ADMIN.email],
      ['name', 'Audrey Admin'],
      ['password', ADMIN.password],
      ['confirm', ADMIN.password],
    ],
    null,
  );
  audited.admin = await sessionCookie(server.url, ADMIN.email, ADMIN.password);
}

/** The audit page's rows as text, one string a row (tags and React's text separators removed). */
export async function auditRows(
  query = '',
  cookie = audited.admin,
): Promise<{ status: number; rows: string[]; html: string }> {
  const res = await fetch(`${audited.url}/editor/audit${query}`, { headers: { cookie }, redirect: 'manual' });
  const html = (await res.text()).replace(/<!-- -->/g, '');
  const rows = [...html.matchAll(/<tr[^>]*data-testid="audit-row"[^>]*>(.*?)<\/tr>/g)].map((m) =>
    m[1]
      .replace(/<\/td>/g, ' | ')
      .replace(/<[^>]+>/g, '')
      .replace(/&#x27;/g, "'")
      .replace(/&amp;/g, '&'),
  );
  return { status: res.status, rows, html };
}

let serial = 0;
export const newUser = () =>
  createUser({
    email: `subject-${++serial}@example.org`,
    password: 'subject password 1',
    role: 'editor',
    name: `Subject ${serial}`,
  });

/** The admin changes a new account through the users page; `before` prepares the account first. */
export async function onNewUser(fields: [string, string][], before?: (u: PublicUser) => Promise<unknown>) {
  const u = await newUser();
  await before?.(u);
  await act(USERS, 'updateUserAction', '/editor/users', [['id', String(u.id)], ...fields]);
  return u;
}
