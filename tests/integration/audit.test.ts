// The audit log over HTTP against `npm start`: each security event a person causes shows on
// /editor/audit (admins only) with who, on whom, what and from which address.
import { describe, test, expect, beforeAll, afterAll } from 'vitest';
import { setupCodeOf, type RunningServer } from '../support/server';
import { startApiServer } from './api-support';
import { actionId, callAction, sessionCookie, signInOverHttp } from '../support/http-editor';
import { signOutOverHttp } from '../support/session-rows';
import { createApiToken } from '../../db/accounts/tokens';
import { recordAudit } from '../../db/accounts/audit';
import { writeTransaction } from '../../db/connection';
import { createUser, disableUser, getUserByEmail, type PublicUser } from '../../db/accounts/users';

let server: RunningServer;
let admin: string;
let serial = 0;
const ADMIN = { email: 'audit-admin@example.org', password: 'audit admin password' };
const ADDRESS = '198.51.100.23';
const from = { 'x-forwarded-for': ADDRESS };
const USERS = 'app/editor/users/actions.ts';
const SETTINGS = 'app/editor/settings/actions.ts';

async function act(
  file: string,
  name: string,
  page: string,
  fields: [string, string][],
  cookie: string | null = admin,
) {
  const res = await callAction(server.url, { page, id: actionId(file, name), fields, cookie, headers: from });
  expect(res.status, res.text.slice(0, 300)).toBeLessThan(400);
  return res;
}

/** The audit page's rows as text, one string a row (tags and React's text separators removed). */
async function auditRows(
  query = '',
  cookie = admin,
): Promise<{ status: number; rows: string[]; html: string }> {
  const res = await fetch(`${server.url}/editor/audit${query}`, { headers: { cookie }, redirect: 'manual' });
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

const newUser = () =>
  createUser({
    email: `subject-${++serial}@example.org`,
    password: 'subject password 1',
    role: 'editor',
    name: `Subject ${serial}`,
  });

beforeAll(async () => {
  server = await startApiServer();
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
  admin = await sessionCookie(server.url, ADMIN.email, ADMIN.password);
});
afterAll(async () => {
  await server?.stop();
});

type Case = {
  event: string;
  label: string;
  does: () => Promise<PublicUser | null>;
  shows: (subject: PublicUser | null) => string[];
};
const CASES: Case[] = [
  {
    event: 'setup',
    label: 'Created the first admin',
    does: async () => null,
    shows: () => ['Audrey Admin', ADMIN.email],
  },
  {
    event: 'sign_in',
    label: 'Signed in',
    shows: (u) => [u!.email, ADDRESS],
    does: async () => {
      const u = await newUser();
      await signInOverHttp(server.url, u.email, 'subject password 1', from);
      return u;
    },
  },
  {
    event: 'sign_in_failed',
    label: 'Sign-in failed',
    shows: () => ['nobody-here@example.org', ADDRESS],
    does: async () => {
      expect(
        (await signInOverHttp(server.url, 'nobody-here@example.org', 'a guess at it', from)).cookie,
      ).toBeNull();
      return null;
    },
  },
  {
    event: 'sign_out',
    label: 'Signed out',
    shows: (u) => [u!.email],
    does: async () => {
      const u = await newUser();
      await signOutOverHttp(server.url, await sessionCookie(server.url, u.email, 'subject password 1'));
      return u;
    },
  },
  {
    event: 'invite',
    label: 'Invited an account',
    shows: () => ['Audrey Admin', `invited-audit@example.org as editor`, ADDRESS],
    does: async () => {
      await act(USERS, 'inviteUserAction', '/editor/users', [
        ['email', 'invited-audit@example.org'],
        ['name', 'Ines Invited'],
        ['password', 'invited password 1'],
        ['role', 'editor'],
      ]);
      return null;
    },
  },
  {
    event: 'role_change',
    label: 'Changed a role',
    shows: (u) => ['Audrey Admin', `${u!.email}: editor → admin`],
    does: async () => {
      const u = await newUser();
      await act(USERS, 'updateUserAction', '/editor/users', [
        ['id', String(u.id)],
        ['intent', 'role'],
        ['role', 'admin'],
      ]);
      return u;
    },
  },
  {
    event: 'disable',
    label: 'Disabled an account',
    shows: (u) => ['Audrey Admin', u!.email],
    does: async () => {
      const u = await newUser();
      await act(USERS, 'updateUserAction', '/editor/users', [
        ['id', String(u.id)],
        ['intent', 'disable'],
        ['confirm', 'yes'],
      ]);
      return u;
    },
  },
  {
    event: 'enable',
    label: 'Enabled an account',
    shows: (u) => ['Audrey Admin', u!.email],
    does: async () => {
      const u = await newUser();
      await disableUser(u.id);
      await act(USERS, 'updateUserAction', '/editor/users', [
        ['id', String(u.id)],
        ['intent', 'enable'],
      ]);
      return u;
    },
  },
  {
    event: 'password_reset',
    label: 'Reset a password',
    shows: (u) => ['Audrey Admin', u!.email],
    does: async () => {
      const u = await newUser();
      await act(USERS, 'updateUserAction', '/editor/users', [
        ['id', String(u.id)],
        ['intent', 'password'],
        ['password', 'temporary password 1'],
      ]);
      return u;
    },
  },
  {
    event: 'password_change',
    label: 'Changed own password',
    shows: (u) => [u!.email, ADDRESS],
    does: async () => {
      const u = await newUser();
      const cookie = await sessionCookie(server.url, u.email, 'subject password 1');
      await act(
        SETTINGS,
        'changePasswordAction',
        '/editor/settings',
        [
          ['current', 'subject password 1'],
          ['password', 'subject password 2'],
          ['confirm', 'subject password 2'],
        ],
        cookie,
      );
      return u;
    },
  },
  {
    event: 'token_create',
    label: 'Created an API token',
    shows: () => ['Audrey Admin', 'audited import script'],
    does: async () => {
      await act(SETTINGS, 'createTokenAction', '/editor/settings', [['label', 'audited import script']]);
      return null;
    },
  },
  {
    event: 'token_revoke',
    label: 'Revoked an API token',
    shows: () => ['Audrey Admin', ADDRESS],
    does: async () => {
      const { id } = await createApiToken((await getUserByEmail(ADMIN.email))!.id, 'to revoke');
      await act(SETTINGS, 'revokeTokenAction', '/editor/settings', [
        ['id', String(id)],
        ['confirm', 'yes'],
      ]);
      return null;
    },
  },
];

describe('the audit log', () => {
  test.each(CASES)(
    '$event: shows on /editor/audit after a person does it',
    async ({ event, label, does, shows }) => {
      const subject = await does();
      const { status, rows } = await auditRows(`?event=${event}`);
      expect(status).toBe(200);
      const row = rows.find((r) => shows(subject).every((text) => r.includes(text)));
      expect(row, rows.join('\n')).toBeDefined();
      expect(row).toContain(label);
      // The filter shows this event only.
      expect(rows.every((r) => r.includes(label))).toBe(true);
    },
  );

  test('newest first, fifty a page, and "Older entries" leads to the rest', async () => {
    await writeTransaction(
      async (tx) => {
        for (let i = 0; i < 60; i++)
          await recordAudit({ event: 'sign_in_failed', detail: `paged-${i}@example.org` }, tx);
      },
      { touchesData: false },
    );
    const first = await auditRows('?event=sign_in_failed');
    expect(first.rows).toHaveLength(50);
    expect(first.rows[0]).toContain('paged-59@');
    expect(first.rows[49]).toContain('paged-10@');
    const older = first.html
      .match(/href="([^"]*before=\d+[^"]*)"[^>]*>Older entries/)?.[1]
      .replace(/&amp;/g, '&');
    expect(older).toBeDefined();
    const second = await auditRows(older!.slice('/editor/audit'.length));
    expect(second.rows[0]).toContain('paged-9@');
    expect(second.rows.some((r) => r.includes('paged-0@'))).toBe(true);
  });

  test('the editor nav links the audit log for admins, not for editors', async () => {
    const editor = await newUser();
    const asEditor = await sessionCookie(server.url, editor.email, 'subject password 1');
    const navOf = async (cookie: string) =>
      (await fetch(`${server.url}/editor`, { headers: { cookie } }).then((r) => r.text())).match(
        /<nav aria-label="Editor".*?<\/nav>/,
      )?.[0] ?? '';
    expect(await navOf(admin)).toContain('href="/editor/audit"');
    const editorNav = await navOf(asEditor);
    expect(editorNav).toContain('href="/editor/settings"');
    expect(editorNav).not.toContain('/editor/audit');
  });

  test('an editor is refused the page with the forbidden page other admin pages give', async () => {
    const editor = await newUser();
    const cookie = await sessionCookie(server.url, editor.email, 'subject password 1');
    const { status, rows, html } = await auditRows('', cookie);
    expect(status).toBe(403);
    // The editor layout's forbidden page (app/editor/forbidden.tsx), its words streamed with the page.
    expect(html).toContain('<title>Not allowed');
    expect(html).toContain('This page or action needs the admin role; your account has the ');
    expect(rows).toEqual([]);
  });
});
